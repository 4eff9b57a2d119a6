/** "Row F, seat 7": how a seat is named on tickets, in errors, emails and to screen readers. */
export function seatLabel(rowLabel: string, number: number) {
  return `Row ${rowLabel}, seat ${number}`;
}

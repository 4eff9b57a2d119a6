/** "Row F, seat 7": how a seat is named on tickets, in errors and to screen readers. */
export function seatLabel(seat: { rowLabel: string; number: number }) {
  return `Row ${seat.rowLabel}, seat ${seat.number}`;
}

/** Whole years between a date of birth ("YYYY-MM-DD") and `on` (today by default). */
export function ageFrom(birthDate: string, on: string): number {
  const [by, bm, bd] = birthDate.split("-").map(Number);
  const [y, m, d] = on.split("-").map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** Whole years between a birth date ("1980-05-17") and `on`, in calendar terms. */
export function ageOn(birthDate: string, on: Date): number {
  const [year, month, day] = birthDate.split("-").map(Number);
  let age = on.getUTCFullYear() - year;
  const beforeBirthday = on.getUTCMonth() + 1 < month || (on.getUTCMonth() + 1 === month && on.getUTCDate() < day);
  if (beforeBirthday) age -= 1;
  return age;
}

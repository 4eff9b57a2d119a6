import { expect } from "vitest";

/** Asserts that a write fails because of the named database constraint, not for any other reason. */
export async function expectConstraintViolation(write: Promise<unknown>, constraint: string) {
  const error = await write.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error, `expected ${constraint} to refuse the write`).not.toBeNull();
  const cause = (error as { cause?: { message?: string } }).cause;
  expect(`${(error as Error).message} ${cause?.message ?? ""}`).toContain(constraint);
}

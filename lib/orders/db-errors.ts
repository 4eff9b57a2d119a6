/** Whether a failed query broke the named unique constraint (postgres.js and PGlite word it alike). */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 4; depth++) {
    const e = current as { code?: string; message?: string; constraint?: string; constraint_name?: string; cause?: unknown };
    const names = `${e.message ?? ""} ${e.constraint ?? ""} ${e.constraint_name ?? ""}`;
    if (e.code === "23505" && names.includes(constraint)) return true;
    if (names.includes(`unique constraint "${constraint}"`)) return true;
    current = e.cause;
  }
  return false;
}

/**
 * Recognises a PostgreSQL constraint violation under Drizzle's wrapper, on postgres.js
 * (`constraint_name`) and PGlite (`constraint`) alike, so the domain can turn a lost race into the
 * same friendly message its own check gives.
 */
type PgErrorFields = { code?: string; constraint_name?: string; constraint?: string; message?: string };

function pgFields(error: unknown): PgErrorFields[] {
  const found: PgErrorFields[] = [];
  let current: unknown = error;
  for (let depth = 0; current && typeof current === "object" && depth < 4; depth++) {
    found.push(current as PgErrorFields);
    current = (current as { cause?: unknown }).cause;
  }
  return found;
}

function names(e: PgErrorFields, constraint: string) {
  return e.constraint_name === constraint || e.constraint === constraint || (e.message ?? "").includes(`"${constraint}"`);
}

export function isConstraintViolation(error: unknown, constraint: string): boolean {
  return pgFields(error).some((e) => names(e, constraint));
}

/** A unique violation (23505) of the named index or constraint: the row a racing writer just inserted. */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  return pgFields(error).some((e) => (e.code === "23505" || (e.message ?? "").includes("unique constraint")) && names(e, constraint));
}

/** A foreign key restrict (23503) from any constraint: something still points at the row. */
export function isForeignKeyViolation(error: unknown): boolean {
  return pgFields(error).some((e) => e.code === "23503");
}

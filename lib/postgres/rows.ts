/** `db.execute` answers with an array on postgres.js and with `{ rows }` on PGlite: the rows either way. */
export type Rows<T> = T[] | { rows: T[] };

export const rowsOf = <T>(result: Rows<T>): T[] => (Array.isArray(result) ? result : result.rows);

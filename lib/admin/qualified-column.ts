import { getTableName, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";

/**
 * A column written as "table"."column". Drizzle leaves columns unqualified in single-table
 * queries, so inside a correlated subquery `"id"` would bind to the subquery's own table; outer
 * references in subqueries go through this.
 */
export function qualified(column: AnyPgColumn) {
  return sql.raw(`"${getTableName(column.table)}"."${column.name}"`);
}

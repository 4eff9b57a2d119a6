import { z } from "zod";

const uuid = z.uuid();

/** Route ids are checked before they reach a query: a malformed one is a 404, not a database error. */
export function isUuid(value: string) {
  return uuid.safeParse(value).success;
}

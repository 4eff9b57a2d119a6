import { describe, expect, it } from "vitest";
import { DrizzleQueryError } from "drizzle-orm/errors";
import { isDatabaseUnavailable } from "./unavailable";

const coded = (code: string, message = code) => Object.assign(new Error(message), { code });

describe("isDatabaseUnavailable", () => {
  it("recognises the driver's and the socket's connection failures, under Drizzle's wrapper too", () => {
    for (const code of ["ECONNREFUSED", "ECONNRESET", "CONNECT_TIMEOUT", "CONNECTION_CLOSED", "CONNECTION_ENDED", "CONNECTION_DESTROYED", "DATABASE_STALLED", "57P01", "08006"]) {
      expect(isDatabaseUnavailable(coded(code)), code).toBe(true);
      expect(isDatabaseUnavailable(new DrizzleQueryError("select 1", [], coded(code))), code).toBe(true);
    }
  });

  it("recognises a failed first connect wrapped with its cause, and a happy-eyeballs AggregateError", () => {
    expect(isDatabaseUnavailable(new Error("DATABASE_URL: cannot connect", { cause: coded("ECONNREFUSED") }))).toBe(true);
    expect(isDatabaseUnavailable(new AggregateError([coded("ECONNREFUSED"), coded("ECONNREFUSED")]))).toBe(true);
  });

  it("leaves errors the database answered, and bugs, alone", () => {
    // A unique violation, a syntax error, a statement_timeout cancel: the server was reached.
    for (const code of ["23505", "42601", "57014"]) expect(isDatabaseUnavailable(new DrizzleQueryError("q", [], coded(code))), code).toBe(false);
    expect(isDatabaseUnavailable(new TypeError("x is undefined"))).toBe(false);
    expect(isDatabaseUnavailable("CONNECTION_CLOSED")).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});

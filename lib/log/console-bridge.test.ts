import { afterEach, describe, expect, it } from "vitest";
import { capturedLines } from "./capture.test-support";
import { routeConsoleTo } from "./console-bridge";
import { createLogger } from "./logger";

const original = { debug: console.debug, log: console.log, info: console.info, warn: console.warn, error: console.error };

describe("console routed to the logger", () => {
  afterEach(() => void Object.assign(console, original));

  it("turns what libraries print into JSON lines at the matching level", () => {
    const { lines, destination } = capturedLines();
    routeConsoleTo(createLogger(destination));
    console.log("\u001b[32m✓\u001b[39m Ready in %d ms", 312);
    console.warn("cache: Redis unreachable, serving from the database");
    expect(lines).toEqual([
      expect.objectContaining({ level: "info", msg: "✓ Ready in 312 ms" }),
      expect.objectContaining({ level: "warn", msg: "cache: Redis unreachable, serving from the database" }),
    ]);
  });

  it("keeps an error's message and stack under err, and scrubs both", () => {
    const { lines, destination } = capturedLines();
    routeConsoleTo(createLogger(destination));
    const error = Object.assign(new Error("no session for refresh token mqr_abcdefghijklmnopqrstuvwx"), { digest: "2716" });
    console.error(error);
    console.error("email retry sweep failed:", new Error("timeout"));
    expect(lines[0]).toMatchObject({ level: "error", msg: "no session for refresh token [redacted token]", err: { digest: "2716" } });
    expect(JSON.stringify(lines[0])).not.toContain("mqr_abcdefghijklmnop");
    expect(lines[1]).toMatchObject({ msg: "email retry sweep failed:", err: { message: "timeout", stack: expect.stringContaining("console-bridge.test.ts") } });
  });
});

import { describe, expect, it } from "vitest";
import { capturedLines } from "./capture.test-support";
import { createLogger } from "./logger";

describe("the logger", () => {
  it("writes one JSON object per line with an ISO time and the level's name", () => {
    const { lines, destination } = capturedLines();
    createLogger(destination).warn({ orderNumber: "MQ-1" }, "orders: email could not be queued");
    expect(lines).toEqual([expect.objectContaining({ level: "warn", msg: "orders: email could not be queued", orderNumber: "MQ-1" })]);
    expect(new Date(String(lines[0]?.time)).toISOString()).toBe(lines[0]?.time);
    expect(lines[0]).not.toHaveProperty("requestId");
  });

  it("redacts fields that hold secrets, wherever they are nested", () => {
    const { lines, destination } = capturedLines();
    createLogger(destination).info(
      { password: "hunter2-hunter2", user: { email: "a@example.com", totpSecret: "JBSWY3DPEHPK3PXP" }, request: { headers: { cookie: "a=b", authorization: "Bearer x" } } },
      "signed in",
    );
    const text = JSON.stringify(lines[0]);
    for (const secret of ["hunter2", "JBSWY3DPEHPK3PXP", "a=b", "Bearer x"]) expect(text).not.toContain(secret);
    expect(lines[0]).toMatchObject({ password: "[redacted]", user: { email: "a@example.com", totpSecret: "[redacted]" } });
  });

  it("scrubs token shapes out of messages and errors", () => {
    const { lines, destination } = capturedLines();
    const link = "https://marquee.example/reset-password?token=abcdefghijklmnopqrstuvwxyz012345";
    const jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJlc2lnbmF0dXJl";
    const logger = createLogger(destination);
    logger.info(`sent ${link}`);
    logger.error({ err: new Error(`fetch failed with Bearer ${jwt} on ${link}`) }, "provider refused");
    const text = JSON.stringify(lines);
    expect(text).not.toContain("abcdefghijklmnopqrstuvwxyz012345");
    expect(text).not.toContain(jwt);
    expect(lines[0]?.msg).toBe("sent https://marquee.example/reset-password?token=[redacted]");
    expect(lines[1]).toMatchObject({ level: "error", msg: "provider refused", err: { type: "Error", message: expect.stringContaining("Bearer [redacted]") } });
    expect((lines[1]?.err as { stack: string }).stack).toContain("logger.test.ts");
  });

  it("logs a rejection that is not an Error as it is, instead of failing to log", () => {
    const { lines, destination } = capturedLines();
    const logger = createLogger(destination);
    expect(() => logger.error({ err: "timeout at /verify?token=abcdefghijklmnopqrstuvwxyz" }, "sweep failed")).not.toThrow();
    expect(() => logger.error({ err: { code: "X" } }, "sweep failed")).not.toThrow();
    expect(() => logger.error({ err: null }, "sweep failed")).not.toThrow();
    expect(lines.map((line) => line.err)).toEqual(["timeout at /verify?token=[redacted]", { code: "X" }, null]);
  });

  it("leaves a failed query's parameters out", () => {
    const { lines, destination } = capturedLines();
    const failed = Object.assign(new Error("Failed query: insert into emails"), { query: "insert into emails", params: ["https://x.example/verify?t=secret-link"] });
    createLogger(destination).error({ err: failed }, "could not queue");
    expect(lines[0]?.err).toMatchObject({ query: "insert into emails" });
    expect(JSON.stringify(lines[0])).not.toContain("secret-link");
  });

  it("leaves them out of the message and stack Drizzle writes them into, keeping the query and the frames", () => {
    const { lines, destination } = capturedLines();
    const failed = new Error('Failed query: insert into emails ("html") values ($1)\nparams: <p>Confirm:\n<a href="https://x.example/verify?t=secret-link">here</a></p>');
    createLogger(destination).error({ err: failed }, "could not queue");
    const err = lines[0]?.err as { message: string; stack: string };
    expect(err.message).toBe('Failed query: insert into emails ("html") values ($1)\nparams: [left out]');
    expect(err.stack).toMatch(/params: \[left out\]\n {4}at /);
    expect(JSON.stringify(lines[0])).not.toContain("secret-link");
  });

  it("leaves them out of a wrapped query error's cause too", () => {
    const { lines, destination } = capturedLines();
    const cause = new Error("Failed query: select 1\nparams: secret-hash");
    createLogger(destination).error({ err: new Error("server operation failed", { cause }) }, "outage");
    expect(JSON.stringify(lines[0])).not.toContain("secret-hash");
  });
});

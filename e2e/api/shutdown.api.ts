import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startServer, stopGroup, waitForOk } from "./support/server";

// An instance of its own (the shared one must outlive every test), on an empty embedded database:
// the seat-map stream needs no showtime row to open.
const port = Number(process.env.API_TEST_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 10) + 50;
const dataDir = mkdtempSync(path.join(tmpdir(), "marquee-shutdown-"));
const server = startServer("stopping instance", port, {
  NODE_ENV: "production",
  DATABASE_URL: undefined,
  MARQUEE_EMBEDDED_DB: "1",
  PGLITE_DATA_DIR: path.join(dataDir, "db"),
  APP_URL: `http://localhost:${port}`,
  RESEND_API_KEY: "re_shutdown_sends_nothing",
  RESEND_BASE_URL: "http://127.0.0.1:9",
});

afterAll(async () => {
  await stopGroup(server);
  rmSync(dataDir, { recursive: true, force: true });
});

function within<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([work, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what} within ${ms / 1000} s`)), ms))]);
}

describe("SIGTERM", () => {
  it("ends open seat-map streams and lets the instance exit by itself", { timeout: 150_000 }, async () => {
    await waitForOk(`http://localhost:${port}/api/ready`, 120_000, [server]);
    const stream = await fetch(`http://localhost:${port}/api/showtimes/${randomUUID()}/events`);
    const reader = stream.body?.getReader();
    if (!reader) throw new Error("no event stream");
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toContain(": connected");

    const exited = new Promise<number | null>((resolve) => server.once("exit", (code) => resolve(code)));
    process.kill(-(server.pid ?? 0), "SIGTERM");
    // The browser's EventSource would now reconnect, to another instance behind the proxy.
    let done = false;
    while (!done) done = (await within(reader.read(), 5_000, "the stream did not end")).done;
    // Next's own exit code for SIGTERM, reached by draining — not by the 10 s limit or a SIGKILL.
    expect(await within(exited, 8_000, "the instance did not exit")).toBe(143);
  });
});

import { createServer, type Server, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stallWatchdog } from "./stall-watchdog";

// A server that accepts and reads but never answers: a query on a connection gone silent.
let server: Server;
let port = 0;
const accepted: Socket[] = [];

beforeAll(async () => {
  server = createServer((socket) => {
    accepted.push(socket);
    socket.on("data", () => {});
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as { port: number }).port;
});

afterAll(async () => {
  for (const socket of accepted) socket.destroy();
  await new Promise((resolve) => server.close(resolve));
});

function openWith(probe: () => Promise<void>) {
  const socket = stallWatchdog(probe).socket({ host: ["127.0.0.1"], port: [port] });
  const closed = new Promise<{ error?: Error & { code?: string }; ms: number }>((resolve) => {
    const started = performance.now();
    let error: Error | undefined;
    socket.on("error", (e) => (error = e));
    socket.on("close", () => resolve({ error, ms: performance.now() - started }));
  });
  return { socket, closed };
}

describe("stallWatchdog", () => {
  it("ends a connection left unanswered once a fresh connection cannot reach the server either", async () => {
    const { socket, closed } = openWith(async () => {
      throw new Error("CONNECT_TIMEOUT");
    });
    socket.write("select 1");
    const { error, ms } = await closed;
    expect(error?.code).toBe("DATABASE_STALLED");
    expect(ms).toBeLessThan(2_500);
  });

  it("leaves a long query alone while the server answers a probe, and an idle connection alone", async () => {
    let probes = 0;
    const busy = openWith(async () => {
      probes++;
    });
    const idle = openWith(async () => {
      throw new Error("never asked: nothing is pending");
    });
    busy.socket.write("select pg_sleep(60)");
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(probes).toBeGreaterThan(0);
    expect(busy.socket.destroyed).toBe(false);
    expect(idle.socket.destroyed).toBe(false);
    busy.socket.destroy();
    idle.socket.destroy();
  });
});

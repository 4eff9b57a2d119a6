import { createServer, connect, type Socket } from "node:net";

/**
 * A TCP proxy a test controls, to stage a database outage in front of a real server.
 * `cut("refuse")`: the port refuses connections (the server is down, a firewall rejects).
 * `cut("blackhole")`: connections are accepted and never answered (a dropped route, a dead host):
 * the shape that makes clients hang. `cut("partition")`: as blackhole, and connections already open
 * stay open but go silent too (a network partition) — unlike the other two, which reset them.
 * `restore()` forwards again (a healed partition delivers what it held back); `close()` ends everything.
 */
export type CutMode = "refuse" | "blackhole" | "partition";

export type TcpProxy = {
  port: number;
  cut: (mode: CutMode) => Promise<void>;
  restore: () => Promise<void>;
  close: () => Promise<void>;
};

export async function startTcpProxy(target: { host: string; port: number }, listenPort = 0): Promise<TcpProxy> {
  let mode: CutMode | null = null;
  const open = new Set<Socket>();
  // Black-holed clients: accepted during a cut, never connected upstream.
  const unanswered = new Set<Socket>();
  // During a partition each direction queues what it would have sent; TCP would retransmit it on healing.
  const pairs = new Set<{ flush: () => void }>();
  const track = (socket: Socket) => {
    open.add(socket);
    socket.on("close", () => open.delete(socket));
    // A reset from either side is the outage the test stages, not a test failure.
    socket.on("error", () => {});
  };

  const server = createServer((client) => {
    track(client);
    if (mode) {
      // Read and drop: the client's handshake goes nowhere, as into a dead route.
      unanswered.add(client);
      client.on("data", () => {});
      client.on("close", () => unanswered.delete(client));
      return;
    }
    const upstream = connect(target.port, target.host);
    track(upstream);
    const held: [Socket, Buffer][] = [];
    const forward = (to: Socket) => (chunk: Buffer) => (mode === "partition" ? held.push([to, chunk]) : to.write(chunk));
    client.on("data", forward(upstream));
    upstream.on("data", forward(client));
    const pair = { flush: () => held.splice(0).forEach(([to, chunk]) => to.write(chunk)) };
    pairs.add(pair);
    client.on("close", () => (upstream.destroy(), pairs.delete(pair)));
    upstream.on("close", () => client.destroy());
  });
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(listenPort, "127.0.0.1", () => {
        server.off("error", reject);
        listenPort = (server.address() as { port: number }).port;
        resolve();
      });
    });
  const stopListening = () => new Promise<void>((resolve) => server.close(() => resolve()));

  await listen();
  return {
    get port() {
      return listenPort;
    },
    async cut(next) {
      mode = next;
      if (next === "partition") return;
      for (const socket of open) socket.destroy();
      // Refused = nothing listening on the port; the other modes keep accepting.
      if (next === "refuse") await stopListening();
    },
    async restore() {
      const wasRefusing = mode === "refuse";
      mode = null;
      // A healed partition delivers what was held back; a black-holed handshake never completes.
      for (const pair of pairs) pair.flush();
      for (const socket of unanswered) socket.destroy();
      if (wasRefusing) await listen();
    },
    async close() {
      mode = null;
      for (const socket of open) socket.destroy();
      if (server.listening) await stopListening();
    },
  };
}

import { connect, type Socket } from "node:net";

/**
 * The hard case of a database outage: a network partition. A connection already open stays open but
 * goes silent, so postgres.js (which has no client-side query timeout) waits on it for ever, and TCP
 * keepalive would notice only after minutes. connect_timeout bounds new connections only.
 *
 * So every pool connection is opened through this factory (postgres.js's `socket` option), which
 * notes when a socket was written to and has not been answered since. A socket silent for more than
 * STALL_MS may just be running a long query, though — so the watchdog then asks the server for a
 * fresh round trip (`probe`, bounded by its own connect_timeout). Only when that fails is the server
 * unreachable, and the silent sockets are destroyed: their queries fail with DATABASE_STALLED (a 503,
 * lib/postgres/unavailable.ts) and postgres.js opens new connections once the network is back.
 * A long query on a reachable server is left alone. Limits: the first host of a multi-host URL only,
 * and over TLS the writes bypass this socket's write(), so the watchdog stays idle there.
 */
const STALL_MS = 1_000;
const CHECK_EVERY_MS = 250;
const REMEMBER_UNREACHABLE_MS = 2_000;

type SocketOptions = { host: string[]; port: number[]; path?: string | false };

export function stallWatchdog(probe: () => Promise<void>) {
  // Each open socket, with when it was first written to since its last answer (null: nothing pending).
  const waiting = new Map<Socket, number | null>();
  let probing = false;
  let timer: NodeJS.Timeout | undefined;

  // When a probe last failed: for a moment after, a stalled socket is ended without asking again, so
  // queries stalled while another probe ran do not wait for a second one (worst case ~3.5 s, not ~5).
  let unreachableAt = Number.NEGATIVE_INFINITY;
  const stalledNow = () => {
    const now = performance.now();
    return [...waiting].filter(([, since]) => since !== null && now - since > STALL_MS).map(([socket]) => socket);
  };
  const endStalled = () => {
    const error = Object.assign(new Error("the database stopped answering and cannot be reached"), { code: "DATABASE_STALLED" });
    for (const socket of stalledNow()) socket.destroy(error);
  };

  const check = () => {
    const stalled = stalledNow();
    if (stalled.length === 0) return;
    if (performance.now() - unreachableAt < REMEMBER_UNREACHABLE_MS) return endStalled();
    if (probing) return;
    probing = true;
    probe()
      .then(() => {
        // Reachable: these are long queries. Look again only after another STALL_MS of silence.
        for (const socket of stalled) if (waiting.get(socket) !== null) waiting.set(socket, performance.now());
      })
      .catch(() => {
        unreachableAt = performance.now();
        endStalled();
      })
      .finally(() => (probing = false));
  };

  const socket = ({ host, port, path }: SocketOptions): Socket => {
    // postgres.js connects a socket of its own making; given one, it only starts the handshake on it.
    const created = path ? connect(path) : connect(port[0], host[0]);
    waiting.set(created, null);
    const write = created.write.bind(created) as (...args: unknown[]) => boolean;
    created.write = ((...args: unknown[]) => {
      if (waiting.get(created) === null) waiting.set(created, performance.now());
      return write(...args);
    }) as Socket["write"];
    created.on("data", () => waiting.set(created, null));
    created.on("close", () => {
      waiting.delete(created);
      if (waiting.size > 0) return;
      clearInterval(timer);
      timer = undefined;
    });
    // Unref'd: a watchdog must never keep a script (a seed, a migration) alive.
    timer ??= setInterval(check, CHECK_EVERY_MS).unref();
    return created;
  };
  return { socket };
}

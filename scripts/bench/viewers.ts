import postgres from "postgres";

/**
 * Issue 19 point 3: `viewers` (1,000 by default) idle seat maps of one showtime hold its event
 * stream open; the database's connections are counted before and after, then one seat change is
 * sent the way a hold sends it (pg_notify on seat_changes) and the time until every viewer has it
 * is measured.
 */
export type ViewersResult = {
  viewers: number;
  databaseConnections: { before: number; withViewers: number };
  rssMb: { before: number; withViewers: number };
  delivery: { p50: number; p99: number; max: number; missed: number };
};

function percentile(values: number[], p: number) {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0);
}

/** Opens one event stream; `seen` resolves with the time the first `seats` event arrived. */
async function openViewer(url: string, abort: AbortSignal) {
  const response = await fetch(url, { signal: abort, headers: { Accept: "text/event-stream" } });
  if (!response.ok || !response.body) throw new Error(`event stream answered ${response.status}`);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  const seen = (async () => {
    let text = "";
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return null;
      text += value;
      if (text.includes("event: seats")) return performance.now();
    }
  })();
  return { seen };
}

export async function runViewers(base: string, databaseUrl: string, showtimePath: string, rssMb: () => number, viewers = 1000): Promise<ViewersResult> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  const abort = new AbortController();
  try {
    const showtimeId = showtimePath.split("/").pop() ?? "";
    const count = async () => (await sql<{ n: number }[]>`select count(*)::int as n from pg_stat_activity where datname = current_database()`)[0].n;
    // One viewer first, so the server's single LISTEN connection is open before the baseline.
    const first = await openViewer(`${base}/api/showtimes/${showtimeId}/events`, abort.signal);
    const before = { connections: await count(), rss: rssMb() };
    const others = [];
    for (let i = 1; i < viewers; i += 100) {
      others.push(...(await Promise.all(Array.from({ length: Math.min(100, viewers - i) }, () => openViewer(`${base}/api/showtimes/${showtimeId}/events`, abort.signal)))));
    }
    const withViewers = { connections: await count(), rss: rssMb() };
    const [seat] = await sql<{ id: string }[]>`select s.id from seats s join showtimes t on t.screen_id = s.screen_id where t.id = ${showtimeId} limit 1`;
    const sent = performance.now();
    await sql`select pg_notify('seat_changes', ${JSON.stringify({ showtimeId, seats: [{ seatId: seat.id, status: "held" }] })})`;
    const deadline = new Promise<null>((resolve) => setTimeout(() => resolve(null), 10_000));
    const arrivals = await Promise.all([first, ...others].map(({ seen }) => Promise.race([seen, deadline])));
    const delays = arrivals.flatMap((at) => (at === null ? [] : [at - sent]));
    return {
      viewers,
      databaseConnections: { before: before.connections, withViewers: withViewers.connections },
      rssMb: { before: before.rss, withViewers: withViewers.rss },
      delivery: { p50: percentile(delays, 50), p99: percentile(delays, 99), max: percentile(delays, 100), missed: viewers - delays.length },
    };
  } finally {
    abort.abort();
    await sql.end();
  }
}

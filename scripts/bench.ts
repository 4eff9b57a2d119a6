/**
 * `npm run bench [-- --quick]`: the performance targets of the production build, each beside a
 * reference measured in the same run on the same server (a static file: the server's own ceiling), so
 * the ratios mean something on any machine. Run `next build` first. Prints one table and writes it to
 * bench/results/latest.json. It reports; it never fails on a number (only on a broken run).
 * Every path is loaded twice, uncompressed and as a browser asks (`Accept-Encoding`, so the server
 * gzips), each time beside the static file asked for the same way.
 *   --quick   2 s per path, no Lighthouse, 200 viewers, a 50-seat race, no dev-server memory (.ci/run calls it, so it cannot rot)
 * On DATABASE_URL if set, otherwise on a fresh PGlite with the demo data. The 1,000 seat-map viewers
 * (bench/viewers.ts) and the booking race (bench/contention.ts) need DATABASE_URL: they count
 * connections, send a NOTIFY and check invariants in SQL beside the server, and the admin lists are timed
 * on it (bench/admin-lists.ts). Then a second server that logs every query counts the queries per
 * request (bench/queries.ts). Seed a database with `npm run db:seed -- --scale 10` to measure at size.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { FULL_RACE, runContention, type ContentionResult } from "./bench/contention";
import { BROWSER_ENCODING, load, type Load } from "./bench/load";
import { measureDevMemory } from "./bench/dev-memory";
import { countQueries } from "./bench/queries";
import { ADMIN_LIST_TARGET_MS, timeAdminLists } from "./bench/admin-lists";
import { lighthouse } from "./bench/lighthouse";
import { startBenchServer } from "./bench/server";
import { runViewers, type ViewersResult } from "./bench/viewers";

const quick = process.argv.includes("--quick");
const CONNECTIONS = 32;
const SECONDS = quick ? 2 : 8;
const DEV_RSS_TARGET_MB = 500;

type Target = { minShare?: number; minRps?: number; maxP99?: number };
type Measured = { result: Load; share: number };
/** `gzip`: the same path asked for as a browser asks, beside the static file asked for the same way. */
type Row = Measured & { point: string; path: string; target: Target | null; gzip: Measured };

/** Paths of real records, found by following the site's own links from /movies and /cinemas. */
async function discoverPaths(base: string) {
  const html = async (path: string) => (await fetch(`${base}${path}`)).text();
  const first = (text: string, pattern: RegExp) => pattern.exec(text)?.[0] ?? null;
  const movie = first(await html("/movies"), /\/movies\/[a-z0-9-]+(?=")/);
  if (!movie) throw new Error("no movie found on /movies");
  const moviePage = await html(movie);
  return {
    movie,
    cinema: first(await html("/cinemas"), /\/cinemas\/[a-z0-9-]+(?=")/),
    actor: first(moviePage, /\/actors\/[a-z0-9-]+(?=")/),
    producer: first(moviePage, /\/producers\/[a-z0-9-]+(?=")/),
    category: first(moviePage, /\/categories\/[a-z0-9-]+(?=")/),
    showtime: await firstBookableShowtime(base),
  };
}

async function firstBookableShowtime(base: string): Promise<string | null> {
  const { data } = (await (await fetch(`${base}/api/v1/showtimes?pageSize=50`)).json()) as { data: { id: string; bookable: boolean }[] };
  const showtime = data.find((s) => s.bookable);
  return showtime ? `/showtimes/${showtime.id}` : null;
}

function verdict(row: Measured & { target: Target | null }): string {
  if (!row.target) return "";
  const { minShare, minRps, maxP99 } = row.target;
  const ok =
    row.result.failures === 0 &&
    (minShare === undefined || row.share >= minShare) &&
    (minRps === undefined || row.result.rps >= minRps) &&
    (maxP99 === undefined || row.result.p99 < maxP99);
  return ok ? "pass" : "MISS";
}

function describeTarget(target: Target | null): string {
  if (!target) return "reference";
  const parts = [];
  if (target.minShare !== undefined) parts.push(`≥ ${target.minShare * 100}%`);
  if (target.minRps !== undefined) parts.push(`≥ ${target.minRps} req/s`);
  if (target.maxP99 !== undefined) parts.push(`p99 < ${target.maxP99} ms`);
  return parts.join(", ");
}

function printViewers(result: ViewersResult) {
  const { databaseConnections: db, rssMb, delivery } = result;
  const ok = db.withViewers <= db.before && delivery.missed === 0 && delivery.max < 1000;
  console.info(`\n3 live seats: ${result.viewers} seat maps open on one showtime`);
  console.info(`  database connections ${db.before} → ${db.withViewers}; server RSS ${rssMb.before} → ${rssMb.withViewers} MB`);
  console.info(`  one seat change reached them in p50 ${delivery.p50} ms, p99 ${delivery.p99} ms, max ${delivery.max} ms (${delivery.missed} missed)`);
  console.info(`  target: no connection per viewer, every viewer within 1 s: ${ok ? "pass" : "MISS"}`);
}

function printContention(result: ContentionResult) {
  const { holds, orders, direct } = result;
  const share = holds.perSecond / direct.claimsPerSecond;
  console.info(`\n4 booking race: ${result.customers} customers, ${result.seats} seats, through the JSON API`);
  console.info(`  holds   ${holds.perSecond} answers/s (${holds.held} held), p99 ${holds.p99} ms; target ≥ 1000/s`);
  console.info(`  orders  ${orders.perSecond}/s (${orders.placed} placed), p99 ${orders.p99} ms`);
  console.info(`  claim statement straight through postgres.js: ${direct.claimsPerSecond}/s, p99 ${direct.p99} ms (reference)`);
  console.info(`  app share of the direct ceiling: ${(share * 100).toFixed(1)}%; target ≥ 50%: ${share >= 0.5 && holds.perSecond >= 1000 ? "pass" : "MISS"}`);
  console.info(`  invariants: ${result.violations.length === 0 ? "all held (every seat sold once, every confirmed order stored once, no 5xx)" : `VIOLATED: ${result.violations.join("; ")}`}`);
}

async function main() {
  if (!existsSync(".next/BUILD_ID")) throw new Error("no production build: run `npx next build` first");
  const server = await startBenchServer();
  process.on("SIGINT", () => {
    server.stop();
    process.exit(130);
  });
  try {
    const { base } = server;
    const home = await (await fetch(`${base}/`)).text();
    const chunk = /\/_next\/static\/chunks\/[^"]+\.js/.exec(home)?.[0];
    if (!chunk) throw new Error("no static chunk found on /");
    const found = await discoverPaths(base);
    const catalogue = { minShare: 0.5, maxP99: 100 };
    const plan: { point: string; path: string | null; target: Target | null }[] = [
      { point: "static file (the ceiling)", path: chunk, target: null },
      { point: "cheapest dynamic route", path: "/api/health", target: null },
      { point: "1 catalogue: home", path: "/", target: catalogue },
      { point: "1 catalogue: movies", path: "/movies", target: catalogue },
      { point: "1 catalogue: movie", path: found.movie, target: catalogue },
      { point: "1 catalogue: cinema", path: found.cinema, target: catalogue },
      { point: "1 catalogue: actor", path: found.actor, target: catalogue },
      { point: "1 catalogue: producer", path: found.producer, target: catalogue },
      { point: "1 catalogue: category", path: found.category, target: catalogue },
      { point: "1 searched movies", path: "/movies?q=the", target: { minShare: 0.1 } },
      { point: "2 seat map page", path: found.showtime, target: { minShare: 0.25 } },
      {
        point: "2 seat availability",
        path: found.showtime && `/api${found.showtime}/availability`,
        target: { minRps: 1000, maxP99: 50 },
      },
    ];
    console.info(`server: ${base} on ${server.database}; ${CONNECTIONS} connections, ${SECONDS} s per path`);
    const measurePlan = async (headers: Record<string, string>) => {
      const measured = new Map<string, Measured>();
      let ceiling = 0;
      for (const { path, target } of plan) {
        if (!path) continue;
        const result = await load(`${base}${path}`, { connections: CONNECTIONS, seconds: SECONDS, headers });
        if (!target && ceiling === 0) ceiling = result.rps;
        measured.set(path, { result, share: ceiling ? result.rps / ceiling : 0 });
      }
      return measured;
    };
    for (const { point, path } of plan) if (!path) console.info(`${point}: no such page in this database, skipped`);
    const plain = await measurePlan({});
    const gzip = await measurePlan(BROWSER_ENCODING);
    const rows: Row[] = plan.flatMap(({ point, path, target }) => {
      const [uncompressed, compressed] = [path && plain.get(path), path && gzip.get(path)];
      return path && uncompressed && compressed ? [{ point, path, target, ...uncompressed, gzip: compressed }] : [];
    });
    const rssMb = server.rssMb();
    const databaseUrl = process.env.DATABASE_URL;
    const viewers = databaseUrl && found.showtime ? await runViewers(base, databaseUrl, found.showtime, server.rssMb, quick ? 200 : 1000) : null;
    const contention = databaseUrl ? await runContention(base, databaseUrl, quick ? { rows: 5, columns: 10 } : FULL_RACE) : null;

    console.info(`\n${"".padEnd(26)} ${"uncompressed".padEnd(29)} ${"as a browser asks (gzip)".padEnd(22)}`);
    console.info(
      `${"point".padEnd(26)} ${"req/s".padStart(7)} ${"p50".padStart(6)} ${"p99".padStart(6)} ${"share".padStart(7)} ${"req/s".padStart(7)} ${"p99".padStart(6)} ${"share".padStart(7)}  ${"target".padEnd(27)} result`,
    );
    const cells = ({ result, share }: Measured) =>
      `${String(result.rps).padStart(7)} ${`${result.p99}`.padStart(6)} ${`${(share * 100).toFixed(1)}%`.padStart(7)}`;
    for (const row of rows) {
      const failed = row.result.failures + row.gzip.result.failures;
      const verdicts = row.target ? `${verdict(row)} / ${verdict({ ...row.gzip, target: row.target })}` : "";
      console.info(
        `${row.point.padEnd(26)} ${String(row.result.rps).padStart(7)} ${`${row.result.p50}`.padStart(6)} ${`${row.result.p99}`.padStart(6)} ${`${(row.share * 100).toFixed(1)}%`.padStart(7)} ${cells(row.gzip)}  ${describeTarget(row.target).padEnd(27)} ${verdicts}${failed ? ` (${failed} failed)` : ""}`,
      );
    }
    console.info(`\nserver RSS after the load: ${rssMb} MB (whole process group)`);
    if (viewers) printViewers(viewers);
    if (contention) printContention(contention);

    const scores: Record<string, unknown> = {};
    if (!quick && process.env.BENCH_SKIP_LIGHTHOUSE !== "1") {
      console.info("\nLighthouse (mobile emulation):");
      for (const path of ["/", found.movie]) {
        scores[path] = lighthouse(`${base}${path}`);
        console.info(`  ${path}:`, scores[path]);
      }
    }

    // Skipped by --quick: a dev server's first compile alone takes longer than the quick run.
    const devMemory = quick ? null : await measureDevMemory();
    if (devMemory) {
      const verdictText = devMemory.idleMb < DEV_RSS_TARGET_MB ? "pass" : "MISS";
      console.info(
        `\n6 npm run dev on PGlite: ${devMemory.afterFirstPagesMb} MB after its first pages, ${devMemory.idleMb} MB after ${devMemory.idleSeconds} s idle, next-server alone ${devMemory.idleServerMb} MB; Turbopack cache ${devMemory.warmCache ? "warm" : "cold"} (target < ${DEV_RSS_TARGET_MB} MB idle) ${verdictText}`,
      );
    }

    const queryCounts = await countQueries(rows.filter((row) => row.path !== chunk).map(({ point, path }) => ({ point, path })));
    console.info(`\n5 database queries per request (first request → once warm):`);
    for (const { point, cold, warm } of queryCounts) console.info(`  ${point.padEnd(26)} ${String(cold).padStart(3)} → ${warm}`);

    const adminLists = databaseUrl ? timeAdminLists() : null;
    if (adminLists) {
      console.info(`\n5 admin lists on this database (median ms; target < ${ADMIN_LIST_TARGET_MS} ms):`);
      for (const { list, query, ms } of adminLists) {
        console.info(`  ${`${list}: ${query}`.padEnd(34)} ${String(ms).padStart(5)}  ${ms < ADMIN_LIST_TARGET_MS ? "pass" : "MISS"}`);
      }
    }

    mkdirSync("bench/results", { recursive: true });
    const report = {
      at: new Date().toISOString(),
      quick,
      machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, memoryGb: Math.round(os.totalmem() / 2 ** 30), load: os.loadavg() },
      database: server.database,
      connections: CONNECTIONS,
      seconds: SECONDS,
      rows: rows.map((row) => ({
        ...row,
        verdict: verdict(row) || null,
        gzip: { ...row.gzip, verdict: verdict({ ...row.gzip, target: row.target }) || null },
      })),
      rssMb,
      viewers,
      contention,
      lighthouse: scores,
      devMemory,
      queryCounts,
      adminLists,
    };
    writeFileSync("bench/results/latest.json", `${JSON.stringify(report, null, 2)}\n`);
    console.info("\nwritten to bench/results/latest.json");
  } finally {
    server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

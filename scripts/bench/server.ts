import { execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { productionServer } from "../../test/production-server";

/** A production server (the standalone output `npm start` runs) in its own process group, on DATABASE_URL or a fresh seeded PGlite. */
export type BenchServer = { base: string; database: string; logPath: string; rssMb: () => number; stop: () => void };

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export async function waitForReady(base: string, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${base}/api/ready`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the server was not ready within ${timeoutMs / 1000} s`);
}

/** RSS in MB of every process in the group (npx → next → next-server), or of those `only` keeps by command line. */
export function groupRssMb(pgid: number, only: (commandLine: string) => boolean = () => true): number {
  let kb = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) !== pgid || !only(readFileSync(`/proc/${entry}/cmdline`, "utf8"))) continue;
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${entry}/status`, "utf8"));
      kb += rss ? Number(rss[1]) : 0;
    } catch {
      // the process ended while we looked
    }
  }
  return Math.round(kb / 1024);
}

/**
 * `logQueries` starts a second, separate server for the query count (bench/queries.ts): the line per
 * query it writes would slow the load runs.
 */
export async function startBenchServer({ logQueries = false } = {}): Promise<BenchServer> {
  const port = await freePort();
  const base = `http://localhost:${port}`;
  const dataDir = process.env.DATABASE_URL ? null : mkdtempSync(path.join(tmpdir(), "marquee-bench-"));
  const serverEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    APP_URL: base,
    AUTH_SECRET: process.env.AUTH_SECRET ?? "bench-only-secret-0123456789abcdef0123456789",
    AUTH_TRUST_HOST: "true",
    // The booking race gives each customer its own address (X-Forwarded-For), as a proxy in front would.
    TRUSTED_PROXY_HOPS: "1",
    // A production server refuses to start without a mail provider; the bench sends no email, and
    // anything that tried would fail against this closed port and stay queued.
    RESEND_API_KEY: process.env.RESEND_API_KEY ?? "re_bench_sends_nothing",
    RESEND_BASE_URL: process.env.RESEND_API_KEY ? process.env.RESEND_BASE_URL : "http://127.0.0.1:9",
    // The seed and the server must share the key ring that seals the demo admin's TOTP secret.
    MFA_ENCRYPTION_KEYS: process.env.MFA_ENCRYPTION_KEYS ?? `bench:${randomBytes(32).toString("base64")}`,
    ...(dataDir ? { PGLITE_DATA_DIR: path.join(dataDir, "db"), MARQUEE_EMBEDDED_DB: "1" } : {}),
    ...(logQueries ? { MARQUEE_LOG_QUERIES: "1" } : {}),
  };
  // Production never seeds by itself: the throw-away embedded database gets the demo data first.
  if (dataDir) execFileSync("npx", ["tsx", "scripts/db-seed.ts", "--with-public-demo-accounts"], { env: serverEnv, stdio: "ignore" });
  // The server's log (undeliverable emails of the booking race, among others) goes beside the results.
  mkdirSync("bench/results", { recursive: true });
  const logPath = logQueries ? "bench/results/server-queries.log" : "bench/results/server.log";
  const log = openSync(logPath, "w");
  const server = productionServer(port);
  const child = spawn(server.command, server.args, { detached: true, stdio: ["ignore", log, log], env: { ...serverEnv, ...server.env } });
  const pgid = child.pid ?? 0;
  const stop = () => {
    try {
      process.kill(-pgid, "SIGTERM");
    } catch {
      // already gone
    }
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitForReady(base);
  } catch (error) {
    stop();
    throw new Error(`${error instanceof Error ? error.message : String(error)} (see ${logPath})`);
  }
  return { base, database: dataDir ? "PGlite (fresh, demo data)" : "PostgreSQL (DATABASE_URL)", logPath, rssMb: () => groupRssMb(pgid), stop };
}

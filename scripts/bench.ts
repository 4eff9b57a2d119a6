/**
 * `npm run bench`: latency, memory and Lighthouse scores of the production build (run `next build`
 * first). Starts `next start` in its own process group on a free port — on DATABASE_URL if set,
 * otherwise on a fresh PGlite folder that is removed afterwards — waits for /api/health, then:
 *   - p50/p95 latency of /, /movies and a movie page: sequential requests, then concurrent batches;
 *   - the server's resident memory (RSS of the whole process group, from /proc);
 *   - Lighthouse (mobile) on / and the movie page, with Debian's Chromium, when it is installed.
 * Never part of `npm test`: numbers depend on the machine and its load.
 */
import { spawn, execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

const SEQUENTIAL = Number(process.env.BENCH_SEQUENTIAL ?? 30);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const CONCURRENT_ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const CHROMIUM = process.env.CHROME_PATH ?? "/usr/bin/chromium";

function freePort(): Promise<number> {
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

async function waitForHealth(base: string, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${base}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the server did not become healthy within ${timeoutMs / 1000} s`);
}

async function timed(url: string): Promise<number> {
  const start = performance.now();
  const response = await fetch(url);
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return performance.now() - start;
}

function percentile(values: number[], p: number) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function measure(url: string) {
  await timed(url); // warm: compile caches, fill the data cache
  const sequential: number[] = [];
  for (let i = 0; i < SEQUENTIAL; i++) sequential.push(await timed(url));
  const concurrent: number[] = [];
  const started = performance.now();
  for (let round = 0; round < CONCURRENT_ROUNDS; round++) {
    concurrent.push(...(await Promise.all(Array.from({ length: CONCURRENCY }, () => timed(url)))));
  }
  const seconds = (performance.now() - started) / 1000;
  return {
    sequential: { p50: percentile(sequential, 50), p95: percentile(sequential, 95) },
    concurrent: { p50: percentile(concurrent, 50), p95: percentile(concurrent, 95), rps: concurrent.length / seconds },
  };
}

/** RSS in MB of every process in the group (npx → next → next-server). */
function groupRssMb(pgid: number): number {
  let kb = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) !== pgid) continue;
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${entry}/status`, "utf8"));
      kb += rss ? Number(rss[1]) : 0;
    } catch {
      // the process ended while we looked
    }
  }
  return Math.round(kb / 1024);
}

function lighthouse(url: string): Record<string, number> | string {
  const bin = path.resolve("node_modules/.bin/lighthouse");
  if (!existsSync(bin)) return "not installed (npm install --save-dev lighthouse)";
  if (!existsSync(CHROMIUM)) return `no Chromium at ${CHROMIUM}`;
  try {
    const output = execFileSync(
      bin,
      [
        url,
        "--output=json",
        "--output-path=stdout",
        "--quiet",
        "--only-categories=performance,accessibility,best-practices,seo",
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage",
      ],
      { env: { ...process.env, CHROME_PATH: CHROMIUM }, maxBuffer: 64 * 1024 * 1024, timeout: 180_000 },
    ).toString();
    const report = JSON.parse(output) as { categories: Record<string, { score: number | null }> };
    return Object.fromEntries(Object.entries(report.categories).map(([key, value]) => [key, Math.round((value.score ?? 0) * 100)]));
  } catch (error) {
    return `failed: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`;
  }
}

async function main() {
  if (!existsSync(".next/BUILD_ID")) throw new Error("no production build: run `npx next build` first");
  const port = await freePort();
  const base = `http://localhost:${port}`;
  const dataDir = process.env.DATABASE_URL ? null : mkdtempSync(path.join(tmpdir(), "marquee-bench-"));
  const serverEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    APP_URL: base,
    AUTH_SECRET: process.env.AUTH_SECRET ?? "bench-only-secret-0123456789abcdef0123456789",
    AUTH_TRUST_HOST: "true",
    // A production server refuses to start without a mail provider; the bench sends no email, and
    // anything that tried would fail against this closed port and stay queued.
    RESEND_API_KEY: process.env.RESEND_API_KEY ?? "re_bench_sends_nothing",
    RESEND_BASE_URL: process.env.RESEND_API_KEY ? process.env.RESEND_BASE_URL : "http://127.0.0.1:9",
    // The seed and the server must share the key ring that seals the demo admin's TOTP secret.
    MFA_ENCRYPTION_KEYS: process.env.MFA_ENCRYPTION_KEYS ?? `bench:${randomBytes(32).toString("base64")}`,
    ...(dataDir ? { PGLITE_DATA_DIR: path.join(dataDir, "db"), MARQUEE_EMBEDDED_DB: "1" } : {}),
  };
  // Production never seeds by itself: the throw-away embedded database gets the demo data first.
  if (dataDir) execFileSync("npx", ["tsx", "scripts/db-seed.ts", "--with-public-demo-accounts"], { env: serverEnv, stdio: "ignore" });
  const server = spawn("npx", ["next", "start", "-p", String(port)], {
    detached: true,
    stdio: ["ignore", "ignore", "inherit"],
    env: serverEnv,
  });
  const pgid = server.pid ?? 0;
  const stop = () => {
    try {
      process.kill(-pgid, "SIGTERM");
    } catch {
      // already gone
    }
  };
  process.on("SIGINT", () => {
    stop();
    process.exit(130);
  });
  try {
    const startedAt = performance.now();
    await waitForHealth(base);
    console.info(`server ready in ${((performance.now() - startedAt) / 1000).toFixed(1)} s on ${base} (${dataDir ? "fresh PGlite" : "DATABASE_URL"})`);
    const listing = await (await fetch(`${base}/movies`)).text();
    const slug = /href="\/movies\/([a-z0-9-]+)"/.exec(listing)?.[1];
    if (!slug) throw new Error("no movie found on /movies");
    const paths = ["/", "/movies", `/movies/${slug}`];
    console.info(`\nlatency in ms (${SEQUENTIAL} sequential; ${CONCURRENT_ROUNDS} rounds of ${CONCURRENCY} concurrent)`);
    console.info("path".padEnd(34), "seq p50", "seq p95", "conc p50", "conc p95", "req/s");
    for (const p of paths) {
      const result = await measure(`${base}${p}`);
      console.info(
        p.padEnd(34),
        result.sequential.p50.toFixed(0).padStart(7),
        result.sequential.p95.toFixed(0).padStart(7),
        result.concurrent.p50.toFixed(0).padStart(8),
        result.concurrent.p95.toFixed(0).padStart(8),
        result.concurrent.rps.toFixed(1).padStart(5),
      );
    }
    console.info(`\nserver RSS after the load: ${groupRssMb(pgid)} MB (whole process group)`);
    if (process.env.BENCH_SKIP_LIGHTHOUSE !== "1") {
      console.info("\nLighthouse (mobile emulation, Debian Chromium):");
      for (const p of ["/", `/movies/${slug}`]) console.info(`  ${p}:`, lighthouse(`${base}${p}`));
    }
  } finally {
    stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

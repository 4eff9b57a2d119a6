/**
 * `npm run soak [-- --quick] [--seconds N] [--customers N]`: two production instances behind nginx
 * (deploy/nginx.conf) on one throw-away PostgreSQL database and one Redis (REDIS_URL, else the one on
 * 127.0.0.1:6379, under a key prefix of this run's own, deleted afterwards); mixed
 * traffic from virtual customers and an admin through the proxy for 3 minutes (`--quick`: 30 s); then
 * the database's invariants in SQL. Prints what it did and every violation; exits 1 on any.
 * Needs a production build (`npm run build`), PostgreSQL (TEST_DATABASE_URL, or 127.0.0.1:5432) and Redis.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { hash } from "@node-rs/argon2";
import { createClient } from "@redis/client";
import postgres from "postgres";
import { freePort, waitForReady } from "./bench/server";
import { startResendFake } from "../test/resend-fake";
import { productionServer } from "../test/production-server";
import { checkInvariants } from "./soak/invariants";
import { startProxy } from "./soak/proxy";
import { admin, customer, EDIT_VISIBLE_WITHIN_MS, newTally, readCatalogue } from "./soak/traffic";

const quick = process.argv.includes("--quick");
const option = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const SECONDS = option("seconds", quick ? 30 : 180);
const CUSTOMERS = option("customers", quick ? 12 : 40);
const SERVER = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const REDIS_KEY_PREFIX = `marquee-soak-${randomBytes(4).toString("hex")}:`;

async function forgetCache() {
  const redis = createClient({ url: REDIS_URL });
  await redis.connect();
  const keys = await redis.keys(`${REDIS_KEY_PREFIX}*`);
  if (keys.length > 0) await redis.del(keys);
  await redis.close();
}

function tsx(args: string[], env: NodeJS.ProcessEnv) {
  return execFileSync("npx", ["tsx", ...args], { env, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] }).trim();
}

function startInstance(port: number, env: NodeJS.ProcessEnv): ChildProcess {
  const server = productionServer(port);
  const child = spawn(server.command, server.args, { env: { ...env, ...server.env }, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  // JSON lines on stdout (lib/log/): warnings and errors are what a soak's reader needs to see.
  const relay = (chunk: Buffer) => {
    for (const line of chunk.toString().split("\n")) if (/"level":"(warn|error|fatal)"|^[^{]/.test(line) && line.trim()) process.stderr.write(`[instance :${port}] ${line}\n`);
  };
  child.stdout?.on("data", relay);
  child.stderr?.on("data", relay);
  return child;
}

async function main() {
  if (!existsSync(".next/standalone/.next/static")) throw new Error("no production build: run `npm run build` first");
  const mfaKeys = `soak:${randomBytes(32).toString("base64")}`;
  const baseEnv: NodeJS.ProcessEnv = { ...process.env, MFA_ENCRYPTION_KEYS: mfaKeys };
  const databaseUrl = tsx(["scripts/test-database.ts", "create", SERVER, "marquee_soak"], baseEnv);
  const sql = postgres(databaseUrl, { max: 4, onnotice: () => {} });
  const children: ChildProcess[] = [];
  let stopProxy = () => {};
  // Resend's stand-in takes the confirmation emails, so the instances' queues drain as in production.
  const mail = await startResendFake();
  try {
    tsx(["scripts/db-seed.ts", "--with-public-demo-accounts"], { ...baseEnv, DATABASE_URL: databaseUrl });
    const password = randomBytes(18).toString("base64url");
    const passwordHash = await hash(password);
    const accounts = Array.from({ length: CUSTOMERS }, (_, i) => ({ email: `soak-${i}@example.test`, password, ip: `10.77.${Math.floor(i / 250)}.${(i % 250) + 1}` }));
    await sql`insert into users ${sql(accounts.map((a, i) => ({ email: a.email, name: `Soak customer ${i}`, password_hash: passwordHash, email_verified: new Date() })))}`;

    const [proxyPort, ...instancePorts] = await Promise.all([freePort(), freePort(), freePort()]);
    const proxyBase = `http://127.0.0.1:${proxyPort}`;
    const instanceEnv: NodeJS.ProcessEnv = {
      ...baseEnv,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      APP_URL: proxyBase,
      AUTH_SECRET: `soak-${randomBytes(24).toString("base64url")}`,
      AUTH_TRUST_HOST: "true",
      TRUSTED_PROXY_HOPS: "2",
      REDIS_URL,
      REDIS_KEY_PREFIX,
      RESEND_API_KEY: "re_soak_recorded_locally",
      RESEND_BASE_URL: mail.url,
    };
    delete instanceEnv.MARQUEE_EMBEDDED_DB;
    for (const port of instancePorts) children.push(startInstance(port, instanceEnv));
    const instances = instancePorts.map((port) => `http://127.0.0.1:${port}`);
    await Promise.all(instances.map((base) => waitForReady(base)));
    stopProxy = startProxy(proxyPort, instancePorts).stop;
    await waitForReady(proxyBase, 30_000);

    const catalogue = await readCatalogue(proxyBase);
    const tally = newTally();
    const until = Date.now() + SECONDS * 1000;
    console.log(`soak: ${CUSTOMERS} customers and an admin for ${SECONDS} s through nginx to ${instances.join(" and ")}, cache on Redis`);
    await Promise.all([admin(proxyBase, instances, tally, catalogue, until), ...accounts.map((account) => customer(proxyBase, tally, catalogue, account, until))]);

    const problems = [...tally.violations, ...(await checkInvariants(sql, tally.ordersSeen))];
    console.log("\nsoak: what happened (outcome, HTTP status: count)");
    for (const [what, n] of [...tally.counts].sort()) console.log(`  ${what.padEnd(24)} ${n}`);
    const latencies = tally.editLatenciesMs.sort((a, b) => a - b);
    console.log(`  orders placed            ${tally.ordersSeen.size}`);
    console.log(`  emails sent              ${mail.sent.length}`);
    console.log(`  rename seen everywhere   ${latencies.length} times, slowest ${latencies.at(-1) ?? "-"} ms (limit ${EDIT_VISIBLE_WITHIN_MS} ms)`);
    if (problems.length > 0) {
      console.error(`\nsoak: ${problems.length} violation(s):`);
      for (const problem of problems.slice(0, 30)) console.error(`  ✗ ${problem}`);
      process.exitCode = 1;
    } else {
      console.log("\nsoak: every invariant held, no 5xx");
    }
  } finally {
    stopProxy();
    for (const child of children) if (child.pid) process.kill(-child.pid, "SIGTERM");
    await Promise.all(children.map((child) => new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once("exit", resolve)))));
    await sql.end();
    await mail.close();
    await forgetCache();
    tsx(["scripts/test-database.ts", "drop", databaseUrl], baseEnv);
  }
}

main().catch((error: unknown) => {
  console.error(`soak: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

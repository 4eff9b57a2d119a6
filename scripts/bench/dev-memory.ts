import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort, groupRssMb, waitForReady } from "./server";

export type DevMemoryResult = { afterFirstPagesMb: number; idleMb: number; idleServerMb: number; idleSeconds: number; warmCache: boolean };

// Turbopack's persistent cache from an earlier `next dev`: restored into memory at start, and with
// nothing new to write it is never evicted, so a warm start idles higher than a first one (ADR 015).
const TURBOPACK_CACHE = ".next/dev/cache/turbopack";

const isNextServer = (commandLine: string) => commandLine.startsWith("next-server");

/**
 * Point 6: `npm run dev` on the embedded default — a fresh PGlite folder, migrated and seeded by the
 * dev server itself — loads its first pages, then idles. RSS of the whole process group (npx → next →
 * next-server, and Turbopack's PostCSS worker) right after the pages and again after the idle time, when
 * Turbopack has written its cache to disk and let go of the in-memory copy (next.config.ts); the target
 * is judged on the whole group, and next-server alone is shown beside it.
 */
export async function measureDevMemory(idleSeconds = 45): Promise<DevMemoryResult> {
  const warmCache = existsSync(TURBOPACK_CACHE);
  const port = await freePort();
  const base = `http://localhost:${port}`;
  const dataDir = mkdtempSync(path.join(tmpdir(), "marquee-dev-"));
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "development", PGLITE_DATA_DIR: path.join(dataDir, "db") };
  delete env.DATABASE_URL;
  delete env.MARQUEE_EMBEDDED_DB;
  const child = spawn("npx", ["next", "dev", "-p", String(port)], { detached: true, stdio: "ignore", env });
  const pgid = child.pid ?? 0;
  try {
    await waitForReady(base);
    for (const page of ["/", "/movies"]) await (await fetch(`${base}${page}`)).text();
    const afterFirstPagesMb = groupRssMb(pgid);
    await new Promise((resolve) => setTimeout(resolve, idleSeconds * 1000));
    return { afterFirstPagesMb, idleMb: groupRssMb(pgid), idleServerMb: groupRssMb(pgid, isNextServer), idleSeconds, warmCache };
  } finally {
    try {
      process.kill(-pgid, "SIGTERM");
    } catch {
      // already gone
    }
    // The dev server releases the folder's lock as it exits.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

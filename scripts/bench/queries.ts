import { readFileSync } from "node:fs";
import { startBenchServer } from "./server";

export type QueryCount = { point: string; path: string; cold: number; warm: number };

const MARKER = "[db-query]";

function loggedQueries(logPath: string) {
  return readFileSync(logPath, "utf8").split(MARKER).length - 1;
}

async function queriesFor(base: string, logPath: string, path: string) {
  const before = loggedQueries(logPath);
  await (await fetch(`${base}${path}`)).arrayBuffer();
  // stdout reaches the log file asynchronously.
  await new Promise((resolve) => setTimeout(resolve, 150));
  return loggedQueries(logPath) - before;
}

/**
 * Point 5's "no query per row": database queries per request, one request at a time, on a server that
 * logs a line per query (MARQUEE_LOG_QUERIES). Cold is a path's first request; warm the fewest of the
 * next three, once caches hold what they may. A count that grows with the rows on a page is the bug.
 */
export async function countQueries(paths: { point: string; path: string }[]): Promise<QueryCount[]> {
  const server = await startBenchServer({ logQueries: true });
  try {
    const counts: QueryCount[] = [];
    for (const { point, path } of paths) {
      const cold = await queriesFor(server.base, server.logPath, path);
      const warm = [];
      for (let attempt = 0; attempt < 3; attempt++) warm.push(await queriesFor(server.base, server.logPath, path));
      counts.push({ point, path, cold, warm: Math.min(...warm) });
    }
    return counts;
  } finally {
    server.stop();
  }
}

import autocannon from "autocannon";

export type Load = { rps: number; p50: number; p99: number; failures: number };

/** What a browser sends: the server compresses its answer (Next compresses with gzip). */
export const BROWSER_ENCODING = { "accept-encoding": "gzip, deflate, br, zstd" };

/**
 * Requests/s and latency of one URL under `connections` concurrent clients for `seconds`; without
 * `headers` the answers come uncompressed.
 */
export async function load(
  url: string,
  { connections, seconds, headers = {} }: { connections: number; seconds: number; headers?: Record<string, string> },
): Promise<Load> {
  // Warm-up: the first requests compile routes and fill caches; they are not what is measured.
  await autocannon({ url, connections: 4, amount: 20, headers });
  const result = await autocannon({ url, connections, duration: seconds, headers });
  return {
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures: result.non2xx + result.errors,
  };
}

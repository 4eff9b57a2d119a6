import autocannon from "autocannon";

export type Load = { rps: number; p50: number; p99: number; failures: number };

/** Requests/s and latency of one URL under `connections` concurrent clients for `seconds`. */
export async function load(url: string, { connections, seconds }: { connections: number; seconds: number }): Promise<Load> {
  // Warm-up: the first requests compile routes and fill caches; they are not what is measured.
  await autocannon({ url, connections: 4, amount: 20 });
  const result = await autocannon({ url, connections, duration: seconds });
  return {
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures: result.non2xx + result.errors,
  };
}

import { listAuditLog, auditLogQuerySchema } from "@/lib/admin/audit-log";
import { parseListParams } from "@/lib/admin/list-query";
import { listUsers } from "@/lib/auth/user-admin";
import { listMovies, movieSorts } from "@/lib/catalog/admin-queries";
import { searchOrders } from "@/lib/orders/admin-queries";
import { adminOrderSearchSchema } from "@/lib/orders/schemas";

/**
 * Run by bench/admin-lists.ts in its own Node process (the react-server condition lets it import the
 * server-only query modules): times the admin lists' own functions on DATABASE_URL and prints JSON.
 */
const movieParams = (params: Record<string, string>) => parseListParams(params, { sorts: movieSorts, defaultSort: "title" });

const cases: { list: string; query: string; run: () => Promise<unknown> }[] = [
  { list: "movies", query: "first page", run: () => listMovies(movieParams({})) },
  { list: "movies", query: 'search "the"', run: () => listMovies(movieParams({ q: "the" })) },
  { list: "movies", query: "page 15", run: () => listMovies(movieParams({ page: "15" })) },
  { list: "orders", query: "first page", run: () => searchOrders(adminOrderSearchSchema.parse({})) },
  { list: "orders", query: 'email "customer-123"', run: () => searchOrders(adminOrderSearchSchema.parse({ email: "customer-123" })) },
  { list: "orders", query: 'number "SC-0012"', run: () => searchOrders(adminOrderSearchSchema.parse({ number: "SC-0012" })) },
  { list: "orders", query: "page 5,000", run: () => searchOrders(adminOrderSearchSchema.parse({ page: 5000 })) },
  { list: "users", query: "first page", run: () => listUsers({ page: 1 }) },
  { list: "users", query: 'search "customer-42"', run: () => listUsers({ query: "customer-42" }) },
  { list: "users", query: "page 500", run: () => listUsers({ page: 500 }) },
  { list: "audit log", query: "first page", run: () => listAuditLog(auditLogQuerySchema.parse({})) },
];

async function median(run: () => Promise<unknown>) {
  await run();
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return Math.round(times.sort((a, b) => a - b)[2]);
}

async function main() {
  const results = [];
  for (const { list, query, run } of cases) results.push({ list, query, ms: await median(run) });
  console.log(JSON.stringify(results));
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

/** What the seat map shows while its server part loads (both its routes). */
export function SeatMapLoading() {
  return (
    <div role="status" className="flex flex-col gap-4">
      <span className="sr-only">Loading the seat map…</span>
      <div className="h-4 w-32 animate-pulse rounded bg-zinc-200" />
      <div className="h-8 w-64 animate-pulse rounded bg-zinc-200" />
      <div className="h-4 w-56 animate-pulse rounded bg-zinc-200" />
      <div className="h-80 animate-pulse rounded-xl bg-zinc-100" />
    </div>
  );
}

/** Shown while an admin page reads the database; the nav stays in place around it. */
export default function AdminLoading() {
  return (
    <div role="status" className="flex flex-col gap-3" aria-live="polite">
      <span className="sr-only">Loading…</span>
      <div className="h-8 w-48 animate-pulse rounded bg-zinc-200" />
      <div className="h-16 animate-pulse rounded-lg bg-zinc-100" />
      <div className="h-64 animate-pulse rounded-lg bg-zinc-100" />
    </div>
  );
}

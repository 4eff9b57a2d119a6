export default function CartLoading() {
  return (
    <div role="status" className="flex flex-col gap-4">
      <span className="sr-only">Loading your cart…</span>
      <div className="h-8 w-40 animate-pulse rounded bg-zinc-200" />
      <div className="flex flex-col gap-3 rounded-xl border border-zinc-200 bg-white p-4">
        <div className="h-5 w-56 animate-pulse rounded bg-zinc-200" />
        {Array.from({ length: 3 }, (_, i) => (
          <div key={i} className="h-12 animate-pulse rounded bg-zinc-100" />
        ))}
      </div>
    </div>
  );
}

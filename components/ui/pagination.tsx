import Link from "next/link";

/** Previous/next links with the position; `hrefFor` keeps the rest of the list's URL state. */
export function Pagination({
  page,
  pageCount,
  total,
  hrefFor,
}: {
  page: number;
  pageCount: number;
  total: number;
  hrefFor: (page: number) => string;
}) {
  const linkClass = "rounded-md border border-zinc-300 bg-white px-3 py-2 font-medium hover:bg-zinc-100";
  const disabledClass = "rounded-md border border-zinc-200 px-3 py-2 text-zinc-400";
  return (
    <nav aria-label="Pagination" className="flex flex-wrap items-center justify-between gap-3 text-sm">
      <p className="text-zinc-600">
        Page {page} of {pageCount} · {total.toLocaleString("en-GB")} {total === 1 ? "result" : "results"}
      </p>
      <div className="flex gap-2">
        {page > 1 ? (
          <Link className={linkClass} href={hrefFor(page - 1)} rel="prev">
            Previous
          </Link>
        ) : (
          <span className={disabledClass} aria-disabled="true">
            Previous
          </span>
        )}
        {page < pageCount ? (
          <Link className={linkClass} href={hrefFor(page + 1)} rel="next">
            Next
          </Link>
        ) : (
          <span className={disabledClass} aria-disabled="true">
            Next
          </span>
        )}
      </div>
    </nav>
  );
}

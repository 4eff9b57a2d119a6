import Link from "next/link";
import type { ReactNode } from "react";
import type { ListParams } from "@/lib/admin/list-query";

/**
 * The search and filter bar of an admin list: a plain GET form, so the state lands in the URL and
 * works before any JavaScript loads. Changing it starts again at page 1.
 */
export function ListToolbar({
  path,
  params,
  searchLabel,
  children,
}: {
  path: string;
  params: ListParams<string>;
  /** Without it the bar has filters only. */
  searchLabel?: string;
  children?: ReactNode;
}) {
  return (
    <form method="get" action={path} role="search" className="flex flex-wrap items-end gap-3 rounded-lg border border-zinc-200 bg-white p-3">
      {searchLabel ? (
      <div className="flex min-w-48 flex-1 flex-col gap-1">
        <label htmlFor="list-search" className="text-sm font-medium text-zinc-800">
          {searchLabel}
        </label>
        <input
          id="list-search"
          type="search"
          name="q"
          defaultValue={params.q}
          maxLength={100}
          className="min-h-10 rounded-md border border-zinc-300 bg-white px-3 py-2 text-base shadow-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30"
        />
      </div>
      ) : null}
      {children}
      <input type="hidden" name="sort" value={params.sort} />
      <input type="hidden" name="dir" value={params.dir} />
      <div className="flex gap-2">
        <button type="submit" className="min-h-10 rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">
          Apply
        </button>
        <Link href={path} className="min-h-10 rounded-md px-3 py-2 text-sm font-medium text-zinc-700 hover:bg-zinc-100">
          Reset
        </Link>
      </div>
    </form>
  );
}

/** A filter select inside ListToolbar. */
export function FilterSelect({
  name,
  label,
  value,
  options,
  anyLabel = "Any",
}: {
  name: string;
  label: string;
  value: string | undefined;
  options: { value: string; label: string }[];
  anyLabel?: string;
}) {
  const id = `filter-${name}`;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-zinc-800">
        {label}
      </label>
      <select
        id={id}
        name={name}
        defaultValue={value ?? ""}
        className="min-h-10 max-w-56 rounded-md border border-zinc-300 bg-white px-3 py-2 text-base shadow-sm"
      >
        <option value="">{anyLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

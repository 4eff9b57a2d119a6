import Link from "next/link";
import { Th } from "@/components/ui/table";
import { listHref, type ListParams } from "@/lib/admin/list-query";

/** A column header that sorts the list by it; a second click reverses the order. */
export function SortHeader({
  path,
  params,
  column,
  label,
  className,
}: {
  path: string;
  params: ListParams<string>;
  column: string;
  label: string;
  className?: string;
}) {
  const active = params.sort === column;
  const nextDir = active && params.dir === "asc" ? "desc" : "asc";
  return (
    <Th aria-sort={active ? (params.dir === "asc" ? "ascending" : "descending") : undefined} className={className}>
      <Link href={listHref(path, params, { sort: column, dir: nextDir })} className="inline-flex items-center gap-1 hover:text-zinc-900">
        {label}
        <span aria-hidden="true">{active ? (params.dir === "asc" ? "▲" : "▼") : "↕"}</span>
      </Link>
    </Th>
  );
}

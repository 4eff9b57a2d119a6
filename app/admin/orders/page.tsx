import type { Metadata } from "next";
import Link from "next/link";
import { requireAdminPage } from "@/lib/auth/dal";
import { searchOrders } from "@/lib/orders/admin-queries";
import { adminOrderSearchSchema, type AdminOrderSearch } from "@/lib/orders/schemas";
import { formatMoney } from "@/lib/money";
import { formatShowDateTime } from "@/lib/time/format";
import { buttonClasses } from "@/components/ui/button";
import { AdminOrderFilters } from "@/components/orders/admin-order-filters";
import { OrderStatusBadge, PaymentStatusBadge } from "@/components/orders/order-status-badge";

export const metadata: Metadata = { title: "Orders", robots: { index: false } };

function pageHref(filters: AdminOrderSearch, page: number) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filters, page })) {
    if (value !== undefined && value !== "" && !(key === "page" && value === 1)) params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `/admin/orders?${query}` : "/admin/orders";
}

export default async function AdminOrdersPage({ searchParams }: PageProps<"/admin/orders">) {
  await requireAdminPage("/admin/orders");
  const raw = await searchParams;
  const filters = adminOrderSearchSchema.parse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v || undefined])));
  const { rows, total, pageCount } = await searchOrders(filters);
  return (
    <div className="flex flex-col gap-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold tracking-tight">Orders</h1>
        <Link href="/box-office/check-in" className={buttonClasses("primary")}>
          Ticket check-in
        </Link>
      </div>
      <AdminOrderFilters filters={filters} />
      <p className="text-sm text-zinc-600" role="status">
        {total === 0 ? "No orders match." : `${total} order${total === 1 ? "" : "s"}${pageCount > 1 ? ` · page ${filters.page} of ${pageCount}` : ""}`}
      </p>
      {rows.length > 0 ? (
        <ul className="flex flex-col gap-2 sm:hidden">
          {rows.map((row) => (
            <li key={row.id}>
              <Link href={`/admin/orders/${row.number}`} className="flex flex-col gap-1 rounded-xl border border-zinc-200 bg-white p-3 shadow-sm">
                <span className="flex items-center justify-between gap-2">
                  <span className="font-mono font-semibold text-brand-700">{row.number}</span>
                  <span className="font-semibold tabular-nums">{formatMoney(row.totalMinor, row.currency)}</span>
                </span>
                <span className="text-sm">{row.summary?.movieTitles.join(", ")}</span>
                <span className="text-xs text-zinc-500">
                  {row.summary?.firstStartsAt && row.summary.timeZone ? formatShowDateTime(row.summary.firstStartsAt, row.summary.timeZone) : ""}
                </span>
                <span className="truncate text-xs text-zinc-600">{row.email}</span>
                <span className="flex flex-wrap gap-1">
                  <OrderStatusBadge status={row.status} />
                  <PaymentStatusBadge status={row.paymentStatus} orderStatus={row.status} />
                </span>
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      {rows.length > 0 ? (
        <div className="hidden overflow-x-auto rounded-xl border border-zinc-200 bg-white shadow-sm sm:block">
          <table className="w-full min-w-[44rem] text-left text-sm">
            <caption className="sr-only">Orders, newest first</caption>
            <thead className="border-b border-zinc-200 bg-zinc-50 text-xs uppercase tracking-wide text-zinc-600">
              <tr>
                <th scope="col" className="px-4 py-2">Order</th>
                <th scope="col" className="px-4 py-2">Customer</th>
                <th scope="col" className="px-4 py-2">Showtime</th>
                <th scope="col" className="px-4 py-2 text-right">Total</th>
                <th scope="col" className="px-4 py-2">Status</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-100">
              {rows.map((row) => (
                <tr key={row.id} className="hover:bg-zinc-50">
                  <td className="whitespace-nowrap px-4 py-2 font-mono">
                    <Link href={`/admin/orders/${row.number}`} className="font-semibold text-brand-700 hover:underline">
                      {row.number}
                    </Link>
                  </td>
                  <td className="px-4 py-2">
                    <div>{row.name}</div>
                    <div className="text-xs text-zinc-500">{row.email}</div>
                  </td>
                  <td className="px-4 py-2">
                    <div>{row.summary?.movieTitles.join(", ")}</div>
                    <div className="text-xs text-zinc-500">
                      {row.summary?.firstStartsAt && row.summary.timeZone ? formatShowDateTime(row.summary.firstStartsAt, row.summary.timeZone) : ""}
                      {row.summary ? ` · ${row.summary.ticketCount} ticket${row.summary.ticketCount === 1 ? "" : "s"}` : ""}
                    </div>
                  </td>
                  <td className="px-4 py-2 text-right tabular-nums">{formatMoney(row.totalMinor, row.currency)}</td>
                  <td className="px-4 py-2">
                    <span className="flex flex-wrap gap-1">
                      <OrderStatusBadge status={row.status} />
                      <PaymentStatusBadge status={row.paymentStatus} orderStatus={row.status} />
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {pageCount > 1 ? (
        <nav aria-label="Pages" className="flex items-center justify-between gap-2">
          {filters.page > 1 ? (
            <Link href={pageHref(filters, filters.page - 1)} className={buttonClasses("secondary")}>
              Previous page
            </Link>
          ) : (
            <span />
          )}
          {filters.page < pageCount ? (
            <Link href={pageHref(filters, filters.page + 1)} className={buttonClasses("secondary")}>
              Next page
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}

import Link from "next/link";
import type { AdminOrderSearch } from "@/lib/orders/schemas";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";

/** A plain GET form: the filters live in the URL, so a search can be shared, reloaded and paged. */
export function AdminOrderFilters({ filters }: { filters: AdminOrderSearch }) {
  return (
    <form method="get" action="/admin/orders" role="search" aria-label="Search orders" className="grid grid-cols-2 gap-3 rounded-xl border border-zinc-200 bg-white p-4 shadow-sm lg:grid-cols-4">
      <Field label="Order number" name="number" defaultValue={filters.number ?? ""} placeholder="MQ-…" autoComplete="off" />
      <Field label="Showtime date" name="date" type="date" defaultValue={filters.date ?? ""} />
      <Field label="Customer email" name="email" type="search" defaultValue={filters.email ?? ""} autoComplete="off" className="col-span-2 lg:col-span-1" />
      <Field label="Movie" name="movie" type="search" defaultValue={filters.movie ?? ""} className="col-span-2 lg:col-span-1" />
      <Select label="Order status" name="status" defaultValue={filters.status ?? ""}>
        <option value="">Any</option>
        <option value="pending_payment">Awaiting card payment</option>
        <option value="confirmed">Confirmed</option>
        <option value="cancelled">Cancelled</option>
      </Select>
      <Select label="Payment" name="payment" defaultValue={filters.payment ?? ""}>
        <option value="">Any</option>
        <option value="unpaid">Unpaid (pay at the cinema)</option>
        <option value="paid">Paid</option>
        <option value="refund_due">Refund due</option>
        <option value="refunded">Refunded</option>
      </Select>
      {filters.showtime ? <input type="hidden" name="showtime" value={filters.showtime} /> : null}
      <div className="col-span-2 flex items-end gap-2">
        <Button type="submit">Search</Button>
        <Link href="/admin/orders" className="rounded-md px-3 py-2 text-sm font-medium text-zinc-700 hover:bg-zinc-100">
          Clear
        </Link>
        {filters.showtime ? <span className="text-sm text-zinc-600">Filtered to one showtime</span> : null}
      </div>
    </form>
  );
}

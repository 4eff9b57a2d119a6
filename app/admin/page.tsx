import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/admin/page-header";
import { SalesChart } from "@/components/admin/sales-chart";
import { requireAdminPage } from "@/lib/auth/dal";
import { DASHBOARD_TIME_ZONE, getDashboard } from "@/lib/admin/dashboard";
import { formatMoney } from "@/lib/money";
import { formatShowDay, formatShowTime } from "@/lib/time/format";

export const metadata: Metadata = { title: "Dashboard", robots: { index: false } };

function Kpi({ label, value, detail }: { label: string; value: string; detail?: string }) {
  return (
    <div className="rounded-lg border border-zinc-200 bg-white p-4">
      <dt className="text-sm font-medium text-zinc-600">{label}</dt>
      <dd className="mt-1 text-2xl font-bold tracking-tight">{value}</dd>
      {detail ? <dd className="text-xs text-zinc-500">{detail}</dd> : null}
    </div>
  );
}

const tickets = (n: number) => `${n} ${n === 1 ? "ticket" : "tickets"}`;

export default async function AdminDashboardPage() {
  await requireAdminPage();
  const dashboard = await getDashboard();
  const main = dashboard.totals[0] ?? {
    currency: "GBP",
    ticketsToday: 0,
    revenueToday: 0,
    tickets30: 0,
    revenue30: 0,
    paidTickets30: 0,
    paidRevenue30: 0,
    unpaidTickets30: 0,
    unpaidRevenue30: 0,
    refunded30: 0,
  };
  const others = dashboard.totals.slice(1);
  const count = (pick: "paidTickets30" | "unpaidTickets30") => dashboard.totals.reduce((s, t) => s + t[pick], 0);
  const revenue = (pick: "revenueToday" | "revenue30" | "paidRevenue30" | "unpaidRevenue30" | "refunded30") =>
    [formatMoney(main[pick], main.currency), ...others.map((t) => formatMoney(t[pick], t.currency))].join(" + ");
  return (
    <div className="flex flex-col gap-8">
      <PageHeader title="Dashboard" description={`Sales include booking fees and leave out cancelled tickets. Days run in ${DASHBOARD_TIME_ZONE} time.`} />
      <dl className="grid grid-cols-2 gap-3 lg:grid-cols-3">
        <Kpi label="Tickets today" value={String(dashboard.totals.reduce((s, t) => s + t.ticketsToday, 0))} />
        <Kpi label="Revenue today" value={revenue("revenueToday")} />
        <Kpi label="Tickets, 30 days" value={String(dashboard.totals.reduce((s, t) => s + t.tickets30, 0))} />
        <Kpi label="Revenue, 30 days" value={revenue("revenue30")} />
        <Kpi label="Paid, 30 days" value={revenue("paidRevenue30")} detail={`${tickets(count("paidTickets30"))}, online or at the box office`} />
        <Kpi label="Unpaid reservations, 30 days" value={revenue("unpaidRevenue30")} detail={`${tickets(count("unpaidTickets30"))} to pay at the cinema`} />
        <Kpi label="Refunds, 30 days" value={revenue("refunded30")} detail="To cards, and recorded by hand" />
      </dl>
      <section aria-labelledby="sales" className="flex flex-col gap-2">
        <h2 id="sales" className="text-lg font-semibold">Sales</h2>
        <SalesChart data={dashboard.daily} />
      </section>
      <div className="grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="top" className="flex flex-col gap-2">
          <h2 id="top" className="text-lg font-semibold">Top movies, last 30 days</h2>
          {dashboard.topMovies.length === 0 ? (
            <p className="text-zinc-600">No tickets sold in the last 30 days.</p>
          ) : (
            <ol className="flex flex-col gap-1">
              {dashboard.topMovies.map((m, i) => (
                <li key={m.id} className="flex justify-between gap-2 rounded-md bg-white px-3 py-2 text-sm ring-1 ring-zinc-200">
                  <Link href={`/admin/movies/${m.id}`} className="font-medium text-brand-700 hover:underline">{i + 1}. {m.title}</Link>
                  <span className="whitespace-nowrap text-zinc-700">{m.tickets} tickets</span>
                </li>
              ))}
            </ol>
          )}
        </section>
        <section aria-labelledby="sold-out" className="flex flex-col gap-2">
          <h2 id="sold-out" className="text-lg font-semibold">Upcoming sold-out showtimes</h2>
          {dashboard.soldOut.length === 0 ? (
            <p className="text-zinc-600">None sold out yet.</p>
          ) : (
            <ul className="flex flex-col gap-1 text-sm">
              {dashboard.soldOut.map((s) => (
                <li key={s.id}>
                  <Link href={`/admin/showtimes/${s.id}`} className="font-medium text-brand-700 hover:underline">
                    {formatShowDay(s.startsAt, s.timeZone)} {formatShowTime(s.startsAt, s.timeZone)}
                  </Link>{" "}
                  {s.title} · {s.cinema}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <section aria-labelledby="occupancy" className="flex flex-col gap-2">
        <h2 id="occupancy" className="text-lg font-semibold">Occupancy of the next showtimes</h2>
        {dashboard.upcoming.length === 0 ? (
          <p className="text-zinc-600">Nothing scheduled.</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {dashboard.upcoming.map((s) => {
              const percent = s.capacity ? Math.round((s.sold / s.capacity) * 100) : 0;
              return (
                <li key={s.id} className="flex flex-col gap-1 rounded-md bg-white p-3 text-sm ring-1 ring-zinc-200 sm:flex-row sm:items-center sm:gap-4">
                  <div className="min-w-0 flex-1">
                    <Link href={`/admin/showtimes/${s.id}`} className="font-medium text-brand-700 hover:underline">
                      {formatShowDay(s.startsAt, s.timeZone)} {formatShowTime(s.startsAt, s.timeZone)} · {s.title}
                    </Link>
                    <p className="truncate text-zinc-600">{s.cinema} · {s.screen}</p>
                  </div>
                  <div className="flex items-center gap-2 sm:w-64">
                    <meter min={0} max={Math.max(s.capacity, 1)} value={s.sold} className="h-3 flex-1" aria-label={`Occupancy ${percent}%`} />
                    <span className="w-24 text-right whitespace-nowrap text-zinc-700">{s.sold}/{s.capacity} ({percent}%)</span>
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
  );
}

import { formatMoney } from "@/lib/money";
import { formatShowDateTime, formatShowTime } from "@/lib/time/format";
import type { CheckoutSummary } from "@/lib/orders/queries";
import { seatLabel } from "@/lib/venues/seat-label";

type Item = CheckoutSummary["items"][number];

/** The cart's seats grouped by showtime, each with its ticket type and server-computed price. */
export function CheckoutItems({ items, currency }: { items: Item[]; currency: string }) {
  const groups = new Map<string, Item[]>();
  for (const item of items) groups.set(item.showtimeId, [...(groups.get(item.showtimeId) ?? []), item]);
  return (
    <div className="flex flex-col gap-4">
      {[...groups.values()].map((group) => {
        const first = group[0];
        const heldUntil = group.reduce<Date | null>((min, i) => (i.heldUntil && (!min || i.heldUntil < min) ? i.heldUntil : min), null);
        return (
          <section key={first.showtimeId} aria-label={`${first.movieTitle}, ${formatShowDateTime(first.startsAt, first.timeZone)}`} className="rounded-xl border border-zinc-200 bg-white shadow-sm">
            <header className="border-b border-zinc-100 px-5 py-4">
              <h2 className="text-lg font-semibold">{first.movieTitle}</h2>
              <p className="text-sm text-zinc-700">{formatShowDateTime(first.startsAt, first.timeZone)}</p>
              <p className="text-sm text-zinc-600">
                {first.cinemaName} · {first.screenName}
                {first.formatName !== "2D" ? ` · ${first.formatName}` : ""}
              </p>
              {heldUntil ? (
                <p className="mt-1 text-xs text-zinc-500">Held for you until {formatShowTime(heldUntil, first.timeZone)}</p>
              ) : null}
            </header>
            <ul className="divide-y divide-zinc-100">
              {group.map((item) => (
                <li key={item.key} className="flex items-center justify-between gap-4 px-5 py-3">
                  <div>
                    <p className="font-medium">
                      {seatLabel(item.rowLabel, item.seatNumber)}
                    </p>
                    <p className="text-sm text-zinc-600">{item.ticketTypeName}</p>
                  </div>
                  <div className="text-right text-sm tabular-nums">
                    <p className="font-medium">{formatMoney(item.priceMinor, currency)}</p>
                    {item.bookingFeeMinor > 0 ? (
                      <p className="text-zinc-500">+ {formatMoney(item.bookingFeeMinor, currency)} fee</p>
                    ) : null}
                  </div>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

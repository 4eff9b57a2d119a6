import type { Metadata } from "next";
import Link from "next/link";
import { RemoveSeatButton, TicketTypeControl } from "@/components/booking/cart-seat-controls";
import { EmptyCartButton } from "@/components/booking/empty-cart-button";
import { HoldCountdown } from "@/components/booking/hold-countdown";
import { ShowtimeSummary } from "@/components/booking/showtime-summary";
import { SeatKindBadge } from "@/components/booking/seat-kind-badge";
import { buttonClasses } from "@/components/ui/button";
import { requireUser } from "@/lib/auth/dal";
import { listCart, type CartShowtime } from "@/lib/booking/cart";
import { now } from "@/lib/clock";
import { formatMoney } from "@/lib/money";
import { seatLabel } from "@/lib/venues/seat-label";

export const metadata: Metadata = { title: "Your cart" };

export default async function CartPage() {
  const user = await requireUser("/cart");
  const cart = await listCart(user.id);
  const serverNow = now().toISOString();

  if (cart.showtimes.length === 0) {
    return (
      <div className="mx-auto flex max-w-xl flex-col items-center gap-4 py-10 text-center">
        <h1 className="text-2xl font-bold tracking-tight">Your cart is empty</h1>
        <p className="text-zinc-600">Pick a showtime and choose your seats: we hold them here for you while you decide.</p>
        <Link href="/movies" className={buttonClasses("primary")}>
          Find a film
        </Link>
      </div>
    );
  }

  const earliest = cart.showtimes.reduce((min, g) => (g.heldUntil < min ? g.heldUntil : min), cart.showtimes[0].heldUntil);
  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Your cart</h1>
          <p className="mt-1 text-sm text-zinc-600">
            {cart.seatCount} {cart.seatCount === 1 ? "seat" : "seats"} held for you.{" "}
            <HoldCountdown heldUntil={earliest.toISOString()} serverNow={serverNow} label="First hold ends in" />
          </p>
        </div>
        <EmptyCartButton />
      </header>

      <div className="flex flex-col gap-6 lg:grid lg:grid-cols-[minmax(0,1fr)_20rem] lg:items-start">
        <div className="flex flex-col gap-5">
          {cart.showtimes.map((group) => (
            <ShowtimeGroup key={group.showtimeId} group={group} serverNow={serverNow} />
          ))}
        </div>
        <aside aria-labelledby="cart-total-heading" className="flex flex-col gap-3 rounded-xl border border-zinc-200 bg-white p-4 shadow-sm lg:sticky lg:top-4">
          <h2 id="cart-total-heading" className="text-lg font-bold">
            Order summary
          </h2>
          {cart.totals.map((total) => (
            <dl key={total.currency} className="flex flex-col gap-1 text-sm">
              <div className="flex justify-between">
                <dt className="text-zinc-600">Tickets</dt>
                <dd className="tabular-nums">{formatMoney(total.subtotalMinor, total.currency)}</dd>
              </div>
              <div className="flex justify-between">
                <dt className="text-zinc-600">Booking fee</dt>
                <dd className="tabular-nums">{formatMoney(total.bookingFeeMinor, total.currency)}</dd>
              </div>
              <div className="mt-1 flex justify-between border-t border-zinc-200 pt-2 text-base font-bold">
                <dt>Total</dt>
                <dd className="tabular-nums" data-testid="cart-total">
                  {formatMoney(total.totalMinor, total.currency)}
                </dd>
              </div>
            </dl>
          ))}
          <Link href="/checkout" className={buttonClasses("primary", "w-full text-base")}>
            Checkout
          </Link>
          <p className="text-xs text-zinc-500">Seats not checked out before their hold ends go back on sale.</p>
        </aside>
      </div>
    </div>
  );
}

function ShowtimeGroup({ group, serverNow }: { group: CartShowtime; serverNow: string }) {
  const headingId = `cart-${group.showtimeId}`;
  return (
    <section aria-labelledby={headingId} className="overflow-hidden rounded-xl border border-zinc-200 bg-white shadow-sm">
      <div className="flex flex-col gap-2 border-b border-zinc-100 bg-zinc-50/60 p-4">
        <h2 id={headingId} className="text-lg font-bold">
          <Link href={`/showtimes/${group.showtimeId}`} className="hover:underline">
            {group.movieTitle}
          </Link>
        </h2>
        <ShowtimeSummary
          startsAt={group.startsAt}
          timeZone={group.timeZone}
          cinemaName={group.cinemaName}
          screenName={group.screenName}
          formatName={group.formatName}
          movieLanguage={group.movieLanguage}
          noDiscounts={group.noDiscounts}
          showtime={group}
        />
      </div>
      <ul className="divide-y divide-zinc-100">
        {group.seats.map((seat) => {
          const seatName = seatLabel(seat.rowLabel, seat.number);
          return (
            <li key={seat.seatId} className="grid grid-cols-[1fr_auto] items-center gap-x-3 gap-y-2 p-4 sm:grid-cols-[minmax(0,1fr)_11rem_6rem_auto]">
              <div className="min-w-0">
                <p className="font-semibold">{seatName}</p>
                <p className="flex flex-wrap items-center gap-2 text-xs text-zinc-500">
                  <SeatKindBadge kind={seat.kind} />
                  <HoldCountdown heldUntil={seat.heldUntil.toISOString()} serverNow={serverNow} />
                </p>
              </div>
              <p className="text-right font-semibold tabular-nums sm:order-3">{formatMoney(seat.priceMinor, group.currency)}</p>
              <div className="sm:order-2">
                <TicketTypeControl
                  showtimeId={group.showtimeId}
                  seatId={seat.seatId}
                  seatName={seatName}
                  ticketTypeId={seat.ticketTypeId}
                  options={group.ticketTypes}
                />
              </div>
              <div className="sm:order-4">
                <RemoveSeatButton showtimeId={group.showtimeId} seatId={seat.seatId} seatName={seatName} />
              </div>
            </li>
          );
        })}
      </ul>
      <div className="flex flex-wrap items-center justify-between gap-3 border-t border-zinc-100 p-4">
        <Link href={`/showtimes/${group.showtimeId}`} className={buttonClasses("secondary")}>
          Add seats
        </Link>
        <p className="text-sm">
          <span className="text-zinc-600">Subtotal </span>
          <span className="font-semibold tabular-nums">{formatMoney(group.totalMinor, group.currency)}</span>
        </p>
      </div>
    </section>
  );
}

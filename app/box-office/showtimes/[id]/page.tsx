import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { holdForCounterAction } from "@/app/box-office/actions";
import { SeatPicker } from "@/components/booking/seat-picker";
import { seatPickerMapProps } from "@/components/booking/seat-picker-map";
import { buttonClasses } from "@/components/ui/button";
import { requireStaffPage } from "@/lib/auth/dal";
import { countCartSeats } from "@/lib/booking/cart";
import { getSeatMap } from "@/lib/booking/seat-map";
import { formatShowDateTime } from "@/lib/time/format";

export const metadata: Metadata = { title: "Sell seats" };

/** The counter's seat map: the same picker customers use, holding seats in the staff member's own cart. */
export default async function SellSeatsPage({ params }: PageProps<"/box-office/showtimes/[id]">) {
  const { id } = await params;
  const staff = await requireStaffPage(`/box-office/showtimes/${id}`);
  if (!z.uuid().safeParse(id).success) notFound();
  const [map, held] = await Promise.all([getSeatMap(id, staff.id), countCartSeats(staff.id)]);
  if (!map) notFound();
  const { showtime } = map;
  return (
    <>
      <div className="flex flex-col gap-1">
        <p className="text-sm text-zinc-600">
          <Link href={`/box-office?cinema=${encodeURIComponent(showtime.cinema.slug)}`} className="font-medium text-brand-700 hover:underline">
            Today at {showtime.cinema.name}
          </Link>{" "}
          /
        </p>
        <h1 className="text-2xl font-bold tracking-tight">Sell seats: {showtime.movie.title}</h1>
        <p className="text-zinc-700">
          {formatShowDateTime(showtime.startsAt, showtime.cinema.timeZone)} · {showtime.screenName} · {showtime.formatName}
        </p>
      </div>
      {held > 0 ? (
        <div className="flex flex-col gap-2 rounded-lg border border-brand-200 bg-brand-50 p-3 text-sm sm:flex-row sm:items-center sm:justify-between">
          <p>
            {held} {held === 1 ? "seat is" : "seats are"} held for the current sale.
          </p>
          <Link href="/box-office/sale" className={buttonClasses("secondary", "min-h-11")}>
            Go to payment
          </Link>
        </div>
      ) : null}
      {showtime.bookable ? (
        <SeatPicker
          {...seatPickerMapProps(map)}
          initialSelection={[]}
          initialWheelchair={false}
          initialCarer={false}
          signedIn
          addAction={holdForCounterAction}
          afterAddHref="/box-office/sale"
          addLabel="Continue to payment"
        />
      ) : (
        <p role="status" className="rounded-xl border border-amber-200 bg-amber-50 p-5 text-amber-950">
          {showtime.status === "cancelled" ? "This showtime has been cancelled." : "This showtime has started: it is no longer on sale."}
        </p>
      )}
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { requireStaffPage } from "@/lib/auth/dal";
import { loadBoxOfficeToday } from "@/lib/box-office/box-office-actions";
import type { CounterShowtime } from "@/lib/box-office/queries";
import { cinemaQuerySchema } from "@/lib/box-office/schemas";
import { formatShowDay, formatShowTime } from "@/lib/time/format";
import { buttonClasses } from "@/components/ui/button";

export const metadata: Metadata = { title: "Today" };

/** The counter's start page: one cinema's showtimes today (its own time zone), with seats sold and free. */
export default async function BoxOfficeTodayPage({ searchParams }: PageProps<"/box-office">) {
  await requireStaffPage("/box-office");
  const { cinema: slug } = cinemaQuerySchema.parse(await searchParams);
  const { cinemas, cinema, showtimes, at } = await loadBoxOfficeToday(slug);
  return (
    <>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
        <div>
          <h1 className="text-2xl font-bold tracking-tight">Today at {cinema?.name ?? "the box office"}</h1>
          {cinema ? (
            <p className="text-sm text-zinc-600">
              {formatShowDay(at, cinema.timeZone)} · times in {cinema.city} ({cinema.timeZone})
            </p>
          ) : null}
        </div>
        <form action="/box-office" className="flex items-end gap-2">
          <div className="flex flex-1 flex-col gap-1">
            <label htmlFor="cinema" className="text-sm font-medium text-zinc-800">
              Cinema
            </label>
            <select
              id="cinema"
              name="cinema"
              defaultValue={cinema?.slug}
              className="min-h-11 w-full rounded-md border border-zinc-300 bg-white px-2 py-2 text-base shadow-sm sm:w-72"
            >
              {cinemas.map((c) => (
                <option key={c.id} value={c.slug}>
                  {c.name} ({c.city})
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className={buttonClasses("secondary", "min-h-11")}>
            Show
          </button>
        </form>
      </div>

      {showtimes.length === 0 ? (
        <p className="rounded-xl border border-zinc-200 bg-white p-5 text-zinc-600">No showtimes at this cinema today.</p>
      ) : (
        <ul aria-label="Today's showtimes" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {showtimes.map((showtime) => (
            <ShowtimeCard key={showtime.id} showtime={showtime} timeZone={cinema?.timeZone ?? "UTC"} />
          ))}
        </ul>
      )}
    </>
  );
}

function ShowtimeCard({ showtime, timeZone }: { showtime: CounterShowtime; timeZone: string }) {
  const time = formatShowTime(showtime.startsAt, timeZone);
  const state = showtime.status === "cancelled" ? "Cancelled" : showtime.onSale ? null : "Started";
  return (
    <li className={`flex flex-col gap-2 rounded-xl border bg-white p-4 shadow-sm ${showtime.onSale ? "border-zinc-200" : "border-zinc-200 opacity-75"}`}>
      <div className="flex items-baseline justify-between gap-2">
        <p className="text-2xl font-bold tabular-nums">{time}</p>
        {state ? <span className="rounded bg-zinc-100 px-2 py-0.5 text-xs font-semibold text-zinc-700">{state}</span> : null}
      </div>
      <h2 className="text-lg font-semibold leading-snug">{showtime.movieTitle}</h2>
      <p className="text-sm text-zinc-600">
        {showtime.screenName} · {showtime.formatName} · {showtime.certificate}
      </p>
      <dl className="grid grid-cols-3 gap-2 text-center text-sm">
        <div className="rounded-md bg-zinc-50 px-2 py-1.5">
          <dt className="text-zinc-600">Sold</dt>
          <dd className="text-lg font-bold tabular-nums">{showtime.sold}</dd>
        </div>
        <div className="rounded-md bg-zinc-50 px-2 py-1.5">
          <dt className="text-zinc-600">Held</dt>
          <dd className="text-lg font-bold tabular-nums">{showtime.held}</dd>
        </div>
        <div className="rounded-md bg-green-50 px-2 py-1.5 text-green-900">
          <dt>Free</dt>
          <dd className="text-lg font-bold tabular-nums">{showtime.free}</dd>
        </div>
      </dl>
      {showtime.onSale ? (
        <Link
          href={`/box-office/showtimes/${showtime.id}`}
          className={buttonClasses("primary", "min-h-11 w-full")}
          aria-label={`Sell seats for ${showtime.movieTitle} at ${time}`}
        >
          Sell seats
        </Link>
      ) : null}
    </li>
  );
}

import Link from "next/link";
import type { ShowtimeListing } from "@/lib/scheduling/queries";
import { formatShowDay, localDateKey } from "@/lib/time/format";
import { ShowtimeButton } from "./showtime-button";

type DayGroup = { key: string; label: string; showtimes: ShowtimeListing[] };
type CinemaGroup = { cinema: ShowtimeListing["cinema"]; days: DayGroup[] };

/** Groups by cinema, then by the day in that cinema's own time zone; input is in start order. */
export function groupByCinemaAndDay(showtimes: ShowtimeListing[]): CinemaGroup[] {
  const cinemas = new Map<string, CinemaGroup>();
  for (const showtime of showtimes) {
    const group = cinemas.get(showtime.cinema.slug) ?? { cinema: showtime.cinema, days: [] };
    cinemas.set(showtime.cinema.slug, group);
    const key = localDateKey(showtime.startsAt, showtime.cinema.timeZone);
    let day = group.days.find((d) => d.key === key);
    if (!day) {
      day = { key, label: formatShowDay(showtime.startsAt, showtime.cinema.timeZone), showtimes: [] };
      group.days.push(day);
    }
    day.showtimes.push(showtime);
  }
  return [...cinemas.values()].sort((a, b) => a.cinema.name.localeCompare(b.cinema.name));
}

export function ShowtimesByCinema({ showtimes }: { showtimes: ShowtimeListing[] }) {
  const groups = groupByCinemaAndDay(showtimes);
  return (
    <div className="grid gap-4 lg:grid-cols-2 lg:gap-6">
      {groups.map((group) => (
        <section
          key={group.cinema.slug}
          aria-labelledby={`cinema-${group.cinema.slug}`}
          className="rounded-xl border border-zinc-200 bg-white p-4 shadow-sm sm:p-5"
        >
          <h3 id={`cinema-${group.cinema.slug}`} className="text-lg font-bold">
            <Link href={`/cinemas/${group.cinema.slug}`} className="hover:underline">
              {group.cinema.name}
            </Link>
          </h3>
          <p className="text-sm text-zinc-600">
            {group.cinema.address}, {group.cinema.city}
          </p>
          <div className="mt-3 flex flex-col gap-4">
            {group.days.map((day) => (
              <div key={day.key} className="flex gap-3 sm:gap-4">
                <h4 className="w-14 shrink-0 pt-2 text-sm font-semibold leading-tight text-zinc-800 sm:w-24">
                  <span className="block">{day.label.split(" ")[0]}</span> {day.label.split(" ").slice(1).join(" ")}
                </h4>
                <ul className="flex flex-wrap gap-2">
                  {day.showtimes.map((showtime) => (
                    <ShowtimeButton key={showtime.id} showtime={showtime} />
                  ))}
                </ul>
              </div>
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}

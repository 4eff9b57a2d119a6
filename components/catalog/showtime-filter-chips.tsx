import Link from "next/link";
import {
  accessibilityFlagLabels,
  accessibilityFlags,
  appendShowtimeFilters,
  hasShowtimeFilters,
  type ShowtimeFilters,
} from "@/lib/catalog/search-params";
import type { ShowtimeListing } from "@/lib/scheduling/queries";
import { languageName } from "@/lib/scheduling/showtime-features";

type Chip = { key: string; label: string; on: boolean; next: ShowtimeFilters };

function toggleAccess(filters: ShowtimeFilters, flag: ShowtimeFilters["access"][number]): ShowtimeFilters {
  const access = filters.access.includes(flag) ? filters.access.filter((f) => f !== flag) : [...filters.access, flag];
  return { ...filters, access };
}

/** The chips offered are the attributes this movie's showings actually have this week. */
function chipsFor(all: ShowtimeListing[], filters: ShowtimeFilters, originalLanguage: string): Chip[] {
  const chips: Chip[] = [];
  const formats = new Map(all.map((s) => [s.format.code, s.format.name]));
  for (const [code, name] of formats) {
    const on = filters.format === code;
    chips.push({ key: `format-${code}`, label: name, on, next: { ...filters, format: on ? undefined : code } });
  }
  const languages = new Set(all.map((s) => s.spokenLanguage).filter((code) => code !== originalLanguage));
  for (const code of languages) {
    const on = filters.language === code;
    chips.push({ key: `lang-${code}`, label: `In ${languageName(code)}`, on, next: { ...filters, language: on ? undefined : code } });
  }
  if (all.some((s) => s.subtitleLanguage) || filters.subtitles) {
    const on = filters.subtitles !== undefined;
    chips.push({ key: "subs", label: "Subtitled", on, next: { ...filters, subtitles: on ? undefined : "any" } });
  }
  const present: Record<(typeof accessibilityFlags)[number], boolean> = {
    ad: all.some((s) => s.audioDescription),
    oc: all.some((s) => s.openCaptions),
    cc: all.some((s) => s.closedCaptions),
    relaxed: all.some((s) => s.sensoryFriendly),
  };
  for (const flag of accessibilityFlags) {
    const on = filters.access.includes(flag);
    if (present[flag] || on) {
      chips.push({ key: flag, label: accessibilityFlagLabels[flag], on, next: toggleAccess(filters, flag) });
    }
  }
  return chips;
}

function href(path: string, filters: ShowtimeFilters) {
  const search = new URLSearchParams();
  appendShowtimeFilters(search, filters);
  const query = search.toString();
  return `${path}${query ? `?${query}` : ""}#showtimes`;
}

/** Link chips, so filtering works without JavaScript and every state has its own URL. */
export function ShowtimeFilterChips({
  path,
  all,
  filters,
  originalLanguage,
}: {
  path: string;
  all: ShowtimeListing[];
  filters: ShowtimeFilters;
  originalLanguage: string;
}) {
  const chips = chipsFor(all, filters, originalLanguage);
  if (chips.length === 0) return null;
  return (
    <nav aria-label="Filter showtimes" className="flex flex-wrap items-center gap-2">
      {chips.map((chip) => (
        <Link
          key={chip.key}
          href={href(path, chip.next)}
          scroll={false}
          className={
            chip.on
              ? "inline-flex min-h-11 items-center gap-1 rounded-full border border-brand-700 bg-brand-700 px-4 text-sm font-semibold text-white hover:bg-brand-800"
              : "inline-flex min-h-11 items-center gap-1 rounded-full border border-zinc-300 bg-white px-4 text-sm font-medium text-zinc-800 hover:border-zinc-500"
          }
        >
          {chip.on ? <span aria-hidden="true">✓</span> : null}
          {chip.label}
          <span className="sr-only">{chip.on ? " (filter on, select to remove)" : " (select to filter)"}</span>
        </Link>
      ))}
      {hasShowtimeFilters(filters) ? (
        <Link href={`${path}#showtimes`} className="min-h-11 px-2 py-3 text-sm font-semibold text-brand-700 underline">
          Clear filters
        </Link>
      ) : null}
    </nav>
  );
}

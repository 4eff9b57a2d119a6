import Link from "next/link";
import { accessibilityFlagLabels, accessibilityFlags, movieSorts, type MovieListParams, type MovieSort } from "@/lib/catalog/search-params";
import { languageName } from "@/lib/scheduling/showtime-features";

type Options = {
  genres: { slug: string; name: string }[];
  categories: { slug: string; name: string }[];
  cinemas: { slug: string; name: string }[];
  languages: string[];
  formats: { code: string; name: string }[];
};

const sortLabels: Record<MovieSort, string> = { newest: "Newest first", oldest: "Oldest first", title: "Title A–Z" };

const control =
  "min-h-11 w-full rounded-md border border-zinc-300 bg-white px-3 py-2 text-base shadow-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30";

function SelectField({
  name,
  label,
  value,
  anyLabel,
  options,
}: {
  name: string;
  label: string;
  value?: string;
  anyLabel: string;
  options: { value: string; label: string }[];
}) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={`filter-${name}`} className="text-sm font-medium text-zinc-800">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ""} className={control}>
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * A plain GET form: every filter lands in the URL, works without JavaScript and can be shared.
 * Showtime filters (cinema, date, format …) keep the movies that have a matching upcoming showing.
 */
export function MovieFilters({ params, options, today }: { params: MovieListParams; options: Options; today: string }) {
  return (
    <form method="get" action="/movies" role="search" aria-label="Search and filter movies" className="flex flex-col gap-4">
      <div className="flex flex-col gap-1">
        <label htmlFor="filter-q" className="text-sm font-medium text-zinc-800">
          Search by title or actor
        </label>
        <div className="flex gap-2">
          <input
            id="filter-q"
            type="search"
            name="q"
            defaultValue={params.q ?? ""}
            maxLength={100}
            placeholder="Title or actor"
            className={control}
          />
          <button
            type="submit"
            className="min-h-11 shrink-0 rounded-md bg-brand-700 px-5 text-sm font-semibold text-white hover:bg-brand-800"
          >
            Search
          </button>
        </div>
      </div>
      <details className="group rounded-lg border border-zinc-200 bg-white p-3 sm:p-4" open={hasAnyFilter(params)}>
        <summary className="flex min-h-11 cursor-pointer items-center text-sm font-semibold text-zinc-900">
          Filters and sort
          <span aria-hidden="true" className="ml-auto text-lg transition-transform group-open:rotate-180">
            ▾
          </span>
        </summary>
        <div className="mt-3 grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <SelectField name="genre" label="Genre" anyLabel="Any genre" value={params.genre} options={options.genres.map((g) => ({ value: g.slug, label: g.name }))} />
          <SelectField
            name="category"
            label="Category"
            anyLabel="Any category"
            value={params.category}
            options={options.categories.map((c) => ({ value: c.slug, label: c.name }))}
          />
          <SelectField name="cinema" label="Cinema" anyLabel="Any cinema" value={params.cinema} options={options.cinemas.map((c) => ({ value: c.slug, label: c.name }))} />
          <div className="flex flex-col gap-1">
            <label htmlFor="filter-date" className="text-sm font-medium text-zinc-800">
              Showing on
            </label>
            <input id="filter-date" type="date" name="date" min={today} defaultValue={params.date ?? ""} className={control} />
          </div>
          <SelectField name="format" label="Format" anyLabel="Any format" value={params.format} options={options.formats.map((f) => ({ value: f.code, label: f.name }))} />
          <SelectField
            name="lang"
            label="Spoken language"
            anyLabel="Any language"
            value={params.language}
            options={options.languages.map((code) => ({ value: code, label: languageName(code) }))}
          />
          <SelectField
            name="subs"
            label="Subtitles"
            anyLabel="With or without"
            value={params.subtitles}
            options={[{ value: "any", label: "Subtitled showings" }, ...options.languages.map((code) => ({ value: code, label: `${languageName(code)} subtitles` }))]}
          />
          <SelectField name="sort" label="Sort by" anyLabel={sortLabels.newest} value={params.sort === "newest" ? undefined : params.sort} options={movieSorts.filter((s) => s !== "newest").map((s) => ({ value: s, label: sortLabels[s] }))} />
        </div>
        <p className="mt-3 text-sm text-zinc-600">
          Cinema, format, language, subtitle and accessibility filters find films with a matching showing in the next 7 days, or on the
          date you choose.
        </p>
        <fieldset className="mt-4">
          <legend className="text-sm font-medium text-zinc-800">Accessible showings</legend>
          <div className="mt-1 flex flex-wrap gap-x-5">
            {accessibilityFlags.map((flag) => (
              <label key={flag} className="flex min-h-11 items-center gap-2 text-sm">
                <input type="checkbox" name="access" value={flag} defaultChecked={params.access.includes(flag)} className="size-5 accent-brand-700" />
                {accessibilityFlagLabels[flag]}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="mt-4 flex flex-wrap items-center gap-3">
          <button type="submit" className="min-h-11 rounded-md bg-brand-700 px-5 text-sm font-semibold text-white hover:bg-brand-800">
            Apply filters
          </button>
          <Link href="/movies" className="inline-flex min-h-11 items-center px-2 text-sm font-semibold text-brand-700 underline">
            Clear all
          </Link>
        </div>
      </details>
    </form>
  );
}

function hasAnyFilter(params: MovieListParams) {
  return Boolean(
    params.genre || params.category || params.cinema || params.date || params.format || params.language || params.subtitles || params.access.length > 0 || params.sort !== "newest",
  );
}

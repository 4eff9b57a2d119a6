/** A GET form: the chosen city lives in `?city=` and the page works without JavaScript. */
export function CityPicker({ cities, current }: { cities: { slug: string; name: string }[]; current: string }) {
  return (
    <form method="get" action="/" className="flex flex-wrap items-end gap-2">
      <div className="flex flex-col gap-1">
        <label htmlFor="city" className="text-sm font-medium text-zinc-800">
          Your city
        </label>
        <select
          id="city"
          name="city"
          defaultValue={current}
          className="min-h-11 rounded-md border border-zinc-300 bg-white px-3 py-2 text-base shadow-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30"
        >
          {cities.map((city) => (
            <option key={city.slug} value={city.slug}>
              {city.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="min-h-11 rounded-md bg-zinc-900 px-4 text-sm font-semibold text-white hover:bg-zinc-700">
        Show times
      </button>
    </form>
  );
}

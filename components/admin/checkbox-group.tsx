"use client";

/** A fieldset of checkboxes holding an array of ids (genres, categories). */
export function CheckboxGroup({
  legend,
  options,
  value,
  onChange,
  error,
}: {
  legend: string;
  options: { id: string; name: string }[];
  value: string[];
  onChange: (ids: string[]) => void;
  error?: string;
}) {
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="text-sm font-medium text-zinc-800">{legend}</legend>
      {options.length === 0 ? <p className="text-sm text-zinc-600">None defined yet.</p> : null}
      <div className="flex flex-wrap gap-2">
        {options.map((option) => (
          <label key={option.id} className="inline-flex items-center gap-2 rounded-md border border-zinc-200 bg-white px-2 py-1 text-sm has-checked:border-brand-600 has-checked:bg-brand-50">
            <input
              type="checkbox"
              checked={value.includes(option.id)}
              onChange={(e) => onChange(e.target.checked ? [...value, option.id] : value.filter((id) => id !== option.id))}
            />
            {option.name}
          </label>
        ))}
      </div>
      <p aria-live="polite" className="text-sm text-red-700 empty:hidden">{error}</p>
    </fieldset>
  );
}

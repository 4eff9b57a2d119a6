import { WheelchairIcon } from "./icons";

const items = [
  { label: "Available", swatch: "bg-white border-zinc-400" },
  { label: "Selected", swatch: "bg-brand-700 border-brand-800" },
  { label: "In your cart", swatch: "bg-emerald-600 border-emerald-700" },
  { label: "Reserved", swatch: "bg-zinc-200 border-zinc-300 bg-[repeating-linear-gradient(135deg,transparent_0_4px,rgba(0,0,0,0.08)_4px_6px)]" },
  { label: "Sold", swatch: "bg-zinc-300 border-zinc-300" },
  { label: "Premium", swatch: "bg-amber-50 border-amber-500" },
  { label: "Accessible seat", swatch: "bg-violet-50 border-violet-500" },
  { label: "Wheelchair space", swatch: "bg-sky-50 border-sky-600 text-sky-800", icon: true },
  { label: "Companion seat", swatch: "bg-sky-50 border-sky-600" },
];

/** What the seat colours mean; the seat buttons also say it in words. */
export function SeatLegend() {
  return (
    <>
      <h2 className="sr-only">Seat key</h2>
      <ul className="flex flex-wrap gap-x-4 gap-y-2 text-xs text-zinc-700">
        {items.map((item) => (
          <li key={item.label} className="flex items-center gap-1.5">
            <span aria-hidden="true" className={`inline-flex size-4 items-center justify-center rounded-t-md rounded-b-sm border-2 ${item.swatch}`}>
              {"icon" in item ? <WheelchairIcon className="size-3" /> : null}
            </span>
            {item.label}
          </li>
        ))}
      </ul>
    </>
  );
}

"use client";

import { useFormContext, useWatch, type FieldErrors } from "react-hook-form";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { CLEANING_BUFFER_MINUTES } from "@/lib/scheduling/showtime-times";
import { SHOWTIME_CURRENCIES } from "@/lib/scheduling/schemas";

export type ShowtimeFormOptions = {
  movies: { id: string; title: string; runtimeMinutes: number; language: string }[];
  screens: { id: string; name: string; cinemaName: string; timeZone: string }[];
  formats: { id: string; name: string }[];
  ticketTypes: { id: string; name: string }[];
};

/** What the single and bulk showtime forms share; both put their values in a FormProvider. */
type AttributeValues = {
  movieId: string;
  screenId: string;
  formatId: string;
  basePrice: string | number;
  currency: string;
  spokenLanguage: string;
  subtitleLanguage: unknown;
  audioDescription: unknown;
  openCaptions: unknown;
  closedCaptions: unknown;
  sensoryFriendly: unknown;
  noDiscounts: unknown;
  ticketPrices: { ticketTypeId: string; price: unknown }[];
};

// Long movie and cinema names must not widen the page on a phone.
const fill = { width: "100%" };

const flags = [
  ["audioDescription", "Audio description"],
  ["openCaptions", "Open captions (burnt in)"],
  ["closedCaptions", "Closed captions (on devices)"],
  ["sensoryFriendly", "Relaxed, sensory-friendly screening"],
  ["noDiscounts", "No discounts (full-price tickets only)"],
] as const;

const message = (errors: FieldErrors<AttributeValues>, name: keyof AttributeValues) => errors[name]?.message as string | undefined;

export function ScreenAndMovieFields({ options }: { options: ShowtimeFormOptions }) {
  const { register, formState } = useFormContext<AttributeValues>();
  const cinemas = [...new Set(options.screens.map((s) => s.cinemaName))];
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <Select label="Movie" className="min-w-0" style={fill} error={message(formState.errors, "movieId")} {...register("movieId")}>
        <option value="">Choose a movie</option>
        {options.movies.map((m) => (
          <option key={m.id} value={m.id}>
            {m.title} ({m.runtimeMinutes} min)
          </option>
        ))}
      </Select>
      <Select label="Screen" className="min-w-0" style={fill} error={message(formState.errors, "screenId")} {...register("screenId")}>
        <option value="">Choose a screen</option>
        {cinemas.map((cinema) => (
          <optgroup key={cinema} label={cinema}>
            {options.screens
              .filter((s) => s.cinemaName === cinema)
              .map((s) => (
                <option key={s.id} value={s.id}>
                  {cinema} · {s.name}
                </option>
              ))}
          </optgroup>
        ))}
      </Select>
    </div>
  );
}

/** "Ends around 21:50 (cinema time)": runtime plus the cleaning buffer, as the server will store it. */
export function EndsHint({ options, time }: { options: ShowtimeFormOptions; time: string | undefined }) {
  const movieId = useWatch<AttributeValues>({ name: "movieId" }) as string | undefined;
  const screenId = useWatch<AttributeValues>({ name: "screenId" }) as string | undefined;
  const movie = options.movies.find((m) => m.id === movieId);
  const screen = options.screens.find((s) => s.id === screenId);
  if (!movie || !time || !/^\d{2}:\d{2}$/.test(time)) return null;
  const minutes = Number(time.slice(0, 2)) * 60 + Number(time.slice(3)) + movie.runtimeMinutes + CLEANING_BUFFER_MINUTES;
  const end = `${String(Math.floor(minutes / 60) % 24).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
  return (
    <p className="text-sm text-zinc-600">
      The screen is busy until about {end}
      {minutes >= 24 * 60 ? " the next day" : ""} ({movie.runtimeMinutes} min + {CLEANING_BUFFER_MINUTES} min cleaning)
      {screen ? `, in ${screen.timeZone} time` : ""}.
    </p>
  );
}

export function ShowtimeAttributeFields({ options }: { options: ShowtimeFormOptions }) {
  const { register, formState } = useFormContext<AttributeValues>();
  const errors = formState.errors;
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-3">
        <Select label="Format" error={message(errors, "formatId")} {...register("formatId")}>
          <option value="">Choose a format</option>
          {options.formats.map((f) => (
            <option key={f.id} value={f.id}>
              {f.name}
            </option>
          ))}
        </Select>
        <Field label="Base price" inputMode="decimal" hint="Adult price before surcharges, e.g. 9.50." error={message(errors, "basePrice")} {...register("basePrice")} />
        <Select label="Currency" error={message(errors, "currency")} {...register("currency")}>
          {SHOWTIME_CURRENCIES.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </Select>
        <Field label="Spoken language" hint="ISO 639-1, e.g. en." maxLength={2} error={message(errors, "spokenLanguage")} {...register("spokenLanguage")} />
        <Field label="Subtitle language" hint="Leave empty for none." maxLength={2} error={message(errors, "subtitleLanguage")} {...register("subtitleLanguage")} />
      </div>
      <fieldset className="flex flex-col gap-2">
        <legend className="text-sm font-medium text-zinc-800">Accessibility and pricing</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {flags.map(([name, label]) => (
            <label key={name} className="inline-flex items-center gap-2 text-sm">
              <input type="checkbox" className="h-4 w-4" {...register(name)} />
              {label}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="flex flex-col gap-2">
        <legend className="text-sm font-medium text-zinc-800">Ticket prices for this showtime (optional)</legend>
        <p className="text-sm text-zinc-600">Leave empty to use each ticket type&apos;s own rule.</p>
        <div className="grid gap-3 sm:grid-cols-3">
          {options.ticketTypes.map((type, index) => (
            <div key={type.id}>
              <input type="hidden" {...register(`ticketPrices.${index}.ticketTypeId`)} />
              <Field
                label={`${type.name} price`}
                inputMode="decimal"
                error={errors.ticketPrices?.[index]?.price?.message as string | undefined}
                {...register(`ticketPrices.${index}.price`)}
              />
            </div>
          ))}
        </div>
      </fieldset>
    </>
  );
}

"use client";

import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { createCinemaAction, updateCinemaAction } from "@/app/admin/cinemas/actions";
import { cinemaSchema } from "@/lib/venues/schemas";
import { useAdminForm } from "./use-admin-form";

type Values = z.input<typeof cinemaSchema>;
type Cinema = {
  id: string;
  name: string;
  slug: string;
  address: string;
  city: string;
  postcode: string;
  country: string;
  phone: string;
  timeZone: string;
  latitude: number | null;
  longitude: number | null;
  payAtCinema: boolean;
};

export function CinemaForm({ cinema, timeZones }: { cinema?: Cinema; timeZones: string[] }) {
  const form = useForm<Values, unknown, z.output<typeof cinemaSchema>>({
    resolver: zodResolver(cinemaSchema),
    mode: "onTouched",
    defaultValues: {
      name: cinema?.name ?? "",
      slug: cinema?.slug ?? "",
      address: cinema?.address ?? "",
      city: cinema?.city ?? "",
      postcode: cinema?.postcode ?? "",
      country: cinema?.country ?? "GB",
      phone: cinema?.phone ?? "",
      timeZone: cinema?.timeZone ?? "Europe/London",
      latitude: cinema?.latitude ?? "",
      longitude: cinema?.longitude ?? "",
      payAtCinema: cinema?.payAtCinema ?? true,
    },
  });
  const { onSubmit, formError } = useAdminForm(
    form,
    (values) => (cinema ? updateCinemaAction({ ...values, id: cinema.id }) : createCinemaAction(values)),
    { successMessage: cinema ? "Cinema saved." : "Cinema created.", redirectTo: (saved) => `/admin/cinemas/${saved.id}` },
  );
  const { register, formState } = form;
  const errors = formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-2xl flex-col gap-4">
      <FormError message={formError} />
      <Field label="Name" autoComplete="off" error={errors.name?.message} {...register("name")} />
      <Field label="Slug" hint="Part of the public URL. Leave empty to make one from the name." error={errors.slug?.message} {...register("slug")} />
      <Field label="Address" error={errors.address?.message} {...register("address")} />
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label="City" error={errors.city?.message} {...register("city")} />
        <Field label="Postcode" error={errors.postcode?.message} {...register("postcode")} />
        <Field label="Country" hint="Two letters, e.g. GB." maxLength={2} error={errors.country?.message} {...register("country")} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Phone" type="tel" error={errors.phone?.message} {...register("phone")} />
        <Field label="Time zone" list="time-zones" hint="Showtimes are entered and shown in this zone." error={errors.timeZone?.message} {...register("timeZone")} />
        <datalist id="time-zones">
          {timeZones.map((zone) => (
            <option key={zone} value={zone} />
          ))}
        </datalist>
        <Field label="Latitude" inputMode="decimal" hint="Optional, for the map." error={errors.latitude?.message} {...register("latitude")} />
        <Field label="Longitude" inputMode="decimal" hint="Optional, for the map." error={errors.longitude?.message} {...register("longitude")} />
      </div>
      <label className="inline-flex items-start gap-2 text-sm">
        <input type="checkbox" className="mt-0.5 h-4 w-4" aria-describedby="pay-at-cinema-hint" {...register("payAtCinema")} />
        <span>
          Customers may reserve and pay at the cinema
          <span id="pay-at-cinema-hint" className="block text-zinc-600">
            Unticked, they pay by card when they book. Unpaid reservations are released before the showtime (booking policy).
          </span>
        </span>
      </label>
      <div>
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? "Saving…" : cinema ? "Save cinema" : "Create cinema"}
        </Button>
      </div>
    </form>
  );
}

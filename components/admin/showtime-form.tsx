"use client";

import { FormProvider, useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { bulkCreateShowtimesAction, createShowtimeAction, updateShowtimeAction } from "@/app/admin/showtimes/actions";
import { bulkShowtimeSchema, showtimeSchema } from "@/lib/scheduling/schemas";
import { EndsHint, ScreenAndMovieFields, ShowtimeAttributeFields, type ShowtimeFormOptions } from "./showtime-fields";
import type { ShowtimeDefaults } from "./showtime-defaults";
import { useAdminForm } from "./use-admin-form";

/** One showtime: start entered in the cinema's local time. */
export function ShowtimeForm({ options, defaults, showtimeId }: { options: ShowtimeFormOptions; defaults: ShowtimeDefaults; showtimeId?: string }) {
  const form = useForm<z.input<typeof showtimeSchema>, unknown, z.output<typeof showtimeSchema>>({
    resolver: zodResolver(showtimeSchema),
    mode: "onTouched",
    defaultValues: { ...defaults, startsAtLocal: defaults.startsAtLocal ?? "" },
  });
  const { onSubmit, formError } = useAdminForm(
    form,
    (values) => (showtimeId ? updateShowtimeAction({ ...values, id: showtimeId }) : createShowtimeAction(values)),
    { successMessage: showtimeId ? "Showtime saved." : "Showtime scheduled.", redirectTo: (saved) => `/admin/showtimes/${saved.id}` },
  );
  const startsAt = useWatch({ control: form.control, name: "startsAtLocal" });
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="flex max-w-3xl flex-col gap-5">
        <FormError message={formError} />
        <ScreenAndMovieFields options={options} />
        <div className="flex flex-col gap-1">
          <Field
            label="Starts at (cinema local time)"
            type="datetime-local"
            className="max-w-xs"
            error={form.formState.errors.startsAtLocal?.message}
            {...form.register("startsAtLocal")}
          />
          <EndsHint options={options} time={startsAt?.slice(11, 16)} />
        </div>
        <ShowtimeAttributeFields options={options} />
        <div>
          <Button type="submit" disabled={form.formState.isSubmitting}>
            {form.formState.isSubmitting ? "Saving…" : showtimeId ? "Save showtime" : "Schedule showtime"}
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}

/** The same time every day over a date range, created all together or not at all. */
export function BulkShowtimeForm({ options, defaults }: { options: ShowtimeFormOptions; defaults: ShowtimeDefaults }) {
  const form = useForm<z.input<typeof bulkShowtimeSchema>, unknown, z.output<typeof bulkShowtimeSchema>>({
    resolver: zodResolver(bulkShowtimeSchema),
    mode: "onTouched",
    defaultValues: { ...defaults, firstDate: "", lastDate: "", time: "" },
  });
  const { onSubmit, formError } = useAdminForm(form, bulkCreateShowtimesAction, {
    successMessage: "Showtimes scheduled.",
    redirectTo: () => `/admin/showtimes?movie=${form.getValues("movieId")}&when=upcoming`,
  });
  const time = useWatch({ control: form.control, name: "time" });
  const errors = form.formState.errors;
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="flex max-w-3xl flex-col gap-5">
        <FormError message={formError} />
        <ScreenAndMovieFields options={options} />
        <div className="grid gap-4 sm:grid-cols-3">
          <Field label="First date" type="date" error={errors.firstDate?.message} {...form.register("firstDate")} />
          <Field label="Last date" type="date" error={errors.lastDate?.message} {...form.register("lastDate")} />
          <Field label="Time each day (cinema local time)" type="time" error={errors.time?.message} {...form.register("time")} />
        </div>
        <EndsHint options={options} time={time} />
        <ShowtimeAttributeFields options={options} />
        <div>
          <Button type="submit" disabled={form.formState.isSubmitting}>
            {form.formState.isSubmitting ? "Scheduling…" : "Schedule every day"}
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}

"use client";

import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { createScreenAction, updateScreenAction } from "@/app/admin/cinemas/actions";
import { parseSeatLayout } from "@/lib/venues/seat-layout";
import { screenSchema } from "@/lib/venues/schemas";
import { SeatLayoutPreview } from "./seat-layout-preview";
import { useAdminForm } from "./use-admin-form";

type Values = z.input<typeof screenSchema>;

const starterLayout = "sssss.sssss\nsssss.sssss\nppppp.ppppp\nwcsss.ssscw";

/** The seat-layout editor: text on the left, the parsed grid and its mistakes live beside it. */
export function ScreenForm({ cinemaId, screen }: { cinemaId: string; screen?: { id: string; name: string; layout: string } }) {
  const form = useForm<Values, unknown, z.output<typeof screenSchema>>({
    resolver: zodResolver(screenSchema),
    mode: "onTouched",
    defaultValues: { cinemaId, name: screen?.name ?? "", layout: screen?.layout ?? starterLayout },
  });
  const { onSubmit, formError } = useAdminForm(
    form,
    (values) => (screen ? updateScreenAction({ ...values, id: screen.id }) : createScreenAction(values)),
    { successMessage: screen ? "Screen saved." : "Screen created.", redirectTo: () => `/admin/cinemas/${cinemaId}` },
  );
  const { register, formState, control } = form;
  const layoutText = useWatch({ control, name: "layout" });
  const parsed = parseSeatLayout(layoutText ?? "");
  const layoutError = formState.errors.layout?.message;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormError message={formError} />
      <Field label="Screen name" className="max-w-sm" error={formState.errors.name?.message} {...register("name")} />
      <div className="grid gap-6 lg:grid-cols-2">
        <div className="flex flex-col gap-1">
          <label htmlFor="layout" className="text-sm font-medium text-zinc-800">Seat layout</label>
          <p id="layout-hint" className="text-sm text-zinc-600">
            One line per row, front row first. <code>s</code> standard, <code>p</code> premium, <code>a</code> accessible,{" "}
            <code>w</code> wheelchair space, <code>c</code> companion seat (next to a <code>w</code>), <code>.</code> aisle or gap.
          </p>
          <textarea
            id="layout"
            rows={14}
            spellCheck={false}
            aria-invalid={layoutError ? true : undefined}
            aria-describedby="layout-hint layout-error"
            className="rounded-md border border-zinc-300 bg-white px-3 py-2 font-mono text-base leading-6 shadow-sm aria-invalid:border-red-600"
            {...register("layout")}
          />
          <div id="layout-error" aria-live="polite" className="text-sm text-red-700">
            {!parsed.ok ? (
              <ul className="list-disc pl-5">
                {parsed.errors.map((e) => (
                  <li key={e}>{e}</li>
                ))}
              </ul>
            ) : (
              layoutError
            )}
          </div>
        </div>
        <div className="flex flex-col gap-1">
          <h2 className="text-sm font-medium text-zinc-800">Preview</h2>
          {parsed.ok ? <SeatLayoutPreview seats={parsed.seats} columns={parsed.columns} /> : <p className="text-sm text-zinc-600">Fix the layout to see the seats.</p>}
        </div>
      </div>
      <div>
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? "Saving…" : screen ? "Save screen" : "Create screen"}
        </Button>
      </div>
    </form>
  );
}

"use client";

import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { saveBookingPolicyAction, saveFormatAction, saveSeatSurchargesAction } from "@/app/admin/settings/actions";
import { bookingPolicySchema, formatSchema, seatSurchargesSchema } from "@/lib/settings/schemas";
import { minorToMajor } from "@/lib/money";
import type { BookingPolicy } from "@/lib/orders/policy";
import { seatKindStyles } from "./seat-layout-preview";
import { useAdminForm } from "./use-admin-form";

type Format = { id: string; code: string; name: string; videoFormat: string; surchargeMinor: number; sortOrder: number };

/** One format per row; the last row (without `format`) adds a new one. */
export function FormatForm({ format }: { format?: Format }) {
  const form = useForm<z.input<typeof formatSchema>, unknown, z.output<typeof formatSchema>>({
    resolver: zodResolver(formatSchema),
    mode: "onTouched",
    defaultValues: {
      id: format?.id,
      code: format?.code ?? "",
      name: format?.name ?? "",
      videoFormat: format?.videoFormat ?? "",
      surcharge: format ? minorToMajor(format.surchargeMinor) : "0.00",
      sortOrder: format?.sortOrder ?? 10,
    },
  });
  const { onSubmit, formError } = useAdminForm(form, saveFormatAction, { successMessage: format ? `${format.name} saved.` : "Format added.", resetOnSuccess: !format });
  const { register, formState } = form;
  const e = formState.errors;
  const label = format ? format.name : "new format";
  return (
    <form onSubmit={onSubmit} noValidate aria-label={format ? `Format ${format.name}` : "Add a format"} className="flex flex-col gap-2 rounded-lg border border-zinc-200 bg-white p-3">
      <FormError message={formError} />
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-5">
        <Field label="Code" aria-label={`Code of ${label}`} error={e.code?.message} {...register("code")} />
        <Field label="Name" aria-label={`Name of ${label}`} error={e.name?.message} {...register("name")} />
        <Field label="Video format" aria-label={`Video format of ${label}`} error={e.videoFormat?.message} {...register("videoFormat")} />
        <Field label="Surcharge" aria-label={`Surcharge of ${label}`} inputMode="decimal" error={e.surcharge?.message} {...register("surcharge")} />
        <Field label="Sort order" aria-label={`Sort order of ${label}`} inputMode="numeric" error={e.sortOrder?.message} {...register("sortOrder")} />
      </div>
      <div>
        <Button type="submit" variant={format ? "secondary" : "primary"} disabled={formState.isSubmitting}>
          {formState.isSubmitting ? "Saving…" : format ? `Save ${format.name}` : "Add format"}
        </Button>
      </div>
    </form>
  );
}

export function SeatSurchargesForm({ surcharges }: { surcharges: Record<string, number> }) {
  const form = useForm<z.input<typeof seatSurchargesSchema>, unknown, z.output<typeof seatSurchargesSchema>>({
    resolver: zodResolver(seatSurchargesSchema),
    mode: "onTouched",
    defaultValues: {
      standard: minorToMajor(surcharges.standard ?? 0),
      premium: minorToMajor(surcharges.premium ?? 0),
      accessible: minorToMajor(surcharges.accessible ?? 0),
      wheelchair: minorToMajor(surcharges.wheelchair ?? 0),
      companion: minorToMajor(surcharges.companion ?? 0),
    },
  });
  const { onSubmit, formError } = useAdminForm(form, saveSeatSurchargesAction, { successMessage: "Seat surcharges saved." });
  const kinds = ["standard", "premium", "accessible", "wheelchair", "companion"] as const;
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Seat surcharges" className="flex flex-col gap-3">
      <FormError message={formError} />
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-5">
        {kinds.map((kind) => (
          <Field
            key={kind}
            label={`${seatKindStyles[kind].label} surcharge`}
            inputMode="decimal"
            error={form.formState.errors[kind]?.message}
            {...form.register(kind)}
          />
        ))}
      </div>
      <div>
        <Button type="submit" disabled={form.formState.isSubmitting}>{form.formState.isSubmitting ? "Saving…" : "Save seat surcharges"}</Button>
      </div>
    </form>
  );
}

export function BookingPolicyForm({ policy }: { policy: BookingPolicy }) {
  const form = useForm<z.input<typeof bookingPolicySchema>, unknown, z.output<typeof bookingPolicySchema>>({
    resolver: zodResolver(bookingPolicySchema),
    mode: "onTouched",
    defaultValues: {
      bookingFee: minorToMajor(policy.bookingFeeMinor),
      cutoffMinutes: policy.cutoffMinutes,
      cancellationFeePercent: policy.cancellationFeePercent,
      refundBookingFee: policy.refundBookingFee,
      maxTicketsPerShowtime: policy.maxTicketsPerShowtime,
      releaseUnpaidMinutes: policy.releaseUnpaidMinutes,
      checkInOpensMinutes: policy.checkInOpensMinutes,
      checkInClosesMinutes: policy.checkInClosesMinutes,
    },
  });
  const { onSubmit, formError } = useAdminForm(form, saveBookingPolicyAction, { successMessage: "Booking policy saved." });
  const e = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Booking policy" className="flex flex-col gap-3">
      <FormError message={formError} />
      <div className="grid gap-3 sm:grid-cols-3">
        <Field label="Booking fee per ticket" inputMode="decimal" hint="0.00 to 100.00" error={e.bookingFee?.message} {...form.register("bookingFee")} />
        <Field label="Cut-off (minutes before start)" inputMode="numeric" hint="No cancel or change after this. 0 to 10080." error={e.cutoffMinutes?.message} {...form.register("cutoffMinutes")} />
        <Field label="Cancellation fee (%)" inputMode="numeric" hint="0 to 100" error={e.cancellationFeePercent?.message} {...form.register("cancellationFeePercent")} />
      </div>
      <label className="inline-flex items-center gap-2 text-sm">
        <input type="checkbox" className="h-4 w-4" {...form.register("refundBookingFee")} />
        Refund the booking fee when a customer cancels
      </label>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Field label="Tickets per customer per showtime" inputMode="numeric" hint="Across all their orders. 1 to 100." error={e.maxTicketsPerShowtime?.message} {...form.register("maxTicketsPerShowtime")} />
        <Field label="Release unpaid reservations (minutes before start)" inputMode="numeric" hint="Pay-at-cinema seats not marked paid go back on sale. 0 to 1440." error={e.releaseUnpaidMinutes?.message} {...form.register("releaseUnpaidMinutes")} />
        <Field label="Check-in opens (minutes before start)" inputMode="numeric" hint="0 to 720" error={e.checkInOpensMinutes?.message} {...form.register("checkInOpensMinutes")} />
        <Field label="Check-in closes (minutes after start)" inputMode="numeric" hint="0 to 720" error={e.checkInClosesMinutes?.message} {...form.register("checkInClosesMinutes")} />
      </div>
      <div>
        <Button type="submit" disabled={form.formState.isSubmitting}>{form.formState.isSubmitting ? "Saving…" : "Save booking policy"}</Button>
      </div>
    </form>
  );
}

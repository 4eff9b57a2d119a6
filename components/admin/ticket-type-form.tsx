"use client";

import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Select } from "@/components/ui/select";
import { saveTicketTypeAction } from "@/app/admin/settings/actions";
import { ticketTypeSchema } from "@/lib/settings/schemas";
import { minorToMajor } from "@/lib/money";
import { useAdminForm } from "./use-admin-form";

type TicketType = {
  id: string;
  code: string;
  name: string;
  priceRule: "fixed" | "percent_of_base" | "free";
  amountMinor: number | null;
  percent: number | null;
  ageNote: string;
  idMayBeChecked: boolean;
  isDiscount: boolean;
  active: boolean;
  sortOrder: number;
};

/** One ticket type (adult, child …) and its price rule; without `type` it adds a new one. */
export function TicketTypeForm({ type }: { type?: TicketType }) {
  const form = useForm<z.input<typeof ticketTypeSchema>, unknown, z.output<typeof ticketTypeSchema>>({
    resolver: zodResolver(ticketTypeSchema),
    mode: "onTouched",
    defaultValues: {
      id: type?.id,
      code: type?.code ?? "",
      name: type?.name ?? "",
      priceRule: type?.priceRule ?? "percent_of_base",
      amount: type?.amountMinor != null ? minorToMajor(type.amountMinor) : "",
      percent: type?.percent ?? "",
      ageNote: type?.ageNote ?? "",
      idMayBeChecked: type?.idMayBeChecked ?? false,
      isDiscount: type?.isDiscount ?? false,
      active: type?.active ?? true,
      sortOrder: type?.sortOrder ?? 10,
    },
  });
  const { onSubmit, formError } = useAdminForm(form, saveTicketTypeAction, { successMessage: type ? `${type.name} saved.` : "Ticket type added.", resetOnSuccess: !type });
  const rule = useWatch({ control: form.control, name: "priceRule" });
  const { register, formState } = form;
  const e = formState.errors;
  const label = type ? type.name : "new ticket type";
  return (
    <form onSubmit={onSubmit} noValidate aria-label={type ? `Ticket type ${type.name}` : "Add a ticket type"} className="flex flex-col gap-3 rounded-lg border border-zinc-200 bg-white p-3">
      <FormError message={formError} />
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-3">
        <Field label="Code" aria-label={`Code of ${label}`} error={e.code?.message} {...register("code")} />
        <Field label="Name" aria-label={`Name of ${label}`} error={e.name?.message} {...register("name")} />
        <Select label="Price rule" aria-label={`Price rule of ${label}`} error={e.priceRule?.message} {...register("priceRule")}>
          <option value="percent_of_base">Percent of base price</option>
          <option value="fixed">Fixed price</option>
          <option value="free">Free</option>
        </Select>
        {rule === "fixed" ? <Field label="Fixed price" aria-label={`Fixed price of ${label}`} inputMode="decimal" error={e.amount?.message} {...register("amount")} /> : null}
        {rule === "percent_of_base" ? (
          <Field label="Percent of base" aria-label={`Percent of base of ${label}`} inputMode="numeric" hint="0 to 200" error={e.percent?.message} {...register("percent")} />
        ) : null}
        <Field label="Age note" aria-label={`Age note of ${label}`} placeholder="Child: 2–12" error={e.ageNote?.message} {...register("ageNote")} />
        <Field label="Sort order" aria-label={`Sort order of ${label}`} inputMode="numeric" error={e.sortOrder?.message} {...register("sortOrder")} />
      </div>
      <div className="flex flex-wrap gap-4 text-sm">
        <label className="inline-flex items-center gap-2"><input type="checkbox" className="h-4 w-4" {...register("idMayBeChecked")} /> ID may be checked</label>
        <label className="inline-flex items-center gap-2"><input type="checkbox" className="h-4 w-4" {...register("isDiscount")} /> Discount (hidden on no-discount showtimes)</label>
        <label className="inline-flex items-center gap-2"><input type="checkbox" className="h-4 w-4" {...register("active")} /> Offered to customers</label>
      </div>
      <div>
        <Button type="submit" variant={type ? "secondary" : "primary"} disabled={formState.isSubmitting}>
          {formState.isSubmitting ? "Saving…" : type ? `Save ${type.name}` : "Add ticket type"}
        </Button>
      </div>
    </form>
  );
}

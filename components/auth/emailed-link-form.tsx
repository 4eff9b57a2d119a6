"use client";

import Link from "next/link";
import { useActionState, type ReactNode } from "react";
import type { ActionState } from "@/lib/actions/action-state";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";

/**
 * One button that spends an emailed link's token. A button rather than acting on page load, so link
 * scanners in mail filters can't use the link before its owner does.
 */
export function EmailedLinkForm({
  token,
  action,
  label,
  pendingLabel,
  next,
}: {
  token: string;
  action: (previous: ActionState | null, formData: FormData) => Promise<ActionState>;
  label: string;
  pendingLabel: string;
  /** What to offer once it worked. */
  next: { href: string; label: string };
}) {
  const [state, formAction, pending] = useActionState(action, null);
  if (state?.ok) {
    return (
      <div className="flex flex-col gap-4">
        <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
          {state.message}
        </p>
        <Link href={next.href} className="font-medium text-brand-700 hover:underline">
          {next.label}
        </Link>
      </div>
    );
  }
  return (
    <form action={formAction} className="flex flex-col gap-4">
      <FormError message={state && !state.ok ? state.formError : undefined} />
      <input type="hidden" name="token" value={token} />
      <Button type="submit" disabled={pending}>
        {pending ? pendingLabel : label}
      </Button>
    </form>
  );
}

/** The page an emailed link opens: a title, what the button will do, and the button. */
export function EmailedLinkCard({
  title,
  intro,
  token,
  ...form
}: Omit<Parameters<typeof EmailedLinkForm>[0], "token"> & { title: string; intro: ReactNode; token: unknown }) {
  return (
    <div className="rounded-xl border border-zinc-200 bg-white p-6 shadow-sm sm:p-8">
      <h1 className="mb-4 text-2xl font-bold tracking-tight">{title}</h1>
      {typeof token === "string" && token ? (
        <>
          <p className="mb-4 text-zinc-700">{intro}</p>
          <EmailedLinkForm token={token} {...form} />
        </>
      ) : (
        <p className="text-zinc-700">This link is incomplete. Open the link from your email again.</p>
      )}
    </div>
  );
}

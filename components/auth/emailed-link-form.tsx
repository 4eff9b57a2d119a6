"use client";

import Link from "next/link";
import { useActionState } from "react";
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

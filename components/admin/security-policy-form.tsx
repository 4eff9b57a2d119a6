"use client";

import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { saveSecurityPolicyAction } from "@/app/admin/settings/actions";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { securityPolicySchema } from "@/lib/auth/mfa/schemas";
import { useAdminForm } from "./use-admin-form";

/** The site's account-security rules: today, whether admins must use two-step verification. */
export function SecurityPolicyForm({ policy }: { policy: { requireAdminMfa: boolean } }) {
  const form = useForm<z.input<typeof securityPolicySchema>, unknown, z.output<typeof securityPolicySchema>>({
    resolver: zodResolver(securityPolicySchema),
    defaultValues: { requireAdminMfa: policy.requireAdminMfa },
  });
  const { onSubmit, formError } = useAdminForm(form, saveSecurityPolicyAction, { successMessage: "Security settings saved." });
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Account security" className="flex flex-col gap-3">
      <FormError message={formError} />
      <label className="inline-flex items-start gap-2 text-sm">
        <input type="checkbox" className="mt-0.5 h-4 w-4" aria-describedby="require-admin-mfa-hint" {...form.register("requireAdminMfa")} />
        <span>Require two-step verification for admins</span>
      </label>
      <p id="require-admin-mfa-hint" className="text-sm text-zinc-600">
        An admin without it is sent to set it up after signing in, and can use the admin pages only once it is on.
      </p>
      <div>
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? "Saving…" : "Save security settings"}
        </Button>
      </div>
    </form>
  );
}

"use client";

import { useState, useTransition, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/dialog";
import type { AdminActionState } from "@/lib/actions/admin-action";

/**
 * A destructive admin action behind a confirmation dialog. A refusal (a movie with showtimes, a
 * showtime with sold tickets …) is shown in the dialog itself, saying why.
 */
export function ConfirmActionButton({
  label,
  title,
  children,
  confirmLabel,
  pendingLabel,
  successMessage,
  redirectTo,
  action,
  variant = "danger",
}: {
  label: string;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  pendingLabel?: string;
  successMessage: string;
  redirectTo?: string;
  action: () => Promise<AdminActionState<unknown>>;
  variant?: "danger" | "secondary";
}) {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const router = useRouter();
  const confirm = () =>
    startTransition(async () => {
      setError(undefined);
      const result = await action();
      if (!result.ok) {
        setError(result.formError ?? "That did not work. Nothing was changed.");
        return;
      }
      setOpen(false);
      toast.success(successMessage);
      if (redirectTo) router.push(redirectTo);
      else router.refresh();
    });
  return (
    <>
      <Button variant={variant} onClick={() => setOpen(true)}>
        {label}
      </Button>
      <ConfirmDialog
        open={open}
        title={title}
        confirmLabel={confirmLabel}
        pendingLabel={pendingLabel}
        pending={pending}
        error={error}
        onConfirm={confirm}
        onClose={() => {
          setOpen(false);
          setError(undefined);
        }}
      >
        {children}
      </ConfirmDialog>
    </>
  );
}

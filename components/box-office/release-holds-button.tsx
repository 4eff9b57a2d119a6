"use client";

import { useActionState } from "react";
import { releaseCounterHoldsAction } from "@/app/box-office/actions";
import { Button } from "@/components/ui/button";

/** Cancels the sale in progress: the held seats go back on sale. */
export function ReleaseHoldsButton() {
  const [, action, pending] = useActionState(releaseCounterHoldsAction, null);
  return (
    <form action={action}>
      <Button type="submit" variant="secondary" disabled={pending} className="min-h-11 w-full">
        {pending ? "Releasing…" : "Release these seats"}
      </Button>
    </form>
  );
}

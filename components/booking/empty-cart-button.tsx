"use client";

import { useActionState } from "react";
import { emptyCartAction } from "@/app/(site)/cart/actions";
import { Button } from "@/components/ui/button";

export function EmptyCartButton() {
  const [, action, pending] = useActionState(emptyCartAction, null);
  return (
    <form
      action={action}
      onSubmit={(event) => {
        if (!window.confirm("Release all the seats in your cart?")) event.preventDefault();
      }}
    >
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Emptying…" : "Empty cart"}
      </Button>
    </form>
  );
}

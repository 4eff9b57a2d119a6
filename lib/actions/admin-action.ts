import "server-only";
import type { z } from "zod";
import type { SessionUser } from "@/lib/auth/sessions";
import type { ActionState } from "./action-state";
import { defineAction } from "./define-action";

/** An admin action's answer (the one ActionState; the name stays for the admin forms' hooks). */
export type AdminActionState<Data = undefined> = ActionState<Data>;

/**
 * Shorthand for the admin forms' object actions: defineAction with `access: "admin"`. A refused
 * caller gets a 401/403 state (requireAdmin logs and audits the refusal); DomainErrors become
 * form and field errors; anything else is a bug, logged and answered without internals.
 */
export function adminAction<Schema extends z.ZodType, Data>(
  schema: Schema,
  handler: (input: z.output<Schema>, admin: SessionUser) => Promise<Data>,
  revalidate?: (data: Data, input: z.output<Schema>) => void | Promise<void>,
): (input: unknown) => Promise<AdminActionState<Data>> {
  return defineAction({
    access: "admin",
    schema,
    handler,
    revalidate,
    data: (result) => result,
  });
}

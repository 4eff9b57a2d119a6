import "server-only";
import type { z } from "zod";
import { requireAdmin } from "@/lib/auth/dal";
import type { SessionUser } from "@/lib/auth/sessions";
import { DomainError, ForbiddenError, UnauthorizedError } from "@/lib/errors";
import { invalidInput, type ActionState } from "./action-state";

/** An admin action's answer; `status` tells a direct caller (or a test) a refusal from a failure. */
export type AdminActionState<Data = undefined> = ActionState<Data> & { status?: number };

type Handler<Input, Data> = (input: Input, admin: SessionUser) => Promise<Data>;

/**
 * The one wrapper every admin server action goes through, so none can forget a step:
 * requireAdmin → schema.safeParse → the domain call → `after` (revalidation) → ActionState.
 * A refused caller gets a 401/403 state (requireAdmin logs the refusal); DomainErrors become form
 * and field errors; anything else is a bug, logged and answered without internals.
 */
export function adminAction<Schema extends z.ZodType, Data>(
  schema: Schema,
  handler: Handler<z.output<Schema>, Data>,
  after?: (data: Data, input: z.output<Schema>) => void | Promise<void>,
): (input: unknown) => Promise<AdminActionState<Data>> {
  return async (input: unknown) => {
    let admin: SessionUser;
    try {
      admin = await requireAdmin();
    } catch (error) {
      if (error instanceof UnauthorizedError || error instanceof ForbiddenError) {
        return { ok: false, status: error.status, formError: error.message };
      }
      throw error;
    }
    const parsed = schema.safeParse(input);
    if (!parsed.success) return { ...invalidInput(parsed.error), status: 422 };
    let data: Data;
    try {
      data = await handler(parsed.data, admin);
    } catch (error) {
      if (error instanceof DomainError) {
        return { ok: false, status: error.status, formError: error.message, fieldErrors: error.fieldErrors };
      }
      console.error("admin action failed", error);
      return { ok: false, status: 500, formError: "Something went wrong and nothing was saved. Try again." };
    }
    if (after) await after(data, parsed.data);
    return { ok: true, data };
  };
}

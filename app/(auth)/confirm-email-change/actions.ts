"use server";

import { confirmEmailChange } from "@/lib/auth/email-change";
import { emailedTokenSchema } from "@/lib/auth/schemas";
import { domainErrorState, type ActionState } from "@/lib/actions/action-state";

/** The button on the page the new address's link opens (a POST, so mail scanners can't spend it). */
export async function confirmEmailChangeAction(_previous: ActionState | null, formData: FormData): Promise<ActionState> {
  const parsed = emailedTokenSchema.safeParse({ token: formData.get("token") });
  if (!parsed.success) return { ok: false, formError: "This link is incomplete. Open the link from your email again." };
  try {
    const changed = await confirmEmailChange(parsed.data.token);
    if (!changed) return { ok: false, formError: "This link has expired or was already used. Ask for a new one from your account." };
    return { ok: true, message: `Done: your account now uses ${changed.email}.` };
  } catch (error) {
    return domainErrorState(error);
  }
}

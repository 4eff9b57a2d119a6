"use server";

import { undoEmailChange } from "@/lib/auth/email-change";
import { emailedTokenSchema } from "@/lib/auth/schemas";
import { domainErrorState, type ActionState } from "@/lib/actions/action-state";

/** The button on the page the old address's link opens: the old address back, every device out. */
export async function undoEmailChangeAction(_previous: ActionState | null, formData: FormData): Promise<ActionState> {
  const parsed = emailedTokenSchema.safeParse({ token: formData.get("token") });
  if (!parsed.success) return { ok: false, formError: "This link is incomplete. Open the link from your email again." };
  try {
    const restored = await undoEmailChange(parsed.data.token);
    if (!restored) return { ok: false, formError: "This link has expired or was already used." };
    return { ok: true, message: `Your account uses ${restored.email} again, and every device was signed out.` };
  } catch (error) {
    return domainErrorState(error);
  }
}

"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getCurrentSessionId, requireSignedIn } from "@/lib/auth/dal";
import { changePassword, signOutEverywhere } from "@/lib/auth/password-change";
import { changePasswordSchema, sessionIdSchema } from "@/lib/auth/schemas";
import { revokeOwnSession } from "@/lib/auth/sessions";
import { clientIp } from "@/lib/security/client-ip";
import { domainErrorState, invalidInput, type ActionState } from "@/lib/actions/action-state";

export async function changePasswordAction(input: unknown): Promise<ActionState> {
  let user;
  try {
    user = await requireSignedIn();
  } catch (error) {
    return domainErrorState(error);
  }
  const parsed = changePasswordSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    await changePassword(user, await getCurrentSessionId(), parsed.data, clientIp(await headers()));
  } catch (error) {
    return domainErrorState(error);
  }
  revalidatePath("/account/security");
  return { ok: true, message: "Your password was changed and your other devices were signed out." };
}

export async function revokeSessionAction(formData: FormData) {
  const user = await requireSignedIn();
  const parsed = sessionIdSchema.safeParse(formData.get("sessionId"));
  if (parsed.success) await revokeOwnSession(user.id, parsed.data);
  revalidatePath("/account/security");
}

export async function signOutEverywhereAction() {
  const user = await requireSignedIn();
  await signOutEverywhere(user.id);
  redirect("/sign-in?callbackUrl=%2Faccount%2Fsecurity");
}

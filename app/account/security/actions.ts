"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getCurrentSessionId, requireSignedIn } from "@/lib/auth/dal";
import { changePassword, signOutEverywhere } from "@/lib/auth/password-change";
import { changePasswordSchema, sessionIdSchema, signInMethodSchema } from "@/lib/auth/schemas";
import { revokeOwnSession } from "@/lib/auth/sessions";
import { signIn } from "@/lib/auth/auth";
import { requireRecentAuthentication } from "@/lib/auth/recent-auth";
import { beginLinking, disconnectProvider } from "@/lib/auth/sign-in-methods";
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
  return {
    ok: true,
    message: parsed.data.signOutOthers
      ? "Your password was changed and your other devices were signed out."
      : "Your password was changed.",
  };
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

/**
 * "Connect" a sign-in service: needs a recent re-authentication, then sends the browser to the
 * provider with a link intent, so the round trip links instead of signing in (lib/auth/auth.ts).
 */
export async function connectSignInMethodAction(input: unknown): Promise<ActionState> {
  const parsed = signInMethodSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const { sessionId } = await requireRecentAuthentication();
    await beginLinking(parsed.data.provider, sessionId);
  } catch (error) {
    return domainErrorState(error);
  }
  // signIn() redirects to the provider by throwing, so it stays outside the try.
  await signIn(parsed.data.provider, { redirectTo: "/account/security" });
  return { ok: true };
}

/** "Disconnect": needs a recent re-authentication; refused for the last way in. */
export async function disconnectSignInMethodAction(input: unknown): Promise<ActionState> {
  const parsed = signInMethodSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const { user } = await requireRecentAuthentication();
    await disconnectProvider(user, parsed.data.provider);
  } catch (error) {
    return domainErrorState(error);
  }
  revalidatePath("/account/security");
  return { ok: true, message: "Disconnected. It can no longer sign you in." };
}

"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { getCurrentSessionId, requireSignedIn } from "@/lib/auth/dal";
import { updateProfile } from "@/lib/auth/profile";
import { requestEmailChange } from "@/lib/auth/email-change";
import { reauthenticateWithPassword, requireRecentAuthentication } from "@/lib/auth/recent-auth";
import { deleteAccountSchema, emailChangeSchema, profileSchema, reauthenticateSchema } from "@/lib/auth/schemas";
import { signOut } from "@/lib/auth/auth";
import { deleteAccount } from "@/lib/account/deletion";
import { throttleEmail } from "@/lib/auth/throttle";
import { clientIp } from "@/lib/security/client-ip";
import { domainErrorState, invalidInput, type ActionState } from "@/lib/actions/action-state";
import { UnauthorizedError } from "@/lib/errors";

/** Name only: the schema is strict, so a smuggled role, emailVerified or id fails the whole update. */
export async function updateProfileAction(input: unknown): Promise<ActionState> {
  let user;
  try {
    user = await requireSignedIn();
  } catch (error) {
    return domainErrorState(error);
  }
  const parsed = profileSchema.safeParse(input);
  if (!parsed.success) {
    const state = invalidInput(parsed.error);
    return parsed.error.issues.some((issue) => issue.code === "unrecognized_keys")
      ? { ok: false, formError: "Only your name can be changed here." }
      : state;
  }
  await updateProfile(user.id, parsed.data);
  revalidatePath("/account");
  return { ok: true, message: "Your name was saved." };
}

/** The re-authentication dialog: the password again, so the next sensitive change is allowed. */
export async function reauthenticateAction(input: unknown): Promise<ActionState> {
  const parsed = reauthenticateSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const user = await requireSignedIn();
    const sessionId = await getCurrentSessionId();
    if (!sessionId) throw new UnauthorizedError();
    await reauthenticateWithPassword(user, sessionId, parsed.data.password, clientIp(await headers()));
  } catch (error) {
    return domainErrorState(error);
  }
  return { ok: true, message: "Thanks, that's you." };
}

/** Needs a recent re-authentication; sends the link to the new address and a notice to the old one. */
export async function requestEmailChangeAction(input: unknown): Promise<ActionState> {
  try {
    const { user } = await requireRecentAuthentication();
    const parsed = emailChangeSchema.safeParse(input);
    if (!parsed.success) return invalidInput(parsed.error);
    await throttleEmail(parsed.data.email, clientIp(await headers()));
    await requestEmailChange(user, parsed.data.email);
    revalidatePath("/account");
    return {
      ok: true,
      message: `We've sent a link to ${parsed.data.email}. Your address changes when you open it (within 24 hours).`,
    };
  } catch (error) {
    return domainErrorState(error);
  }
}

/**
 * Needs a recent re-authentication and the typed email. Once the account is gone the browser's
 * cookie is cleared and it lands on a goodbye page (redirect() throws, so it stays outside the try).
 */
export async function deleteAccountAction(input: unknown): Promise<ActionState> {
  try {
    const { user } = await requireRecentAuthentication();
    const parsed = deleteAccountSchema.safeParse(input);
    if (!parsed.success) return invalidInput(parsed.error);
    await deleteAccount(user, parsed.data.confirmEmail);
  } catch (error) {
    return domainErrorState(error);
  }
  await signOut({ redirectTo: "/account-deleted" });
  return { ok: true };
}

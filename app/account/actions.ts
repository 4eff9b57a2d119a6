"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { deleteAccount } from "@/lib/account/deletion";
import { signOut } from "@/lib/auth/auth";
import { getCurrentSessionId } from "@/lib/auth/dal";
import { requestEmailChange } from "@/lib/auth/email-change";
import { reauthenticateWithPasskey } from "@/lib/auth/passkeys/reauthentication";
import { passkeyReauthenticationSchema } from "@/lib/auth/passkeys/schemas";
import { updateProfile } from "@/lib/auth/profile";
import { reauthenticateWithPassword, requireRecentAuthentication } from "@/lib/auth/recent-auth";
import { deleteAccountSchema, emailChangeSchema, profileSchema, reauthenticateSchema } from "@/lib/auth/schemas";
import { throttleEmail } from "@/lib/auth/throttle";
import { clientIp } from "@/lib/security/client-ip";
import { defineAction } from "@/lib/actions/define-action";
import { UnauthorizedError } from "@/lib/errors";

/** Name only: the schema is strict, so a smuggled role, emailVerified or id fails the whole update. */
export const updateProfileAction = defineAction({
  access: "signed-in",
  schema: profileSchema,
  describeInvalid: (error) =>
    error.issues.some((issue) => issue.code === "unrecognized_keys") ? "Only your name can be changed here." : undefined,
  handler: (input, user) => updateProfile(user.id, input),
  revalidate: () => revalidatePath("/account"),
  message: "Your name was saved.",
});

/** The re-authentication dialog: the password again, so the next sensitive change is allowed. */
export const reauthenticateAction = defineAction({
  access: "signed-in",
  schema: reauthenticateSchema,
  handler: async (input, user) => {
    const sessionId = await getCurrentSessionId();
    if (!sessionId) throw new UnauthorizedError();
    await reauthenticateWithPassword(user, sessionId, input.password, clientIp(await headers()));
  },
  message: "Thanks, that's you.",
});

/** "Confirm it's you" with a passkey instead of the password (the challenge: startPasskeySignInAction). */
export const reauthenticateWithPasskeyAction = defineAction({
  access: "signed-in",
  schema: passkeyReauthenticationSchema,
  handler: async ({ response }, user) => {
    const sessionId = await getCurrentSessionId();
    if (!sessionId) throw new UnauthorizedError();
    await reauthenticateWithPasskey(user, sessionId, response, clientIp(await headers()));
  },
  message: "Thanks, that's you.",
});

/** Needs a recent re-authentication; sends the link to the new address and a notice to the old one. */
export const requestEmailChangeAction = defineAction({
  access: "signed-in",
  schema: emailChangeSchema,
  handler: async (input) => {
    const { user } = await requireRecentAuthentication();
    await throttleEmail(input.email, clientIp(await headers()));
    await requestEmailChange(user, input.email);
  },
  revalidate: () => revalidatePath("/account"),
  message: (_result, input) =>
    `We've sent a link to ${input.email}. Your address changes when you open it (within 24 hours).`,
});

/**
 * Needs a recent re-authentication and the typed email. Once the account is gone the browser's
 * cookie is cleared and it lands on a goodbye page.
 */
export const deleteAccountAction = defineAction({
  access: "signed-in",
  schema: deleteAccountSchema,
  handler: async (input) => {
    const { user } = await requireRecentAuthentication();
    await deleteAccount(user, input.confirmEmail);
    await signOut({ redirect: false });
  },
  redirectTo: () => "/account-deleted",
});

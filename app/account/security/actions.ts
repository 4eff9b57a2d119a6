"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { getCurrentSessionId } from "@/lib/auth/dal";
import { changePassword, signOutEverywhere } from "@/lib/auth/password-change";
import { changePasswordSchema, revokeSessionSchema, signInMethodSchema } from "@/lib/auth/schemas";
import { revokeOwnSession } from "@/lib/auth/sessions";
import { signIn } from "@/lib/auth/auth";
import { requireRecentAuthentication } from "@/lib/auth/recent-auth";
import { beginLinking, disconnectProvider } from "@/lib/auth/sign-in-methods";
import { clientIp } from "@/lib/security/client-ip";
import { confirmAuthenticator, removeAuthenticator, replaceRecoveryCodes, startAuthenticatorEnrolment } from "@/lib/auth/mfa/enrolment";
import { totpCodeSchema } from "@/lib/auth/mfa/schemas";
import { defineAction, defineFormAction } from "@/lib/actions/define-action";
import { noInput } from "@/lib/actions/operation";

function revalidateSecurity() {
  revalidatePath("/account/security");
}

export const changePasswordAction = defineAction({
  access: "signed-in",
  schema: changePasswordSchema,
  handler: async (input, user) => changePassword(user, await getCurrentSessionId(), input, clientIp(await headers())),
  revalidate: revalidateSecurity,
  message: "Your password was changed and your other devices were signed out.",
});

export const revokeSessionAction = defineFormAction({
  access: "signed-in",
  whenSignedOut: { returnTo: "/account/security" },
  schema: revokeSessionSchema,
  handler: (input, user) => revokeOwnSession(user.id, input.sessionId),
  revalidate: revalidateSecurity,
});

export const signOutEverywhereAction = defineFormAction({
  access: "signed-in",
  whenSignedOut: { returnTo: "/account/security" },
  schema: noInput,
  handler: (_input, user) => signOutEverywhere(user.id),
  redirectTo: () => "/sign-in?callbackUrl=%2Faccount%2Fsecurity",
});

/**
 * "Connect" a sign-in service: needs a recent re-authentication, then sends the browser to the
 * provider with a link intent, so the round trip links instead of signing in (lib/auth/auth.ts).
 */
export const connectSignInMethodAction = defineAction({
  access: "signed-in",
  schema: signInMethodSchema,
  handler: async ({ provider }) => {
    const { sessionId } = await requireRecentAuthentication();
    await beginLinking(provider, sessionId);
    return (await signIn(provider, { redirectTo: "/account/security", redirect: false })) as string;
  },
  redirectTo: (providerUrl) => providerUrl,
});

/** "Disconnect": needs a recent re-authentication; refused for the last way in. */
export const disconnectSignInMethodAction = defineAction({
  access: "signed-in",
  schema: signInMethodSchema,
  handler: async ({ provider }) => {
    const { user } = await requireRecentAuthentication();
    await disconnectProvider(user, provider);
  },
  revalidate: revalidateSecurity,
  message: "Disconnected. It can no longer sign you in.",
});

/** "Set up an authenticator app": a fresh secret, shown as a QR code and as text. */
export const startAuthenticatorAction = defineAction({
  access: "signed-in",
  schema: noInput,
  handler: (_input, user) => startAuthenticatorEnrolment(user),
  data: (enrolment) => enrolment,
});

/** "Turn on": one valid code; the first factor also gets its recovery codes, returned once. */
export const confirmAuthenticatorAction = defineAction({
  access: "signed-in",
  schema: totpCodeSchema,
  handler: ({ code }, user) => confirmAuthenticator(user, code),
  revalidate: revalidateSecurity,
  data: (result) => result,
  message: "Two-step verification is on. Signing in now asks for a code from your app.",
});

/** "Remove authenticator app": needs a recent re-authentication; the last factor takes the codes with it. */
export const removeAuthenticatorAction = defineAction({
  access: "signed-in",
  schema: noInput,
  handler: async () => {
    const { user } = await requireRecentAuthentication();
    return removeAuthenticator(user);
  },
  revalidate: revalidateSecurity,
  message: (result) => (result.turnedOff ? "Two-step verification is off and your recovery codes no longer work." : "Authenticator app removed."),
});

/** "Make new recovery codes": needs a recent re-authentication; the old set stops working. */
export const replaceRecoveryCodesAction = defineAction({
  access: "signed-in",
  schema: noInput,
  handler: async () => {
    const { user } = await requireRecentAuthentication();
    return replaceRecoveryCodes(user);
  },
  revalidate: revalidateSecurity,
  data: (recoveryCodes) => ({ recoveryCodes }),
  message: "New recovery codes made. The old ones no longer work.",
});

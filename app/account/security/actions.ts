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

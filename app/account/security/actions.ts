"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { getCurrentSessionId } from "@/lib/auth/dal";
import { changePassword, signOutEverywhere } from "@/lib/auth/password-change";
import { changePasswordSchema, revokeSessionSchema } from "@/lib/auth/schemas";
import { revokeOwnSession } from "@/lib/auth/sessions";
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

"use server";

import { revalidatePath } from "next/cache";
import { finishPasskeyRegistration, startPasskeyRegistration } from "@/lib/auth/passkeys/registration";
import { removePasskey, renamePasskey } from "@/lib/auth/passkeys/manage";
import { addPasskeySchema, removePasskeySchema, renamePasskeySchema } from "@/lib/auth/passkeys/schemas";
import { requireRecentAuthentication } from "@/lib/auth/recent-auth";
import { defineAction } from "@/lib/actions/define-action";
import { noInput } from "@/lib/actions/operation";

function revalidateSecurity() {
  revalidatePath("/account/security");
}

/** A new way into the account: like connecting a sign-in service, it needs a recent re-authentication. */
export const startPasskeyRegistrationAction = defineAction({
  access: "signed-in",
  schema: noInput,
  handler: async () => {
    const { user } = await requireRecentAuthentication();
    return startPasskeyRegistration(user);
  },
  data: (options) => options,
});

export const addPasskeyAction = defineAction({
  access: "signed-in",
  schema: addPasskeySchema,
  handler: async ({ name, response }) => {
    const { user } = await requireRecentAuthentication();
    return finishPasskeyRegistration(user, response, name);
  },
  revalidate: revalidateSecurity,
  // Set only when this passkey turned two-step verification on: shown this once.
  data: ({ recoveryCodes }) => ({ recoveryCodes }),
  message: "Passkey added. You can sign in with it now.",
});

export const renamePasskeyAction = defineAction({
  access: "signed-in",
  schema: renamePasskeySchema,
  handler: ({ id, name }, user) => renamePasskey(user, id, name),
  revalidate: revalidateSecurity,
  message: "Passkey renamed.",
});

export const removePasskeyAction = defineAction({
  access: "signed-in",
  schema: removePasskeySchema,
  handler: async ({ id }) => {
    const { user } = await requireRecentAuthentication();
    await removePasskey(user, id);
  },
  revalidate: revalidateSecurity,
  message: "Passkey removed. It can no longer sign you in.",
});

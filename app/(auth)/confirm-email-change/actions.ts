"use server";

import { confirmEmailChange } from "@/lib/auth/email-change";
import { emailedTokenSchema } from "@/lib/auth/schemas";
import { defineFormStateAction } from "@/lib/actions/define-action";
import { InvalidError } from "@/lib/errors";

/** The button on the page the new address's link opens (a POST, so mail scanners can't spend it). */
export const confirmEmailChangeAction = defineFormStateAction({
  access: "public",
  schema: emailedTokenSchema,
  describeInvalid: () => "This link is incomplete. Open the link from your email again.",
  handler: async ({ token }) => {
    const changed = await confirmEmailChange(token);
    if (!changed) throw new InvalidError("This link has expired or was already used. Ask for a new one from your account.");
    return changed;
  },
  message: (changed) => `Done: your account now uses ${changed.email}.`,
});

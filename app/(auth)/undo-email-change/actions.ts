"use server";

import { undoEmailChange } from "@/lib/auth/email-change";
import { emailedTokenSchema } from "@/lib/auth/schemas";
import { defineFormStateAction } from "@/lib/actions/define-action";
import { InvalidError } from "@/lib/errors";

/** The button on the page the old address's link opens: the old address back, every device out. */
export const undoEmailChangeAction = defineFormStateAction({
  access: "public",
  schema: emailedTokenSchema,
  describeInvalid: () => "This link is incomplete. Open the link from your email again.",
  handler: async ({ token }) => {
    const restored = await undoEmailChange(token);
    if (!restored) throw new InvalidError("This link has expired or was already used.");
    return restored;
  },
  message: (restored) => `Your account uses ${restored.email} again, and every device was signed out.`,
});

"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { getCurrentSessionId } from "@/lib/auth/dal";
import { updateProfile } from "@/lib/auth/profile";
import { reauthenticateWithPassword } from "@/lib/auth/recent-auth";
import { profileSchema, reauthenticateSchema } from "@/lib/auth/schemas";
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

"use server";

import { revalidatePath } from "next/cache";
import { updateProfile } from "@/lib/auth/profile";
import { profileSchema } from "@/lib/auth/schemas";
import { defineAction } from "@/lib/actions/define-action";

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

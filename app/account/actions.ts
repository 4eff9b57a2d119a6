"use server";

import { revalidatePath } from "next/cache";
import { requireSignedIn } from "@/lib/auth/dal";
import { updateProfile } from "@/lib/auth/profile";
import { profileSchema } from "@/lib/auth/schemas";
import { domainErrorState, invalidInput, type ActionState } from "@/lib/actions/action-state";

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

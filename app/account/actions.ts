"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { getCurrentSessionId, requireSignedIn } from "@/lib/auth/dal";
import { updateProfile } from "@/lib/auth/profile";
import { reauthenticateWithPassword } from "@/lib/auth/recent-auth";
import { profileSchema, reauthenticateSchema } from "@/lib/auth/schemas";
import { clientIp } from "@/lib/security/client-ip";
import { domainErrorState, invalidInput, type ActionState } from "@/lib/actions/action-state";
import { UnauthorizedError } from "@/lib/errors";

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

/** The re-authentication dialog: the password again, so the next sensitive change is allowed. */
export async function reauthenticateAction(input: unknown): Promise<ActionState> {
  const parsed = reauthenticateSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const user = await requireSignedIn();
    const sessionId = await getCurrentSessionId();
    if (!sessionId) throw new UnauthorizedError();
    await reauthenticateWithPassword(user, sessionId, parsed.data.password, clientIp(await headers()));
  } catch (error) {
    return domainErrorState(error);
  }
  return { ok: true, message: "Thanks, that's you." };
}

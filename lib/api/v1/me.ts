import "server-only";
import { z } from "zod";
import { userRole } from "@/db/schema";
import { changePassword } from "@/lib/auth/password-change";
import { getProfile, updateProfile } from "@/lib/auth/profile";
import { changePasswordSchema, profileSchema } from "@/lib/auth/schemas";
import { mfaEnabledFor } from "@/lib/auth/mfa/status";
import type { SessionUser } from "@/lib/auth/sessions";
import { NotFoundError } from "@/lib/errors";
import { clientIp } from "@/lib/security/client-ip";
import { defineEndpoint } from "../endpoint";

const tag = "Account";

const me = z.object({
  id: z.uuid(),
  email: z.email(),
  name: z.string(),
  role: z.enum(userRole.enumValues),
  memberSince: z.iso.datetime(),
  twoStepVerification: z.boolean(),
});

async function describe(user: SessionUser): Promise<z.input<typeof me>> {
  const profile = await getProfile(user.id);
  if (!profile) throw new NotFoundError();
  return {
    id: user.id,
    email: profile.email,
    name: profile.name,
    role: user.role,
    memberSince: profile.memberSince.toISOString(),
    twoStepVerification: await mfaEnabledFor(user.id),
  };
}

export const getMe = defineEndpoint({
  method: "GET",
  path: "/api/v1/me",
  operationId: "getMe",
  tag,
  summary: "Who the token belongs to",
  access: "signed-in",
  response: { status: 200, description: "The signed-in account.", schema: me },
  handler: ({ caller }) => describe(caller),
});

export const updateMe = defineEndpoint({
  method: "PATCH",
  path: "/api/v1/me",
  operationId: "updateMe",
  tag,
  summary: "Change your name",
  description: "Only the name: `role`, `email`, `id` or anything else in the body is refused with 422.",
  access: "signed-in",
  input: profileSchema,
  response: { status: 200, description: "The account as saved.", schema: me },
  handler: async ({ caller, input }) => {
    await updateProfile(caller.id, input);
    return describe(caller);
  },
});

export const changeMyPassword = defineEndpoint({
  method: "POST",
  path: "/api/v1/me/password",
  operationId: "changePassword",
  tag,
  summary: "Change your password",
  description: "Needs the current password (throttled like a sign-in). Every other session, web and API, ends; this one goes on.",
  access: "signed-in",
  input: changePasswordSchema,
  response: { status: 204, description: "Changed." },
  handler: async ({ caller, sessionId, input, request }) => {
    await changePassword(caller, sessionId, input, clientIp(request.headers));
  },
});

export const meEndpoints = [getMe, updateMe, changeMyPassword];

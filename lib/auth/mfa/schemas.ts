import { z } from "zod";
import { checkboxField } from "@/lib/admin/form-fields";
import { authenticationResponseSchema } from "@/lib/auth/passkeys/schemas";

/** Six digits; spaces a user typed from the app's "123 456" display are dropped. */
export const totpCodeSchema = z.object({
  code: z
    .string()
    .transform((value) => value.replace(/\s/g, ""))
    .pipe(z.string().regex(/^\d{6}$/, "Enter the 6-digit code from your app.")),
});

export const recoveryCodeSchema = z.object({
  code: z.string().trim().min(1, "Enter one of your recovery codes.").max(40, "That is not a recovery code."),
});

/** The second sign-in step: one factor of the user's choice. */
export const secondFactorSchema = z.discriminatedUnion("method", [
  z.object({ method: z.literal("totp"), code: totpCodeSchema.shape.code }).strict(),
  z.object({ method: z.literal("passkey"), response: authenticationResponseSchema }).strict(),
  z.object({ method: z.literal("recovery"), code: recoveryCodeSchema.shape.code }).strict(),
]);
export type SecondFactorInput = z.infer<typeof secondFactorSchema>;

/** The step as Auth.js's credentials carry it: strings only, so a passkey's answer travels as JSON text. */
export function secondFactorAsCredentials(input: SecondFactorInput): Record<string, string> {
  return input.method === "passkey" ? { method: input.method, response: JSON.stringify(input.response) } : input;
}

export function secondFactorFromCredentials(credentials: Partial<Record<string, unknown>>) {
  if (credentials.method !== "passkey") return secondFactorSchema.safeParse({ method: credentials.method, code: credentials.code });
  let response: unknown = null;
  try {
    response = typeof credentials.response === "string" ? JSON.parse(credentials.response) : null;
  } catch {
    // Not JSON: the schema below refuses the null.
  }
  return secondFactorSchema.safeParse({ method: "passkey", response });
}

export const securityPolicySchema = z.object({ requireAdminMfa: checkboxField }).strict();

import { z } from "zod";
import { checkboxField } from "@/lib/admin/form-fields";

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

/** The second sign-in step: one factor of the user's choice (a passkey branch joins this union later). */
export const secondFactorSchema = z.discriminatedUnion("method", [
  z.object({ method: z.literal("totp"), code: totpCodeSchema.shape.code }).strict(),
  z.object({ method: z.literal("recovery"), code: recoveryCodeSchema.shape.code }).strict(),
]);
export type SecondFactorInput = z.infer<typeof secondFactorSchema>;

export const securityPolicySchema = z.object({ requireAdminMfa: checkboxField }).strict();

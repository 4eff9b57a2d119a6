import { z } from "zod";
import { PASSWORD_INPUT_MAX, passwordProblem } from "./password-policy";

export const emailSchema = z
  .string()
  .trim()
  .min(1, "Enter your email address.")
  .max(254, "That email address is too long.")
  .pipe(z.email("Enter a valid email address."));

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "Enter your password.").max(PASSWORD_INPUT_MAX, "That password is too long."),
  callbackUrl: z.string().max(2048).optional(),
});
export type SignInInput = z.infer<typeof signInSchema>;

export const signUpSchema = z
  .object({
    name: z.string().trim().min(1, "Enter your name.").max(100, "Use at most 100 characters."),
    email: emailSchema,
    password: z.string().max(PASSWORD_INPUT_MAX, "Use at most 1,024 characters."),
    /** Where the visitor was going (e.g. the seat map); checked with safeRedirectPath where it is used. */
    callbackUrl: z.string().max(2048).optional(),
  })
  .strict()
  .superRefine((input, context) => {
    const problem = passwordProblem(input.password, input);
    if (problem) context.addIssue({ code: "custom", path: ["password"], message: problem });
  });
export type SignUpInput = z.infer<typeof signUpSchema>;

/** A new password on its own; the name/email rule is applied again on the server, which knows them. */
const newPasswordSchema = z
  .string()
  .max(PASSWORD_INPUT_MAX, "Use at most 1,024 characters.")
  .superRefine((password, context) => {
    const problem = passwordProblem(password);
    if (problem) context.addIssue({ code: "custom", message: problem });
  });

export const forgotPasswordSchema = z.object({ email: emailSchema }).strict();

/** A new verification link; `callbackUrl` is where the link should bring the person back to. */
export const resendVerificationSchema = z
  .object({ email: emailSchema, callbackUrl: z.string().max(2048).optional() })
  .strict();

/** The single-use token of a "confirm your email" link, posted back by the confirm button. */
export const verifyEmailSchema = z.object({ token: z.string().min(1).max(200) }).strict();

/** Which configured OAuth provider to sign in with (checked against the list), and where to return. */
export const oauthSignInSchema = z.object({ provider: z.string().max(50), callbackUrl: z.string().max(2048).optional() }).strict();

export const resetPasswordSchema = z
  .object({ token: z.string().min(20).max(200), password: newPasswordSchema })
  .strict();
export type ResetPasswordInput = z.infer<typeof resetPasswordSchema>;

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password.").max(PASSWORD_INPUT_MAX, "That password is too long."),
    newPassword: newPasswordSchema,
  })
  .strict();
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

/** What a user may change about themselves: the name. Role, email and verification are not theirs to set. */
export const profileSchema = z
  .object({ name: z.string().trim().min(1, "Enter your name.").max(100, "Use at most 100 characters.") })
  .strict();
export type ProfileInput = z.infer<typeof profileSchema>;

export const revokeSessionSchema = z.object({ sessionId: z.uuid() }).strict();

/** The address to change to; it takes effect only when a link sent to it is used. */
export const emailChangeSchema = z.object({ email: emailSchema }).strict();
export type EmailChangeInput = z.infer<typeof emailChangeSchema>;

/** Deleting the account: the user types their email address to show they mean it. */
export const deleteAccountSchema = z
  .object({ confirmEmail: z.string().trim().min(1, "Type your email address to confirm.").max(254) })
  .strict();
export type DeleteAccountInput = z.infer<typeof deleteAccountSchema>;

/** An OAuth provider to connect or disconnect (checked against the configured ones where used). */
export const signInMethodSchema = z.object({ provider: z.string().min(1).max(50) }).strict();

/** A token from an emailed link, as a form posts it back. */
export const emailedTokenSchema = z.object({ token: z.string().min(20).max(200) }).strict();

/** The current password, to prove it's still you before a sensitive change (lib/auth/recent-auth.ts). */
export const reauthenticateSchema = z
  .object({ password: z.string().min(1, "Enter your password.").max(PASSWORD_INPUT_MAX, "That password is too long.") })
  .strict();
export type ReauthenticateInput = z.infer<typeof reauthenticateSchema>;

export const userRoleChangeSchema = z.object({ userId: z.uuid(), role: z.enum(["customer", "staff", "admin"], "Choose customer, staff or admin.") }).strict();
export const userDisableSchema = z.object({ userId: z.uuid(), disabled: z.enum(["true", "false"]).transform((v) => v === "true") }).strict();
export const userListQuerySchema = z.object({
  q: z.string().max(200).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});

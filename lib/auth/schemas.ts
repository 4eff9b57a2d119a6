import { z } from "zod";

/** Passwords are capped before hashing so a 1 MB body cannot tie up argon2. */
export const PASSWORD_INPUT_MAX = 1024;

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

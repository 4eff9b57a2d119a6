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
  })
  .strict()
  .superRefine((input, context) => {
    const problem = passwordProblem(input.password, input);
    if (problem) context.addIssue({ code: "custom", path: ["password"], message: problem });
  });
export type SignUpInput = z.infer<typeof signUpSchema>;

import { isCommonPassword } from "./common-passwords";

/**
 * The password rule, in one place (NIST SP 800-63B): 12 characters or more, any Unicode, never
 * truncated, no composition rules; refused when common, repetitive or built from the user's own
 * name or email. Returns the reason a password is refused, or null.
 */
export const PASSWORD_MIN_LENGTH = 12;
/** Passwords are capped before hashing so a 1 MB body cannot tie up argon2 (UTF-16 code units). */
export const PASSWORD_INPUT_MAX = 1024;

export function passwordProblem(password: string, context: { email?: string; name?: string } = {}): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return `Use at least ${PASSWORD_MIN_LENGTH} characters (you have ${length}).`;
  if (password.length > PASSWORD_INPUT_MAX) return "Use at most 1,024 characters.";
  if (isCommonPassword(password)) return "This password is one of the most common passwords. Choose something less predictable.";
  if (new Set(password.toLowerCase()).size < 4) return "This password repeats too few different characters. Choose something less predictable.";
  const lower = password.toLowerCase();
  const email = context.email?.trim().toLowerCase();
  const localPart = email?.split("@")[0];
  if (localPart && localPart.length >= 3 && lower.includes(localPart)) return "Don't use your email address in your password.";
  const nameParts = (context.name ?? "").toLowerCase().split(/\s+/).filter((part) => part.length >= 3);
  if (nameParts.some((part) => lower.includes(part))) return "Don't use your name in your password.";
  return null;
}

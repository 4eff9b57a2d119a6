/**
 * The password rule, in one place (NIST SP 800-63B): 12 characters or more, any Unicode, never
 * truncated, no composition rules. Returns the reason a password is refused, or null.
 */
export const PASSWORD_MIN_LENGTH = 12;
/** Passwords are capped before hashing so a 1 MB body cannot tie up argon2. */
export const PASSWORD_INPUT_MAX = 1024;

export function passwordProblem(password: string, context: { email?: string; name?: string } = {}): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return `Use at least ${PASSWORD_MIN_LENGTH} characters (you have ${length}).`;
  if (password.length > PASSWORD_INPUT_MAX) return "Use at most 1,024 characters.";
  const lower = password.toLowerCase();
  const localPart = context.email?.split("@")[0]?.toLowerCase();
  if (localPart && localPart.length >= 3 && lower.includes(localPart)) return "Don't use your email address in your password.";
  const nameParts = (context.name ?? "").toLowerCase().split(/\s+/).filter((part) => part.length >= 3);
  if (nameParts.some((part) => lower.includes(part))) return "Don't use your name in your password.";
  return null;
}

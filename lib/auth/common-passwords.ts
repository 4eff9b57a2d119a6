import { dictionary } from "@zxcvbn-ts/language-common";

/**
 * The common-password blocklist: zxcvbn-ts's list of ~49,000 passwords seen most often in breaches,
 * shipped inside the app (an npm dependency), never fetched at run time. Lower-cased for lookups.
 */
const COMMON_PASSWORDS: ReadonlySet<string> = new Set(dictionary["passwords-common"].map((p) => p.toLowerCase()));

export const COMMON_PASSWORD_COUNT = COMMON_PASSWORDS.size;

/**
 * True when the password is on the list, or is a listed password padded with digits and symbols
 * ("password123456", "!!iloveyou2024") — the padding people add to pass a length rule.
 */
export function isCommonPassword(password: string) {
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower)) return true;
  const core = lower.replace(/^[\d\W_]+|[\d\W_]+$/gu, "");
  return core.length >= 4 && core !== lower && COMMON_PASSWORDS.has(core);
}

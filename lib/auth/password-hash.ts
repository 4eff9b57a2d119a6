import { hash, verify } from "@node-rs/argon2";

/**
 * argon2id (the library's default algorithm) with OWASP's minimum: m = 19 MiB, t = 2, p = 1.
 * Raising these upgrades each stored hash at its owner's next sign-in.
 */
export const HASH_OPTIONS = {
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
} as const;

export function hashPassword(password: string) {
  return hash(password, HASH_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string) {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash is a wrong password, never a crash of the sign-in form.
    return false;
  }
}

/** True when the stored hash was made with other parameters than today's. */
export function needsRehash(passwordHash: string) {
  const { memoryCost, timeCost, parallelism } = HASH_OPTIONS;
  return !passwordHash.startsWith(`$argon2id$v=19$m=${memoryCost},t=${timeCost},p=${parallelism}$`);
}

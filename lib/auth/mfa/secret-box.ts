import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { env, mfaKeyRingOf, type MfaKeyRing } from "../../env";

/**
 * Secrets at rest (TOTP seeds) under AES-256-GCM: `v1.<kid>.<iv>.<ciphertext>.<tag>`, base64url parts.
 * The key id names the key of MFA_ENCRYPTION_KEYS that sealed it, so a new key can be put first while
 * the old ones still open what they sealed (and what is opened with an old key is resealed on use).
 */
const VERSION = "v1";

function currentRing(): MfaKeyRing {
  return mfaKeyRingOf(env);
}

export function seal(plaintext: string, ring: MfaKeyRing = currentRing()): string {
  const [{ id, key }] = ring;
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  // The header is authenticated too: a box can't be relabelled with another key id or version.
  cipher.setAAD(Buffer.from(`${VERSION}.${id}`));
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [VERSION, id, iv, ciphertext, cipher.getAuthTag()]
    .map((part) => (typeof part === "string" ? part : part.toString("base64url")))
    .join(".");
}

/** The plaintext, or an error for a box that was tampered with or sealed with a key no longer in the ring. */
export function open(box: string, ring: MfaKeyRing = currentRing()): string {
  const [version, id, iv, ciphertext, tag, ...rest] = box.split(".");
  if (version !== VERSION || !id || !iv || ciphertext === undefined || !tag || rest.length > 0) {
    throw new Error("secret-box: not a sealed secret");
  }
  const entry = ring.find((candidate) => candidate.id === id);
  if (!entry) throw new Error(`secret-box: no key "${id}" in MFA_ENCRYPTION_KEYS`);
  const decipher = createDecipheriv("aes-256-gcm", entry.key, Buffer.from(iv, "base64url"));
  decipher.setAAD(Buffer.from(`${VERSION}.${id}`));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
}

/** True when the box was sealed with a key other than the current one: reseal it after opening. */
export function sealedWithOldKey(box: string, ring: MfaKeyRing = currentRing()): boolean {
  return box.split(".")[1] !== ring[0].id;
}

import "server-only";
import { generateRegistrationOptions, verifyRegistrationResponse, type RegistrationResponseJSON } from "@simplewebauthn/server";
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { passkeys } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { InvalidError } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/sessions";
import { issueFirstRecoveryCodes } from "@/lib/auth/mfa/enrolment";
import { getMfaStatus } from "@/lib/auth/mfa/status";
import { consumeChallenge, saveChallenge } from "./challenges";
import { sendPasskeyChangedEmail } from "./notifications";
import { relyingParty } from "./relying-party";

const refused = "Your device's answer could not be checked, so no passkey was added. Try again.";

/**
 * Step one of adding a passkey: the options for `navigator.credentials.create`. A discoverable
 * credential (resident key) so the passkey can later sign in with no email typed; the user's
 * existing passkeys are excluded so one authenticator is not registered twice.
 */
export async function startPasskeyRegistration(user: SessionUser) {
  const db = await getDb();
  const rp = relyingParty();
  const existing = await db.select({ id: passkeys.id, transports: passkeys.transports }).from(passkeys).where(eq(passkeys.userId, user.id));
  const options = await generateRegistrationOptions({
    rpName: rp.name,
    rpID: rp.id,
    userName: user.email,
    userDisplayName: user.name,
    userID: new TextEncoder().encode(user.id),
    attestationType: "none",
    excludeCredentials: existing.map((key) => ({ id: key.id, transports: key.transports })),
    authenticatorSelection: { residentKey: "required", userVerification: "preferred" },
  });
  await saveChallenge(db, options.challenge, "registration", user.id);
  return options;
}

/**
 * Step two: checks the authenticator's answer against our challenge, origin and RP ID, and keeps the
 * key. A passkey is a second factor too: when it is the user's first, two-step verification is on from
 * now and the recovery codes are returned, this once.
 */
export async function finishPasskeyRegistration(
  user: SessionUser,
  response: RegistrationResponseJSON,
  name: string,
): Promise<{ recoveryCodes: string[] | null }> {
  const db = await getDb();
  const rp = relyingParty();
  const verification = await verifyRegistrationResponse({
    response,
    expectedChallenge: (challenge) => consumeChallenge(db, challenge, "registration", user.id),
    expectedOrigin: rp.origin,
    expectedRPID: rp.id,
    requireUserVerification: false,
  }).catch(() => null);
  if (!verification?.verified) throw new InvalidError(refused);
  const { credential, credentialDeviceType, credentialBackedUp } = verification.registrationInfo;
  const recoveryCodes = await db.transaction(async (tx) => {
    const before = await getMfaStatus(tx, user.id);
    const [added] = await tx
      .insert(passkeys)
      .values({
        id: credential.id,
        userId: user.id,
        name,
        publicKey: credential.publicKey,
        counter: credential.counter,
        transports: credential.transports ?? [],
        deviceType: credentialDeviceType,
        backedUp: credentialBackedUp,
      })
      .onConflictDoNothing()
      .returning({ id: passkeys.id });
    if (!added) throw new InvalidError("That passkey is already registered.");
    await recordAudit(tx, { actorUserId: user.id, action: "passkey.added", entityType: "passkey", entityId: credential.id, details: { name } });
    return before.enabled ? null : issueFirstRecoveryCodes(tx, user.id);
  });
  await sendPasskeyChangedEmail(user, name, "added");
  return { recoveryCodes };
}

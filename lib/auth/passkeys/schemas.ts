import type { AuthenticationExtensionsClientOutputs } from "@simplewebauthn/server";
import { z } from "zod";

/**
 * What the browser sends back from a WebAuthn ceremony (the JSON shape @simplewebauthn/browser
 * produces). Only the envelope is checked here, with sizes capped; @simplewebauthn/server checks
 * every byte inside.
 */
const base64url = (max: number) => z.string().max(max).regex(/^[A-Za-z0-9_-]*$/, "Not base64url.");

const credentialEnvelope = {
  id: base64url(1400).min(1),
  rawId: base64url(1400).min(1),
  type: z.literal("public-key"),
  clientExtensionResults: z.custom<AuthenticationExtensionsClientOutputs>(
    (value) => typeof value === "object" && value !== null && !Array.isArray(value),
    "Not an object.",
  ),
  authenticatorAttachment: z.enum(["platform", "cross-platform"]).optional(),
};

export const registrationResponseSchema = z.object({
  ...credentialEnvelope,
  response: z.object({
    clientDataJSON: base64url(4096),
    attestationObject: base64url(16_384),
    transports: z.array(z.string().max(32)).max(10).optional(),
    authenticatorData: base64url(16_384).optional(),
    publicKey: base64url(4096).optional(),
    publicKeyAlgorithm: z.number().int().optional(),
  }),
});

export const authenticationResponseSchema = z.object({
  ...credentialEnvelope,
  response: z.object({
    clientDataJSON: base64url(4096),
    authenticatorData: base64url(4096),
    signature: base64url(1024),
    userHandle: base64url(256).optional(),
  }),
});

export const passkeyNameSchema = z.string().trim().min(1, "Give the passkey a name.").max(60, "Use at most 60 characters.");

export const addPasskeySchema = z.object({ name: passkeyNameSchema, response: registrationResponseSchema }).strict();
export const renamePasskeySchema = z.object({ id: base64url(1400).min(1), name: passkeyNameSchema }).strict();
export const removePasskeySchema = z.object({ id: base64url(1400).min(1) }).strict();
export const passkeySignInSchema = z
  .object({ response: authenticationResponseSchema, callbackUrl: z.string().max(2048).optional() })
  .strict();
export const passkeyReauthenticationSchema = z.object({ response: authenticationResponseSchema }).strict();

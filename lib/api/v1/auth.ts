import "server-only";
import { z } from "zod";
import { authenticateWithPassword } from "@/lib/auth/password-sign-in";
import { requestPasswordReset, resetPassword } from "@/lib/auth/password-reset";
import { forgotPasswordSchema, resetPasswordSchema, signInSchema, signUpSchema, verifyEmailSchema } from "@/lib/auth/schemas";
import { signUp } from "@/lib/auth/sign-up";
import { throttleEmail } from "@/lib/auth/throttle";
import { confirmEmailAddress } from "@/lib/auth/verify-email";
import { checkSecondFactor, WrongCodeError } from "@/lib/auth/mfa/second-factor";
import { mfaEnabledFor } from "@/lib/auth/mfa/status";
import { sendNewSignInEmail } from "@/lib/auth/notifications";
import { RateLimitedError } from "@/lib/errors";
import { clientIp } from "@/lib/security/client-ip";
import { log } from "@/lib/log/logger";
import { closeApiSession, openApiSession, rotateRefreshToken } from "../api-sessions";
import { defineEndpoint } from "../endpoint";
import { ApiRefusal } from "../errors";

const tag = "Authentication";

const accepted = z.object({ message: z.string() });

const tokenPair = z.object({
  access_token: z.string().describe("A JWT for `Authorization: Bearer …`, valid for `expires_in` seconds."),
  refresh_token: z.string().describe("Single use: trade it at /api/v1/auth/refresh for a new pair. Using one twice ends the session."),
  token_type: z.literal("Bearer"),
  expires_in: z.int(),
});

const tokenRequest = signInSchema
  .pick({ email: true, password: true })
  .extend({
    otp: z
      .string()
      .trim()
      .min(1)
      .max(40, "That is not a code.")
      .optional()
      .describe("With two-step verification on: the 6-digit code from the authenticator app, or a recovery code."),
  })
  .strict();

const wrongCredentials = () => new ApiRefusal(401, "invalid_credentials", "The email or password is not right.");

/** A six-digit answer is an authenticator code; anything else is tried as a recovery code. */
function secondFactorOf(otp: string) {
  const digits = otp.replace(/\s/g, "");
  return /^\d{6}$/.test(digits) ? { method: "totp" as const, code: digits } : { method: "recovery" as const, code: otp };
}

export const issueToken = defineEndpoint({
  method: "POST",
  path: "/api/v1/auth/token",
  operationId: "issueToken",
  tag,
  summary: "Sign in: trade an email and password (and a two-step code) for a token pair",
  description:
    "Throttled like the web's sign-in, per account whatever the address. 401 `invalid_credentials` for a wrong email or password; 401 `mfa_required` when two-step verification is on and `otp` is missing or wrong; 403 `email_not_verified` until the address is confirmed.",
  access: "public",
  input: tokenRequest,
  response: { status: 200, description: "A new API session's tokens.", schema: tokenPair },
  problems: [401, 403],
  handler: async ({ input, request }) => {
    const ip = clientIp(request.headers);
    const result = await authenticateWithPassword(input, ip);
    if (result.status === "throttled") throw new RateLimitedError(result.retryAfterSeconds);
    if (result.status === "invalid") throw wrongCredentials();
    if (result.status === "unverified") {
      throw new ApiRefusal(403, "email_not_verified", "Confirm your email address first: open the link we sent you, or ask for a new one.");
    }
    let method = "api-password";
    if (await mfaEnabledFor(result.user.id)) {
      if (!input.otp) {
        throw new ApiRefusal(401, "mfa_required", "Two-step verification is on for this account: send the code from your authenticator app, or a recovery code, as `otp`.");
      }
      const factor = secondFactorOf(input.otp);
      try {
        if (!(await checkSecondFactor(result.user.id, factor))) throw wrongCredentials();
      } catch (error) {
        if (error instanceof WrongCodeError) throw new ApiRefusal(401, "mfa_required", error.message);
        throw error;
      }
      method = `api-password+${factor.method}`;
    }
    const meta = { userAgent: (request.headers.get("user-agent") ?? "").slice(0, 500), ipAddress: ip };
    const { pair, unknownDevice } = await openApiSession(result.user, { ...meta, method });
    if (unknownDevice) {
      await sendNewSignInEmail(result.user, meta).catch((error: unknown) =>
        log.error({ err: error }, "could not queue the new sign-in email"),
      );
    }
    return pair;
  },
});

export const refreshToken = defineEndpoint({
  method: "POST",
  path: "/api/v1/auth/refresh",
  operationId: "refreshToken",
  tag,
  summary: "Trade a refresh token for a new pair",
  description: "Refresh tokens rotate: each works once. Presenting a used one again ends its session, and both it and the pair it was traded for stop working.",
  access: "public",
  input: z.object({ refresh_token: z.string().min(1).max(200) }).strict(),
  response: { status: 200, description: "The session's new tokens.", schema: tokenPair },
  problems: [401],
  handler: async ({ input }) => {
    const pair = await rotateRefreshToken(input.refresh_token);
    if (!pair) throw new ApiRefusal(401, "invalid_refresh_token", "This refresh token is not valid any more. Sign in again.");
    return pair;
  },
});

export const logout = defineEndpoint({
  method: "POST",
  path: "/api/v1/auth/logout",
  operationId: "logout",
  tag,
  summary: "End this API session",
  description: "Its access token and refresh token stop working at once.",
  access: "signed-in",
  response: { status: 204, description: "Signed out." },
  handler: async ({ caller, sessionId }) => {
    await closeApiSession(caller.id, sessionId);
  },
});

export const register = defineEndpoint({
  method: "POST",
  path: "/api/v1/auth/register",
  operationId: "register",
  tag,
  summary: "Create a customer account",
  description:
    "Answers the same whether or not the address already has an account (that owner gets an email saying so). The verification email links to `/verify-email?token=…`; post that token to /api/v1/auth/verify-email.",
  access: "public",
  input: signUpSchema,
  response: { status: 202, description: "Check the inbox.", schema: accepted },
  handler: async ({ input, request }) => {
    await throttleEmail(input.email, clientIp(request.headers));
    await signUp(input);
    return { message: "Check your inbox: we've sent a link to confirm the address." };
  },
});

export const verifyEmail = defineEndpoint({
  method: "POST",
  path: "/api/v1/auth/verify-email",
  operationId: "verifyEmail",
  tag,
  summary: "Confirm an email address with the token from its link",
  access: "public",
  input: verifyEmailSchema,
  response: { status: 200, description: "Confirmed: the account can sign in.", schema: accepted },
  handler: async ({ input, request }) => {
    const result = await confirmEmailAddress(input.token, clientIp(request.headers));
    if (result.status === "throttled") throw result.error;
    if (result.status === "invalid") throw new ApiRefusal(422, "invalid_token", "This link has expired or was already used. Ask for a new one.");
    return { message: "Your email address is confirmed. You can sign in now." };
  },
});

export const forgotPassword = defineEndpoint({
  method: "POST",
  path: "/api/v1/auth/password/forgot",
  operationId: "forgotPassword",
  tag,
  summary: "Email a password reset link",
  description: "Answers the same whether or not the address has an account. The link carries `?token=…` for /api/v1/auth/password/reset.",
  access: "public",
  input: forgotPasswordSchema,
  response: { status: 202, description: "A link is on its way if the account exists.", schema: accepted },
  handler: async ({ input, request }) => {
    await throttleEmail(input.email, clientIp(request.headers));
    await requestPasswordReset(input.email);
    return { message: "If that address has a Marquee account, a reset link is on its way. It works for 1 hour." };
  },
});

export const resetPasswordWithToken = defineEndpoint({
  method: "POST",
  path: "/api/v1/auth/password/reset",
  operationId: "resetPassword",
  tag,
  summary: "Set a new password with the token from a reset link",
  description: "Every session of the account, web and API, ends.",
  access: "public",
  input: resetPasswordSchema,
  response: { status: 204, description: "The password is changed." },
  handler: async ({ input }) => {
    await resetPassword(input.token, input.password);
  },
});

export const authEndpoints = [register, verifyEmail, issueToken, refreshToken, logout, forgotPassword, resetPasswordWithToken];

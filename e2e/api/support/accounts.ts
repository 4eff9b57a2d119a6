import { randomUUID } from "node:crypto";
import { expect, inject } from "vitest";
import { api, bodyOf, linkIn, tokenFromLink, uniqueIp, waitForEmail } from "./http";

export type TokenPair = { access_token: string; refresh_token: string; token_type: "Bearer"; expires_in: number };

export type ApiCustomer = { email: string; password: string; name: string; ip: string; tokens: TokenPair };

/** A password the policy accepts (long, not common, not the name or email). */
export const strongPassword = () => `Popcorn-${randomUUID()}-row7`;

/**
 * A brand-new verified customer, made the way an app makes one: register, read the verification email
 * the app sent, confirm the token, sign in. Each customer has its own client address (uniqueIp).
 */
export async function newCustomer(name = "Robin Tester"): Promise<ApiCustomer> {
  const email = `api-${randomUUID()}@example.test`;
  const password = strongPassword();
  const ip = uniqueIp();
  const registered = await api("/api/v1/auth/register", { body: { email, password, name }, ip });
  expect(registered.status).toBe(202);
  const link = linkIn(await waitForEmail(email, /Confirm your email/), "/verify-email");
  const verified = await api("/api/v1/auth/verify-email", { body: { token: tokenFromLink(link) }, ip });
  expect(verified.status).toBe(200);
  return { email, password, name, ip, tokens: await signIn(email, password, ip) };
}

export async function signIn(email: string, password: string, ip: string): Promise<TokenPair> {
  const response = await api<TokenPair>("/api/v1/auth/token", { body: { email, password }, ip });
  expect(response.status, response.text).toBe(200);
  return bodyOf(response);
}

/**
 * The demo admin's access token, signed in once per run by the global setup (its second step is a
 * TOTP code, accepted once per 30 s, so test files can't each sign in at the same moment).
 */
export function adminToken(): string {
  return inject("adminAccessToken");
}

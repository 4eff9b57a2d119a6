import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { newCustomer, signIn, strongPassword, type TokenPair } from "./support/accounts";
import { api, apiUrl, bodyOf, linkIn, tokenFromLink, uniqueIp, waitForEmail } from "./support/http";
import { expectConforms } from "./support/openapi";

/** The whole account life of an app user, over HTTP, every answer checked against the OpenAPI document. */

const problemType = "application/problem+json";

describe("API authentication", () => {
  it("registers, confirms the address from the emailed link, signs in, and the link works once", async () => {
    const email = `api-${randomUUID()}@example.test`;
    const password = strongPassword();
    const ip = uniqueIp();

    const registered = await api("/api/v1/auth/register", { body: { email, password, name: "Rita Register" }, ip });
    await expectConforms("register", registered);
    expect(registered.status).toBe(202);
    // The same answer for an address that already has an account: nothing tells them apart.
    const again = await api("/api/v1/auth/register", { body: { email, password: strongPassword(), name: "Someone Else" }, ip });
    expect(again.status).toBe(202);
    expect(again.body).toEqual(registered.body);

    const unverified = await api("/api/v1/auth/token", { body: { email, password }, ip });
    await expectConforms("issueToken", unverified);
    expect(unverified.status).toBe(403);
    expect(unverified.body).toMatchObject({ code: "email_not_verified" });

    const token = tokenFromLink(linkIn(await waitForEmail(email, /Confirm your email/), "/verify-email"));
    const verified = await api("/api/v1/auth/verify-email", { body: { token }, ip });
    await expectConforms("verifyEmail", verified);
    expect(verified.status).toBe(200);
    const reused = await api("/api/v1/auth/verify-email", { body: { token }, ip });
    await expectConforms("verifyEmail", reused);
    expect(reused.status).toBe(422);

    const signedIn = await api<TokenPair>("/api/v1/auth/token", { body: { email, password }, ip });
    await expectConforms("issueToken", signedIn);
    expect(signedIn.body).toMatchObject({ token_type: "Bearer", expires_in: 900 });
    const me = await api("/api/v1/me", { token: bodyOf(signedIn).access_token });
    await expectConforms("getMe", me);
    expect(me.body).toMatchObject({ email, name: "Rita Register", role: "customer", twoStepVerification: false });
  });

  it("answers a wrong password and an unknown address with the same 401", async () => {
    const customer = await newCustomer();
    const ip = uniqueIp();
    const wrong = await api("/api/v1/auth/token", { body: { email: customer.email, password: "not-the-password" }, ip });
    const unknown = await api("/api/v1/auth/token", { body: { email: `nobody-${randomUUID()}@example.test`, password: "whatever-it-is" }, ip });
    await expectConforms("issueToken", wrong);
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get("content-type")).toContain(problemType);
    expect(unknown.status).toBe(401);
    // Alike but for the id each response carries for the log (header and body), which differs per request.
    const { requestId: wrongId, ...wrongProblem } = wrong.body as { requestId: string };
    const { requestId: unknownId, ...unknownProblem } = unknown.body as { requestId: string };
    expect(unknownProblem).toEqual(wrongProblem);
    expect(wrongId).toBe(wrong.headers.get("x-request-id"));
    expect(unknownId).toBe(unknown.headers.get("x-request-id"));
    expect(unknownId).not.toBe(wrongId);
  });

  it("throttles one account guessed from many addresses with 429 and Retry-After", async () => {
    const customer = await newCustomer();
    let last = await api("/api/v1/auth/token", { body: { email: customer.email, password: "wrong-guess-0" }, ip: uniqueIp() });
    for (let guess = 1; guess < 15 && last.status !== 429; guess++) {
      last = await api("/api/v1/auth/token", { body: { email: customer.email, password: `wrong-guess-${guess}` }, ip: uniqueIp() });
    }
    await expectConforms("issueToken", last);
    expect(last.status).toBe(429);
    expect(Number(last.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("rotates refresh tokens; reusing an old one ends the session for both pairs", async () => {
    const { tokens } = await newCustomer();
    const refreshed = await api<TokenPair>("/api/v1/auth/refresh", { body: { refresh_token: tokens.refresh_token } });
    await expectConforms("refreshToken", refreshed);
    expect(refreshed.status).toBe(200);
    const next = bodyOf(refreshed);
    expect((await api("/api/v1/me", { token: next.access_token })).status).toBe(200);

    const replayed = await api("/api/v1/auth/refresh", { body: { refresh_token: tokens.refresh_token } });
    await expectConforms("refreshToken", replayed);
    expect(replayed.status).toBe(401);
    expect((await api("/api/v1/me", { token: next.access_token })).status).toBe(401);
    expect((await api("/api/v1/auth/refresh", { body: { refresh_token: next.refresh_token } })).status).toBe(401);
  });

  it("logs out: the access and refresh tokens stop working at once", async () => {
    const { tokens } = await newCustomer();
    const loggedOut = await api("/api/v1/auth/logout", { method: "POST", token: tokens.access_token });
    await expectConforms("logout", loggedOut);
    expect(loggedOut.status).toBe(204);
    const me = await api("/api/v1/me", { token: tokens.access_token });
    await expectConforms("getMe", me);
    expect(me.status).toBe(401);
    expect(me.headers.get("www-authenticate")).toContain("Bearer");
    expect((await api("/api/v1/auth/refresh", { body: { refresh_token: tokens.refresh_token } })).status).toBe(401);
  });

  it("refuses unsigned tokens, tokens signed with another key, and no token", async () => {
    const { tokens } = await newCustomer();
    const [header, payload] = tokens.access_token.split(".");
    const none = `${Buffer.from(JSON.stringify({ alg: "none", typ: "at+jwt" })).toString("base64url")}.${payload}.`;
    const forged = `${header}.${payload}.${Buffer.from("forged-signature-bytes-0123456789ab").toString("base64url")}`;
    for (const token of [none, forged]) {
      const response = await api("/api/v1/me", { token });
      expect(response.status, token.slice(0, 16)).toBe(401);
    }
    expect((await api("/api/v1/me")).status).toBe(401);
  });

  it("changes the name only: role, email or id in the body is refused by name", async () => {
    const { tokens } = await newCustomer();
    const renamed = await api("/api/v1/me", { method: "PATCH", body: { name: "New Name" }, token: tokens.access_token });
    await expectConforms("updateMe", renamed);
    expect(renamed.body).toMatchObject({ name: "New Name" });
    for (const smuggled of [{ role: "admin" }, { email: "x@example.test" }, { id: randomUUID() }]) {
      const refused = await api<{ errors: Record<string, string[]> }>("/api/v1/me", { method: "PATCH", body: { name: "Name", ...smuggled }, token: tokens.access_token });
      await expectConforms("updateMe", refused);
      expect(refused.status).toBe(422);
      expect(Object.keys(bodyOf(refused).errors)).toEqual(Object.keys(smuggled));
    }
    const me = await api("/api/v1/me", { token: tokens.access_token });
    expect(me.body).toMatchObject({ role: "customer", name: "New Name" });
  });

  it("changes the password with the current one; other sessions end, this one goes on", async () => {
    const customer = await newCustomer();
    const other = await signIn(customer.email, customer.password, customer.ip);
    const wrong = await api<{ errors: Record<string, string[]> }>("/api/v1/me/password", {
      body: { currentPassword: "not-it", newPassword: strongPassword() },
      token: customer.tokens.access_token,
      ip: customer.ip,
    });
    await expectConforms("changePassword", wrong);
    expect(wrong.status).toBe(422);
    expect(bodyOf(wrong).errors).toHaveProperty("currentPassword");

    const newPassword = strongPassword();
    const changed = await api("/api/v1/me/password", {
      body: { currentPassword: customer.password, newPassword },
      token: customer.tokens.access_token,
      ip: customer.ip,
    });
    await expectConforms("changePassword", changed);
    expect(changed.status).toBe(204);
    expect((await api("/api/v1/me", { token: customer.tokens.access_token })).status).toBe(200);
    expect((await api("/api/v1/me", { token: other.access_token })).status).toBe(401);
    expect((await api("/api/v1/auth/token", { body: { email: customer.email, password: newPassword }, ip: customer.ip })).status).toBe(200);
  });

  it("resets a forgotten password by email and ends every session", async () => {
    const customer = await newCustomer();
    const unknown = await api("/api/v1/auth/password/forgot", { body: { email: `nobody-${randomUUID()}@example.test` }, ip: customer.ip });
    const forgot = await api("/api/v1/auth/password/forgot", { body: { email: customer.email }, ip: customer.ip });
    await expectConforms("forgotPassword", forgot);
    expect(forgot.status).toBe(202);
    expect(unknown.body).toEqual(forgot.body);

    const token = tokenFromLink(linkIn(await waitForEmail(customer.email, /Reset your Marquee password/), "/reset-password"));
    const weak = await api<{ errors: Record<string, string[]> }>("/api/v1/auth/password/reset", { body: { token, password: "password" } });
    await expectConforms("resetPassword", weak);
    expect(weak.status).toBe(422);
    expect(bodyOf(weak).errors).toHaveProperty("password");

    const reset = await api("/api/v1/auth/password/reset", { body: { token, password: strongPassword() } });
    await expectConforms("resetPassword", reset);
    expect(reset.status).toBe(204);
    expect((await api("/api/v1/me", { token: customer.tokens.access_token })).status).toBe(401);
    expect((await api("/api/v1/auth/refresh", { body: { refresh_token: customer.tokens.refresh_token } })).status).toBe(401);
  });

  it("asks an account with two-step verification for its code", async () => {
    const ip = uniqueIp();
    for (const body of [{}, { otp: "000000" }, { otp: "not-a-recovery-code" }]) {
      const response = await api("/api/v1/auth/token", { body: { email: "admin@marquee.test", password: "marquee-admin-demo", ...body }, ip });
      await expectConforms("issueToken", response);
      expect(response.status, JSON.stringify(body)).toBe(401);
      expect(response.body).toMatchObject({ code: "mfa_required" });
    }
  });

  it("answers bad requests with problem details, never a 5xx", async () => {
    const post = (init: RequestInit) => fetch(apiUrl("/api/v1/auth/token"), { method: "POST", ...init });
    const malformed = await post({ headers: { "Content-Type": "application/json" }, body: "{not json" });
    expect(malformed.status).toBe(400);
    expect(malformed.headers.get("content-type")).toContain(problemType);
    const huge = await post({ headers: { "Content-Type": "application/json" }, body: JSON.stringify({ email: "a@b.c", password: "x".repeat(200_000) }) });
    expect(huge.status).toBe(413);
    const text = await post({ headers: { "Content-Type": "text/plain" }, body: "{}" });
    expect(text.status).toBe(415);
    const invalid = await api<{ errors: Record<string, string[]> }>("/api/v1/auth/token", { body: { email: "not-an-email", password: "" } });
    await expectConforms("issueToken", invalid);
    expect(invalid.status).toBe(422);
    expect(Object.keys(bodyOf(invalid).errors).sort()).toEqual(["email", "password"]);
  });

  it("lets any origin call it without credentials (bearer tokens only, no cookies)", async () => {
    const preflight = await fetch(apiUrl("/api/v1/me"), {
      method: "OPTIONS",
      headers: { Origin: "https://kiosk.example", "Access-Control-Request-Method": "PATCH", "Access-Control-Request-Headers": "authorization, content-type" },
    });
    expect(preflight.status).toBeLessThan(300);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("*");
    expect(preflight.headers.get("access-control-allow-headers")).toMatch(/authorization/i);
    expect(preflight.headers.get("access-control-allow-credentials")).toBeNull();
  });

  it("publishes an OpenAPI 3.1 document of every operation", async () => {
    const document = await api<{ openapi: string; paths: Record<string, unknown> }>("/api/v1/openapi.json");
    expect(document.status).toBe(200);
    expect(bodyOf(document).openapi).toBe("3.1.0");
    expect(Object.keys(bodyOf(document).paths)).toEqual(expect.arrayContaining(["/api/v1/auth/token", "/api/v1/me"]));
  });
});

import { beforeAll, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { SignJWT, exportJWK, generateKeyPair } from "jose";
import { NextRequest } from "next/server";
import { users } from "@/db/schema";
import { testDb, unique } from "@/test/database";
import { log } from "@/lib/log/logger";

/**
 * SECURITY.md attack 19: an OAuth response from the wrong issuer gives no session. These drive the
 * app's real Auth.js route handlers and its real "test-oidc" provider (oauth-providers.ts) through a
 * whole authorization-code flow; only the identity provider is faked, by answering its fetches here,
 * so each test decides which issuer the authorization response and the ID token name.
 */
const ISSUER = vi.hoisted(() => {
  const issuer = "https://idp.marquee.test";
  process.env.AUTH_TEST_OIDC_ISSUER = issuer;
  process.env.AUTH_TEST_OIDC_ID = "marquee-vitest";
  process.env.AUTH_TEST_OIDC_SECRET = "marquee-vitest-oidc-client-secret-0123456789";
  return issuer;
});
const CLIENT_ID = "marquee-vitest";
const OTHER_ISSUER = "https://evil-idp.example.test";
const APP = "http://localhost:3000";

// The jwt callback reads the request headers, which only exist inside Next.js's request scope.
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "user-agent": "vitest", "x-forwarded-for": "203.0.113.19" }),
  cookies: async () => ({ get: () => undefined, getAll: () => [], set: () => undefined }),
}));

type Handlers = typeof import("./auth")["handlers"];
let handlers: Handlers;
let keys: Awaited<ReturnType<typeof generateKeyPair>>;
/** What the fake identity provider puts in the next ID token it issues. */
let nextIdToken: { iss: string; email: string } = { iss: ISSUER, email: "" };
let expectedNonce = "";
// Auth.js logs why it refused a callback (auth.ts's logger, the cause under `err`): the tests read the reason from there.
const loggedErrors = vi.spyOn(log, "error").mockImplementation(() => undefined);

async function fakeIdentityProvider(url: URL): Promise<Response | null> {
  if (url.origin !== ISSUER) return null;
  if (url.pathname === "/.well-known/openid-configuration") {
    return Response.json({
      issuer: ISSUER,
      authorization_endpoint: `${ISSUER}/auth`,
      token_endpoint: `${ISSUER}/token`,
      userinfo_endpoint: `${ISSUER}/me`,
      jwks_uri: `${ISSUER}/jwks`,
      response_types_supported: ["code"],
      id_token_signing_alg_values_supported: ["RS256"],
      authorization_response_iss_parameter_supported: true,
    });
  }
  if (url.pathname === "/jwks") return Response.json({ keys: [{ ...(await exportJWK(keys.publicKey)), alg: "RS256", kid: "k1" }] });
  if (url.pathname === "/token") {
    const idToken = await new SignJWT({ nonce: expectedNonce, email: nextIdToken.email, email_verified: true, name: "Issuer Test" })
      .setProtectedHeader({ alg: "RS256", kid: "k1" })
      .setIssuer(nextIdToken.iss)
      .setSubject(nextIdToken.email)
      .setAudience(CLIENT_ID)
      .setIssuedAt()
      .setExpirationTime("5m")
      .sign(keys.privateKey);
    return Response.json({ access_token: "access-token", token_type: "Bearer", expires_in: 300, id_token: idToken });
  }
  return new Response("not found", { status: 404 });
}

class CookieJar {
  private cookies = new Map<string, string>();
  take(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair.indexOf("=");
      const [name, value] = [pair.slice(0, at), pair.slice(at + 1)];
      if (value === "" || /max-age=0|expires=thu, 01 jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  has(name: string) {
    return this.cookies.has(name);
  }
  header() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
}

/** Starts the sign-in as the button does, then answers the callback as the identity provider would. */
async function signInThroughProvider({ authResponseIss, idTokenIss }: { authResponseIss: string; idTokenIss: string }) {
  loggedErrors.mockClear();
  const jar = new CookieJar();
  const email = `${unique("iss")}@example.test`;
  const csrf = await handlers.GET(new NextRequest(`${APP}/api/auth/csrf`));
  jar.take(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const start = await handlers.POST(
    new NextRequest(`${APP}/api/auth/signin/test-oidc`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.header() },
      body: new URLSearchParams({ csrfToken, callbackUrl: `${APP}/` }),
    }),
  );
  jar.take(start);
  const authorize = new URL(start.headers.get("location") ?? "");
  expect(authorize.origin + authorize.pathname).toBe(`${ISSUER}/auth`);
  expectedNonce = authorize.searchParams.get("nonce") ?? "";
  nextIdToken = { iss: idTokenIss, email };

  const callback = new URL(`${APP}/api/auth/callback/test-oidc`);
  callback.search = new URLSearchParams({ code: "the-code", state: authorize.searchParams.get("state") ?? "", iss: authResponseIss }).toString();
  const response = await handlers.GET(new NextRequest(callback, { headers: { cookie: jar.header() } }));
  jar.take(response);
  const db = await testDb();
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  const refusal = loggedErrors.mock.calls.map(([fields]) => String((fields as unknown as { err?: unknown }).err ?? fields)).join("\n");
  return { response, refusal, signedIn: jar.has("authjs.session-token"), userCreated: Boolean(user) };
}

beforeAll(async () => {
  await testDb();
  keys = await generateKeyPair("RS256");
  const realFetch = globalThis.fetch;
  vi.stubGlobal("fetch", async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : input.toString());
    return (await fakeIdentityProvider(url)) ?? realFetch(input, init);
  });
  ({ handlers } = await import("./auth"));
});

describe("OAuth issuer check (SECURITY.md attack 19)", () => {
  it("signs in when the response and the ID token come from the configured issuer (control)", async () => {
    const outcome = await signInThroughProvider({ authResponseIss: ISSUER, idTokenIss: ISSUER });
    expect(outcome.response.headers.get("location")).toBe(`${APP}/`);
    expect(outcome.signedIn).toBe(true);
    expect(outcome.userCreated).toBe(true);
    expect(outcome.refusal).toBe("");
  });

  it("gives no session when the authorization response names another issuer", async () => {
    const outcome = await signInThroughProvider({ authResponseIss: OTHER_ISSUER, idTokenIss: ISSUER });
    expect(outcome.response.headers.get("location")).toMatch(/\/sign-in\?error=/);
    expect(outcome.refusal).toMatch(/unexpected "iss" \(issuer\) response parameter value/);
    expect(outcome.signedIn).toBe(false);
    expect(outcome.userCreated).toBe(false);
  });

  it("gives no session when the ID token was issued by another issuer", async () => {
    const outcome = await signInThroughProvider({ authResponseIss: ISSUER, idTokenIss: OTHER_ISSUER });
    expect(outcome.response.headers.get("location")).toMatch(/\/sign-in\?error=/);
    expect(outcome.refusal).toMatch(/unexpected JWT "iss" \(issuer\) claim value/);
    expect(outcome.signedIn).toBe(false);
    expect(outcome.userCreated).toBe(false);
  });
});

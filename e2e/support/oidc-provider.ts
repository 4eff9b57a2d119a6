import Provider from "oidc-provider";
import { OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, oidcIssuer, oidcPort } from "./oidc-settings";

/**
 * A real OpenID Connect provider for browser tests, started by Playwright (playwright.config.ts).
 * The app registers it as the "test-oidc" provider when AUTH_TEST_OIDC_* are set. Its built-in
 * development screens accept any login: tests type an email address as the login, and that address
 * becomes the identity's `sub` and verified `email` (unverified: no claim, for logins "unverified-…").
 */
function start() {
  const appUrl = `http://localhost:${process.env.E2E_PORT ?? 3100}`;
  const provider = new Provider(oidcIssuer(), {
    clients: [
      {
        client_id: OIDC_CLIENT_ID,
        client_secret: OIDC_CLIENT_SECRET,
        redirect_uris: [`${appUrl}/api/auth/callback/test-oidc`],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    pkce: { required: () => true },
    // Put the email in the ID token too: Auth.js reads an OIDC identity from the ID token.
    conformIdTokenClaims: false,
    async findAccount(_context: unknown, id: string) {
      return {
        accountId: id,
        async claims() {
          const claims = { sub: id, email: id, name: `OIDC ${id.split("@")[0]}` };
          // A login starting "unverified-" shares its email without the email_verified claim (as
          // GitHub and Facebook do); every other login says it is verified.
          return id.startsWith("unverified-") ? claims : { ...claims, email_verified: true };
        },
      };
    },
    cookies: { keys: ["marquee-e2e-oidc-cookie-key"] },
  });
  const server = provider.listen(oidcPort(), () => {
    console.info(`test OIDC provider on ${oidcIssuer()}`);
  });
  const stop = () => server.close(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

start();

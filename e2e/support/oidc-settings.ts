/** Where the test OpenID Connect provider listens and the client the app uses with it (tests only). */
export const OIDC_CLIENT_ID = "marquee-e2e";
export const OIDC_CLIENT_SECRET = "marquee-e2e-oidc-client-secret-0123456789";

export function oidcPort() {
  return Number(process.env.OIDC_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 7);
}

export function oidcIssuer() {
  return `http://localhost:${oidcPort()}`;
}

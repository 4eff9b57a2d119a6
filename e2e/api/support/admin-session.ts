import { generate } from "otplib";

/** The demo admin of a seeded database (db/seed/index.ts): its password and its authenticator's secret. */
const ADMIN = { email: "admin@marquee.test", password: "marquee-admin-demo", totpSecret: "MARQUEEDEMOADMINTOTPSECRETKEY234" };

/**
 * Signs the demo admin in through the API once for the whole run. A TOTP code is accepted once per
 * 30-second step, and the e2e journeys that ran just before may have spent the current one: then
 * this waits for the next step and tries again.
 */
export async function signInDemoAdmin(baseUrl: string): Promise<string> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const otp = await generate({ secret: ADMIN.totpSecret, epoch: Math.floor(Date.now() / 1000) });
    const response = await fetch(`${baseUrl}/api/v1/auth/token`, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Forwarded-For": "10.254.254.254" },
      body: JSON.stringify({ email: ADMIN.email, password: ADMIN.password, otp }),
    });
    const body = (await response.json()) as { access_token?: string; detail?: string };
    if (response.ok && body.access_token) return body.access_token;
    if (!/already used/.test(body.detail ?? "")) throw new Error(`the demo admin could not sign in: ${response.status} ${JSON.stringify(body)}`);
    await new Promise((resolve) => setTimeout(resolve, 30_000 - (Date.now() % 30_000) + 250));
  }
  throw new Error("the demo admin's authenticator code kept being refused as already used");
}

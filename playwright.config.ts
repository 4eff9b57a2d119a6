import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, oidcIssuer } from "./e2e/support/oidc-settings";
import { e2ePort, resendMockPort, STRIPE_E2E_WEBHOOK_SECRET, stripeFakePort, stripeFakeUrl } from "./e2e/support/ports";
import { productionServer } from "./test/production-server";

const baseURL = `http://localhost:${e2ePort}`;


// Debian's Chromium where it is installed (CI, this machine); Playwright's own browser elsewhere.
const systemChromium = "/usr/bin/chromium";
const launchOptions = existsSync(systemChromium)
  ? {
      executablePath: systemChromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    }
  : {};

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  // Three workers keep a 2-core machine busy without starving the one server they all share; the
  // journeys take 5–25 s on a quiet machine, and the generous limits absorb a CI host twice as slow.
  workers: 3,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 90_000,
  expect: { timeout: 20_000 },
  use: {
    baseURL,
    trace: "on-first-retry",
    screenshot: "only-on-failure",
    launchOptions,
  },
  projects: [
    // Signs the demo admin in once (password + TOTP) for the specs' `adminPage` fixture (e2e/support/fixtures.ts).
    { name: "setup", testMatch: /.*\.setup\.ts/, use: { ...devices["Desktop Chrome"], launchOptions } },
    { name: "desktop", use: { ...devices["Desktop Chrome"], launchOptions }, dependencies: ["setup"] },
  ],
  // scripts/test.sh builds once and prepares the database; this starts the production server and
  // the stand-in for Resend's API that the app's real Resend client talks to (e2e/support/mailbox.ts).
  webServer: [
    {
      command: "npx tsx e2e/support/resend-mock.ts",
      url: `http://127.0.0.1:${resendMockPort}/health`,
      reuseExistingServer: false,
      env: { RESEND_MOCK_PORT: String(resendMockPort) },
    },
    {
      // Stripe's API and hosted checkout page for the card payment journeys (test/stripe-fake.ts).
      command: "npx tsx e2e/support/stripe-fake-server.ts",
      url: `${stripeFakeUrl}/health`,
      reuseExistingServer: false,
      env: { STRIPE_FAKE_PORT: String(stripeFakePort) },
    },
    {
      command: `${productionServer(e2ePort).command} ${productionServer(e2ePort).args.join(" ")}`,
      url: `${baseURL}/api/ready`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
      stdout: "pipe",
      stderr: "pipe",
      env: {
        ...productionServer(e2ePort).env,
        // As if behind one reverse proxy: tests pick their client address with X-Forwarded-For
        // (auth-helpers.ts#isolatedIp), and only its right-most entry counts.
        TRUSTED_PROXY_HOPS: "1",
        RESEND_API_KEY: "re_e2e_recorded_locally",
        RESEND_BASE_URL: `http://127.0.0.1:${resendMockPort}`,
        STRIPE_SECRET_KEY: "sk_test_e2e_marquee",
        STRIPE_WEBHOOK_SECRET: STRIPE_E2E_WEBHOOK_SECRET,
        STRIPE_API_BASE_URL: stripeFakeUrl,
        AUTH_TEST_OIDC_ISSUER: oidcIssuer(),
        AUTH_TEST_OIDC_ID: OIDC_CLIENT_ID,
        AUTH_TEST_OIDC_SECRET: OIDC_CLIENT_SECRET,
      },
    },
    {
      // A real OpenID Connect provider for the OAuth sign-in tests (e2e/support/oidc-provider.ts).
      command: "npx tsx e2e/support/oidc-provider.ts",
      url: `${oidcIssuer()}/.well-known/openid-configuration`,
      reuseExistingServer: false,
    },
  ],
});

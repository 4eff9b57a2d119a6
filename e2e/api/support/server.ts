import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import type { TestProject } from "vitest/node";
import { productionServer } from "../../../test/production-server";
import { STRIPE_E2E_WEBHOOK_SECRET } from "../../support/ports";
import { signInDemoAdmin } from "./admin-session";

declare module "vitest" {
  export interface ProvidedContext {
    /** Where the app answers, e.g. http://localhost:3110 (no trailing slash). */
    apiBaseUrl: string;
    /** The Resend stand-in that records the app's emails (e2e/support/resend-mock.ts). */
    resendMockUrl: string;
    /** The Stripe stand-in the app's card payments talk to (test/stripe-fake.ts); empty against an external server. */
    stripeFakeUrl: string;
    /** The demo admin's API access token, signed in once for the run (admin-session.ts). */
    adminAccessToken: string;
  }
}

/**
 * Global setup of vitest.api.config.mts: starts the Resend stand-in and the production server of the existing
 * production build, the way playwright.config.ts's webServer does, and stops both afterwards.
 * API_TEST_BASE_URL (+ API_TEST_RESEND_URL) points the tests at a server the developer already runs.
 */
export default async function setup(project: TestProject) {
  const external = process.env.API_TEST_BASE_URL;
  if (external) {
    project.provide("apiBaseUrl", external.replace(/\/+$/, ""));
    // Without a mock the email helpers fail with a clear message rather than hang.
    project.provide("resendMockUrl", (process.env.API_TEST_RESEND_URL ?? "").replace(/\/+$/, ""));
    project.provide("stripeFakeUrl", (process.env.API_TEST_STRIPE_URL ?? "").replace(/\/+$/, ""));
    project.provide("adminAccessToken", await signInDemoAdmin(external.replace(/\/+$/, "")));
    return;
  }

  // Ten above Playwright's port, so an API run and an e2e run (or a dev server) can share a machine.
  const e2ePort = Number(process.env.E2E_PORT ?? 3100);
  const port = Number(process.env.API_TEST_PORT ?? e2ePort + 10);
  const mockPort = port + 99;
  const stripePort = port + 98;
  const baseUrl = `http://localhost:${port}`;
  const mockUrl = `http://127.0.0.1:${mockPort}`;
  const stripeUrl = `http://127.0.0.1:${stripePort}`;
  // A server already on the port would answer /api/health and the tests would run against it unnoticed.
  await assertPortFree(port);
  await assertPortFree(mockPort);
  await assertPortFree(stripePort);

  const children: ChildProcess[] = [];
  const stop = async () => {
    await Promise.all(children.map(stopGroup));
  };
  try {
    children.push(start("resend mock", "npx", ["tsx", "e2e/support/resend-mock.ts"], { RESEND_MOCK_PORT: String(mockPort) }));
    // It signs its webhooks to this server (e2e/support/ports.ts derives both from E2E_PORT).
    children.push(start("stripe fake", "npx", ["tsx", "e2e/support/stripe-fake-server.ts"], { E2E_PORT: String(port), STRIPE_FAKE_PORT: String(stripePort) }));
    await waitForOk(`${mockUrl}/health`, 30_000, children);
    await waitForOk(`${stripeUrl}/health`, 30_000, children);
    children.push(
      startServer("server", port, {
        NODE_ENV: "production",
        // Links in emails must point at this server, not at Playwright's (scripts/test.sh sets APP_URL for that one).
        APP_URL: baseUrl,
        AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? "true",
        // As if behind one reverse proxy, so each test picks its client address (http.ts#uniqueIp).
        TRUSTED_PROXY_HOPS: "1",
        RESEND_API_KEY: "re_e2e_recorded_locally",
        RESEND_BASE_URL: mockUrl,
        STRIPE_SECRET_KEY: "sk_test_api_marquee",
        STRIPE_WEBHOOK_SECRET: STRIPE_E2E_WEBHOOK_SECRET,
        STRIPE_API_BASE_URL: stripeUrl,
      }),
    );
    await waitForOk(`${baseUrl}/api/ready`, 120_000, children);
  } catch (error) {
    await stop();
    throw error;
  }

  project.provide("apiBaseUrl", baseUrl);
  project.provide("resendMockUrl", mockUrl);
  project.provide("stripeFakeUrl", stripeUrl);
  try {
    project.provide("adminAccessToken", await signInDemoAdmin(baseUrl));
  } catch (error) {
    await stop();
    throw error;
  }
  return stop;
}

/** A production server of the run's build on `port` (test/production-server.ts), with `env` over this process's. */
export function startServer(name: string, port: number, env: Record<string, string | undefined>): ChildProcess {
  const server = productionServer(port);
  return start(name, server.command, server.args, { ...server.env, ...env });
}

/** Starts `command` in a process group of its own, with `env` over this process's (undefined removes a variable). */
export function start(name: string, command: string, args: string[], env: Record<string, string | undefined>): ChildProcess {
  // detached = its own process group: `npx next start` leaves a next-server child behind when only npx
  // is killed (STACK-NOTES), so teardown signals the whole group.
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete childEnv[key];
  const child = spawn(command, args, {
    env: childEnv,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  // The server's own log is the only clue when a request answers 500; keep it visible but labelled.
  const relay = (chunk: Buffer) => process.stderr.write(chunk.toString().replace(/^(?=.)/gm, `[${name}] `));
  child.stdout?.on("data", relay);
  child.stderr?.on("data", relay);
  return child;
}

/**
 * Waits until the group is gone, because scripts/test.sh deletes the PGlite folder right after this run
 * and a server still flushing into it would be writing into a folder being removed.
 */
export async function stopGroup(child: ChildProcess) {
  if (child.pid === undefined) return;
  const group = -child.pid;
  if (!signal(group, "SIGTERM")) return;
  const deadline = Date.now() + 10_000;
  while (signal(group, 0)) {
    if (Date.now() > deadline) {
      signal(group, "SIGKILL");
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Sends `sig` to a process group; false once the group no longer exists. */
function signal(group: number, sig: NodeJS.Signals | 0): boolean {
  try {
    process.kill(group, sig);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ESRCH") return false;
    throw error;
  }
}

export async function waitForOk(url: string, timeoutMs: number, children: ChildProcess[]) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    // A child that died (bad env, port taken) will never answer: say so now instead of after the timeout.
    const dead = children.find((child) => child.exitCode !== null || child.signalCode !== null);
    if (dead) throw new Error(`${dead.spawnargs.join(" ")} exited (${dead.exitCode ?? dead.signalCode}) before ${url} answered`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs / 1000} s`);
}

function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
      .once("error", () => reject(new Error(`port ${port} is in use: set API_TEST_PORT, or API_TEST_BASE_URL to use that server`)))
      .once("listening", () => probe.close(() => resolve()))
      .listen(port);
  });
}

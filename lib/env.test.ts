import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { mfaKeyRingOf, parseEnv } from "./env";

const SECRET = "a-production-secret-of-at-least-32-characters";
const production = { production: true, server: true };
const MFA_KEYS = `k1:${Buffer.alloc(32, 7).toString("base64")}`;

describe("Stripe settings (issue 21)", () => {
  it("takes both keys or neither, in every mode, and refuses a publishable key as the secret", () => {
    expect(parseEnv({}).ok).toBe(true);
    expect(parseEnv({ STRIPE_SECRET_KEY: "sk_test_1", STRIPE_WEBHOOK_SECRET: "whsec_1" }).ok).toBe(true);
    expect(parseEnv({ STRIPE_SECRET_KEY: "sk_test_1" })).toEqual({ ok: false, message: expect.stringContaining("STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET go together") });
    expect(parseEnv({ STRIPE_WEBHOOK_SECRET: "whsec_1" }).ok).toBe(false);
    expect(parseEnv({ STRIPE_SECRET_KEY: "pk_test_1", STRIPE_WEBHOOK_SECRET: "whsec_1" })).toEqual({ ok: false, message: expect.stringContaining("STRIPE_SECRET_KEY must be a secret key") });
  });
});

describe("REDIS_URL (issue 20 point 2)", () => {
  it("takes a redis:// or rediss:// address and refuses anything else", () => {
    expect(parseEnv({ REDIS_URL: "redis://127.0.0.1:6379/2" }).ok).toBe(true);
    expect(parseEnv({ REDIS_URL: "rediss://user:secret@cache.example:6380" }).ok).toBe(true);
    expect(parseEnv({ REDIS_URL: "http://127.0.0.1:6379" })).toEqual({ ok: false, message: expect.stringContaining("REDIS_URL must look like redis://") });
    expect(parseEnv({ REDIS_URL: "127.0.0.1:6379" }).ok).toBe(false);
  });
});

describe("parseEnv in production (issue 16 point 4)", () => {
  it("refuses a server without DATABASE_URL unless the embedded database is asked for", () => {
    const result = parseEnv({ AUTH_SECRET: SECRET, RESEND_API_KEY: "re_live" }, production);
    expect(result).toEqual({ ok: false, message: expect.stringContaining("DATABASE_URL is missing") });
    expect(parseEnv({ AUTH_SECRET: SECRET, RESEND_API_KEY: "re_live", MARQUEE_EMBEDDED_DB: "1", MFA_ENCRYPTION_KEYS: MFA_KEYS }, production).ok).toBe(true);
    expect(parseEnv({ AUTH_SECRET: SECRET, RESEND_API_KEY: "re_live", MARQUEE_EMBEDDED_DB: "0" }, production).ok).toBe(false);
  });

  it("refuses a server without RESEND_API_KEY rather than marking mail sent", () => {
    const result = parseEnv({ AUTH_SECRET: SECRET, DATABASE_URL: "postgres://u:p@db:5432/marquee" }, production);
    expect(result).toEqual({ ok: false, message: expect.stringContaining("RESEND_API_KEY is missing") });
  });

  it("lets CLI scripts run without a mail provider, and development without either", () => {
    const database = { AUTH_SECRET: SECRET, DATABASE_URL: "postgres://u:p@db:5432/marquee" };
    expect(parseEnv(database, { production: true, server: false }).ok).toBe(true);
    expect(parseEnv({}, { production: false, server: true }).ok).toBe(true);
  });

  it("names every problem on one line", () => {
    const result = parseEnv({ AUTH_SECRET: SECRET }, production);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(/^Invalid environment: DATABASE_URL is missing .*; RESEND_API_KEY is missing .*\. See \.env\.example\.$/);
    expect(result.message).not.toContain("\n");
  });
});

describe("loading the environment of a production server", () => {
  it("stops the process with exit code 1 and one line naming the missing variables", () => {
    // The same module the server's instrumentation hook imports first (lib/server-start.ts).
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, NODE_ENV: "production", NEXT_RUNTIME: "nodejs", AUTH_SECRET: SECRET };
    const child = spawnSync("npx", ["tsx", "-e", 'import("./lib/env.ts")'], { env, encoding: "utf8", timeout: 60_000 });
    expect(child.status).toBe(1);
    const lines = child.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("DATABASE_URL is missing");
    expect(lines[0]).toContain("RESEND_API_KEY is missing");
  });
});

describe("MFA_ENCRYPTION_KEYS (issue 17 point 1)", () => {
  const key = (byte: number) => Buffer.alloc(32, byte).toString("base64");
  const base = { AUTH_SECRET: SECRET, RESEND_API_KEY: "re_live", MARQUEE_EMBEDDED_DB: "1" };

  it("parses a key ring, first key first", () => {
    const result = parseEnv({ MFA_ENCRYPTION_KEYS: `new:${key(1)}, old:${key(2)}` });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.env.MFA_ENCRYPTION_KEYS?.map((entry) => entry.id)).toEqual(["new", "old"]);
    expect(result.env.MFA_ENCRYPTION_KEYS?.[1]?.key.equals(Buffer.alloc(32, 2))).toBe(true);
  });

  it("refuses a short key, a missing id and a repeated id, naming the variable", () => {
    for (const value of [`k:${Buffer.alloc(16).toString("base64")}`, key(1), `a:${key(1)},a:${key(2)}`, ","]) {
      const result = parseEnv({ MFA_ENCRYPTION_KEYS: value });
      expect(result).toEqual({ ok: false, message: expect.stringContaining("MFA_ENCRYPTION_KEYS") });
    }
  });

  it("is required by a production server, not by scripts or development", () => {
    expect(parseEnv(base, production)).toEqual({ ok: false, message: expect.stringContaining("MFA_ENCRYPTION_KEYS is missing") });
    expect(parseEnv({ ...base, MFA_ENCRYPTION_KEYS: `k1:${key(3)}` }, production).ok).toBe(true);
    expect(parseEnv(base, { production: true, server: false }).ok).toBe(true);
    expect(parseEnv({}, { production: false, server: true }).ok).toBe(true);
  });

  it("falls back to the public development key only outside production", () => {
    expect(mfaKeyRingOf({}, { production: false })[0]?.id).toBe("dev");
    expect(() => mfaKeyRingOf({}, { production: true })).toThrow(/MFA_ENCRYPTION_KEYS is missing/);
    const ring = [{ id: "k", key: Buffer.alloc(32, 4) }];
    expect(mfaKeyRingOf({ MFA_ENCRYPTION_KEYS: ring }, { production: true })).toBe(ring);
  });
});

import { z } from "zod";

/**
 * The validated environment: the only module that reads process.env. In production a missing or
 * malformed variable stops the server at start with one line naming it.
 */
// `next build` runs with NODE_ENV=production but must not need the server's secrets.
const isProduction =
  process.env.NODE_ENV === "production" && process.env.NEXT_PHASE !== "phase-production-build";

const optionalUrl = z.url().optional();
const postgresUrl = z
  .string()
  .refine((value) => /^postgres(ql)?:\/\/[^/]+\/[^/?]+/.test(value), {
    message: "must look like postgres://user:password@host:5432/database",
  });

/**
 * The MFA key ring, `id:base64key[,id:base64key…]`: the first key seals new secrets, every key still
 * opens what it sealed, so a key can be rotated by putting a new one first (lib/auth/mfa/secret-box.ts).
 */
export type MfaKeyRing = { id: string; key: Buffer }[];

/** Used only outside production when MFA_ENCRYPTION_KEYS is unset: its bytes are public. */
export const DEVELOPMENT_MFA_KEYS = "dev:ZGV2ZWxvcG1lbnQtb25seS1tZmEta2V5LTMyYnl0ZXM=";

const mfaKeyRing = z.string().transform((value, context): MfaKeyRing => {
  const ring: MfaKeyRing = [];
  for (const entry of value.split(",").map((part) => part.trim()).filter(Boolean)) {
    const separator = entry.indexOf(":");
    const id = entry.slice(0, separator);
    const key = Buffer.from(entry.slice(separator + 1), "base64");
    if (separator < 1 || !/^[A-Za-z0-9_-]{1,32}$/.test(id)) {
      context.addIssue({ code: "custom", message: "must be id:base64key pairs separated by commas (id: letters, digits, - or _)" });
      return z.NEVER;
    }
    if (key.length !== 32) {
      context.addIssue({ code: "custom", message: `key "${id}" must be 32 bytes, base64 (openssl rand -base64 32)` });
      return z.NEVER;
    }
    if (ring.some((known) => known.id === id)) {
      context.addIssue({ code: "custom", message: `key id "${id}" appears twice` });
      return z.NEVER;
    }
    ring.push({ id, key });
  }
  if (ring.length === 0) {
    context.addIssue({ code: "custom", message: "must hold at least one id:base64key" });
    return z.NEVER;
  }
  return ring;
});

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: postgresUrl.optional(),
  /** Folder of the embedded PGlite database when DATABASE_URL is unset; "memory://" for tests. */
  PGLITE_DATA_DIR: z.string().default(".data/pglite"),
  /** "1" lets a production server run on the embedded PGlite database (one process, no demo data). */
  MARQUEE_EMBEDDED_DB: z.enum(["0", "1"]).optional(),
  APP_URL: z.url().default("http://localhost:3000"),
  AUTH_SECRET: isProduction
    ? z.string().min(32, "must be at least 32 characters (openssl rand -base64 32)")
    : z.string().min(32).default("development-only-secret-do-not-use-in-production"),
  RESEND_API_KEY: z.string().optional(),
  RESEND_BASE_URL: optionalUrl,
  EMAIL_FROM: z.string().default("Marquee <tickets@marquee.localhost>"),
  /**
   * How many reverse proxies in front of the app append to X-Forwarded-For. 0: the app is reached
   * directly and the TCP peer is the client (X-Forwarded-For is ignored). See README "Production".
   */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /** Encrypts TOTP secrets at rest; required by a production server (productionProblems). */
  MFA_ENCRYPTION_KEYS: mfaKeyRing.optional(),
  /** Next's own: encrypts server actions' closures. Made at build time when unset; instances built apart need the same. */
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: z.string().optional(),
  /**
   * Card payments through Stripe Checkout: offered only when both keys are set (lib/orders/payments/stripe.ts).
   * STRIPE_API_BASE_URL points the SDK at a Stripe-compatible stand-in (the tests' e2e/support/stripe-fake.ts).
   */
  STRIPE_SECRET_KEY: z.string().startsWith("sk_", "must be a secret key (sk_…)").optional(),
  STRIPE_WEBHOOK_SECRET: z.string().startsWith("whsec_", "must be a webhook signing secret (whsec_…)").optional(),
  STRIPE_API_BASE_URL: optionalUrl,
  /**
   * One Redis shared by every instance for Next's cache (lib/cache/redis-cache-handler.mjs, ADR 018); unset,
   * each instance keeps its own cache on disk. REDIS_KEY_PREFIX (default "marquee:") namespaces its keys.
   */
  REDIS_URL: z
    .url()
    .refine((value) => /^rediss?:\/\//.test(value), { message: "must look like redis://host:6379 or rediss://host:6380" })
    .optional(),
  REDIS_KEY_PREFIX: z.string().min(1).optional(),
  HOLD_MINUTES: z.coerce.number().positive().max(60).default(10),
  /** The least severe log lines written (lib/log/logger.ts): one JSON object per line in production. */
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** "1" writes one `[db-query]` line per database query to stdout: `npm run bench` counts queries per request with it. */
  MARQUEE_LOG_QUERIES: z.enum(["0", "1"]).optional(),
  // OAuth sign-in: each provider is offered only when both its id and secret are set.
  AUTH_GOOGLE_ID: z.string().min(1).optional(),
  AUTH_GOOGLE_SECRET: z.string().min(1).optional(),
  AUTH_GITHUB_ID: z.string().min(1).optional(),
  AUTH_GITHUB_SECRET: z.string().min(1).optional(),
  AUTH_FACEBOOK_ID: z.string().min(1).optional(),
  AUTH_FACEBOOK_SECRET: z.string().min(1).optional(),
  /** Test mode only: a local OpenID Connect provider (e2e/support/oidc-provider.ts) registered as "test-oidc". */
  AUTH_TEST_OIDC_ISSUER: optionalUrl,
  AUTH_TEST_OIDC_ID: z.string().min(1).optional(),
  AUTH_TEST_OIDC_SECRET: z.string().min(1).optional(),
});

export type Env = z.infer<typeof schema>;

/** Settings that only make sense together; checked in every mode, so a half-configured provider fails at start. */
function pairProblems(values: Env): string[] {
  if (Boolean(values.STRIPE_SECRET_KEY) === Boolean(values.STRIPE_WEBHOOK_SECRET)) return [];
  return ["STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET go together: set both to take card payments, or neither"];
}

/**
 * What a production server must not run without: a real database (a fresh embedded one is empty and
 * single-process, so it takes an explicit opt-in) and a mail provider (otherwise reset and verification
 * links would be marked "sent" and never leave the machine). Scripts need no mail provider.
 */
function productionProblems(values: Env, { server }: { server: boolean }): string[] {
  const problems: string[] = [];
  if (!values.DATABASE_URL && values.MARQUEE_EMBEDDED_DB !== "1") {
    problems.push("DATABASE_URL is missing (or set MARQUEE_EMBEDDED_DB=1 to run on the embedded database)");
  }
  if (server && !values.RESEND_API_KEY) problems.push("RESEND_API_KEY is missing (production sends real email)");
  if (server && !values.MFA_ENCRYPTION_KEYS) {
    problems.push("MFA_ENCRYPTION_KEYS is missing (id:base64key, 32 bytes: openssl rand -base64 32)");
  }
  return problems;
}

/** Parses an environment; pure, so tests can try any combination. */
export function parseEnv(
  source: Record<string, string | undefined>,
  { production = false, server = false }: { production?: boolean; server?: boolean } = {},
): { ok: true; env: Env } | { ok: false; message: string } {
  const parsed = schema.safeParse(source);
  const problems = parsed.success
    ? [...pairProblems(parsed.data), ...(production ? productionProblems(parsed.data, { server }) : [])]
    : parsed.error.issues.map((issue) => {
        const name = issue.path.join(".");
        return source[name] === undefined ? `${name} is missing` : `${name} ${issue.message}`;
      });
  if (parsed.success && problems.length === 0) return { ok: true, env: parsed.data };
  return { ok: false, message: `Invalid environment: ${problems.join("; ")}. See .env.example.` };
}

function loadEnv(): Env {
  // NEXT_RUNTIME is set inside the Next.js server (Node and edge); CLI scripts run without it.
  const result = parseEnv(process.env, { production: isProduction, server: process.env.NEXT_RUNTIME !== undefined });
  if (result.ok) return result.env;
  const { message } = result;
  // On the Node server and in scripts: one clear line and a non-zero exit, not a stack trace.
  if (process.env.NEXT_RUNTIME !== "edge" && typeof process.exit === "function") {
    console.error(message);
    process.exit(1);
  }
  throw new Error(message);
}

export const env = loadEnv();

/**
 * The key ring that seals TOTP secrets: the configured one, or — outside production only — the
 * public development key, so `npm run dev` and the unit tests work without configuration.
 */
export function mfaKeyRingOf(
  values: Pick<Env, "MFA_ENCRYPTION_KEYS">,
  { production = isProduction }: { production?: boolean } = {},
): MfaKeyRing {
  if (values.MFA_ENCRYPTION_KEYS) return values.MFA_ENCRYPTION_KEYS;
  if (production) throw new Error("MFA_ENCRYPTION_KEYS is missing: a production system never uses the development key.");
  return mfaKeyRing.parse(DEVELOPMENT_MFA_KEYS);
}

/**
 * True in a production build whatever NODE_ENV says at run time: Next.js writes the build's NODE_ENV
 * into the compiled code here, so `NODE_ENV=development next start` is still a production build.
 */
export const isProductionBuild = process.env.NODE_ENV === "production";

/**
 * Test-only shift of lib/clock.ts's clock (`MARQUEE_CLOCK_OFFSET_MS`), read on every call so a test
 * can move time forward between two steps. Never set in production.
 */
export function clockOffsetMs(): number {
  const offset = Number(process.env.MARQUEE_CLOCK_OFFSET_MS ?? 0);
  return Number.isFinite(offset) ? offset : 0;
}

import {
  bigint,
  boolean,
  check,
  index,
  inet,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { bytea, createdAt, instant, updatedAt } from "./columns";

/** Staff work the box office and the door (/box-office); only admins reach /admin. */
export const userRole = pgEnum("user_role", ["customer", "staff", "admin"]);

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Stored as typed; unique case-insensitively (users_email_lower_key). */
    email: text("email").notNull(),
    name: text("name").notNull(),
    /** Null for accounts that only sign in with OAuth. */
    passwordHash: text("password_hash"),
    role: userRole("role").notNull().default("customer"),
    emailVerified: instant("email_verified"),
    image: text("image"),
    disabledAt: instant("disabled_at"),
    /** Bumped by password change or reset, role change, disable, "sign out everywhere": every
     * session minted under an older version is dead on its next request. */
    sessionVersion: integer("session_version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("users_email_lower_key").on(sql`lower(${t.email})`),
    // The admin user and order searches match email and name anywhere (ILIKE '%…%').
    index("users_email_trgm_idx").using("gin", t.email.op("gin_trgm_ops")),
    index("users_name_trgm_idx").using("gin", t.name.op("gin_trgm_ops")),
    check("users_email_shape", sql`${t.email} like '%_@_%'`),
    check("users_name_length", sql`char_length(${t.name}) between 1 and 100`),
  ],
);

/** OAuth links, in the shape @auth/drizzle-adapter expects. */
export const accounts = pgTable(
  "accounts",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    type: text("type").notNull(),
    provider: text("provider").notNull(),
    providerAccountId: text("provider_account_id").notNull(),
    refresh_token: text("refresh_token"),
    access_token: text("access_token"),
    expires_at: integer("expires_at"),
    token_type: text("token_type"),
    scope: text("scope"),
    id_token: text("id_token"),
    session_state: text("session_state"),
  },
  (t) => [
    primaryKey({ columns: [t.provider, t.providerAccountId] }),
    index("accounts_user_id_idx").on(t.userId),
  ],
);

export const sessionKind = pgEnum("session_kind", ["web", "api"]);

/**
 * One row per signed-in device. The web JWT and the API access token both carry this id, and
 * the Node side checks it on every request, so a session can be listed and revoked.
 */
export const sessions = pgTable(
  "sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: sessionKind("kind").notNull().default("web"),
    /** users.session_version when this session was minted. */
    sessionVersion: integer("session_version").notNull(),
    createdAt: createdAt(),
    lastSeenAt: instant("last_seen_at").notNull().defaultNow(),
    idleExpiresAt: instant("idle_expires_at").notNull(),
    absoluteExpiresAt: instant("absolute_expires_at").notNull(),
    /** Last time the user proved who they are (password, TOTP, passkey): gates sensitive changes. */
    authenticatedAt: instant("authenticated_at").notNull().defaultNow(),
    revokedAt: instant("revoked_at"),
    revokeReason: text("revoke_reason"),
    userAgent: text("user_agent").notNull().default(""),
    ipAddress: inet("ip_address"),
  },
  (t) => [
    index("sessions_user_id_idx").on(t.userId),
    check("sessions_idle_before_absolute", sql`${t.idleExpiresAt} <= ${t.absoluteExpiresAt}`),
  ],
);

/** Opaque API refresh tokens, stored hashed and rotated; reuse of a rotated one revokes the session. */
export const refreshTokens = pgTable(
  "refresh_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    sessionId: uuid("session_id")
      .notNull()
      .references(() => sessions.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull(),
    expiresAt: instant("expires_at").notNull(),
    rotatedAt: instant("rotated_at"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("refresh_tokens_token_hash_key").on(t.tokenHash),
    index("refresh_tokens_session_id_idx").on(t.sessionId),
  ],
);

export const tokenPurpose = pgEnum("token_purpose", [
  "verify_email",
  "reset_password",
  "change_email",
  /** Sent to the old address when the email changes: undoes the change for 7 days. */
  "revert_email_change",
]);

/** Single-use links sent by email. Only the SHA-256 of the token is stored. */
export const oneTimeTokens = pgTable(
  "one_time_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: tokenPurpose("purpose").notNull(),
    /** The address the link was sent to: a token is only good for that address. */
    email: text("email").notNull(),
    tokenHash: text("token_hash").notNull(),
    expiresAt: instant("expires_at").notNull(),
    usedAt: instant("used_at"),
    /** Where the person was going when they signed up (a same-origin path): verifying takes them there. */
    redirectTo: text("redirect_to"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("one_time_tokens_token_hash_key").on(t.tokenHash),
    index("one_time_tokens_user_id_purpose_idx").on(t.userId, t.purpose),
  ],
);

/** TOTP secret, encrypted with AES-256-GCM; `lastUsedStep` refuses a replayed code. */
export const totpCredentials = pgTable("totp_credentials", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  secretEncrypted: text("secret_encrypted").notNull(),
  confirmedAt: instant("confirmed_at"),
  lastUsedStep: bigint("last_used_step", { mode: "number" }),
  createdAt: createdAt(),
});

export const recoveryCodes = pgTable(
  "recovery_codes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    codeHash: text("code_hash").notNull(),
    usedAt: instant("used_at"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("recovery_codes_user_id_code_hash_key").on(t.userId, t.codeHash),
  ],
);

export const passkeys = pgTable(
  "passkeys",
  {
    /** The credential id, base64url. */
    id: text("id").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull().default("Passkey"),
    publicKey: bytea("public_key").notNull(),
    counter: bigint("counter", { mode: "number" }).notNull().default(0),
    transports: text("transports").array().notNull().default(sql`'{}'::text[]`),
    deviceType: text("device_type").notNull(),
    backedUp: boolean("backed_up").notNull().default(false),
    createdAt: createdAt(),
    lastUsedAt: instant("last_used_at"),
  },
  (t) => [index("passkeys_user_id_idx").on(t.userId)],
);

/** WebAuthn challenges live here, never in process memory, so any instance can finish a ceremony. */
export const webauthnChallenges = pgTable(
  "webauthn_challenges",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id").references(() => users.id, { onDelete: "cascade" }),
    challenge: text("challenge").notNull(),
    purpose: text("purpose").notNull(),
    expiresAt: instant("expires_at").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("webauthn_challenges_challenge_key").on(t.challenge),
    index("webauthn_challenges_user_id_idx").on(t.userId),
  ],
);

/**
 * A sign-in that passed its first step (password or OAuth) and waits for the second factor. No
 * session exists meanwhile: only this row and an httpOnly cookie holding the token (SHA-256 stored).
 */
export const pendingSignIns = pgTable(
  "pending_sign_ins",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    // Cascade: a deleted account leaves nothing half-signed-in behind.
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull(),
    /** How the first step was passed: "credentials" or an OAuth provider id. */
    via: text("via").notNull(),
    /** A same-origin path to continue to after the second step. */
    redirectTo: text("redirect_to").notNull().default("/"),
    expiresAt: instant("expires_at").notNull(),
    consumedAt: instant("consumed_at"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("pending_sign_ins_token_hash_key").on(t.tokenHash),
    index("pending_sign_ins_user_id_idx").on(t.userId),
  ],
);

/** Site-wide security settings: one row (id = 1), seeded by the migration. */
export const securityPolicy = pgTable(
  "security_policy",
  {
    id: integer("id").primaryKey().default(1),
    requireAdminMfa: boolean("require_admin_mfa").notNull().default(true),
    updatedAt: updatedAt(),
  },
  (t) => [check("security_policy_single_row", sql`${t.id} = 1`)],
);

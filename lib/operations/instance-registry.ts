import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { and, gte, lt, ne } from "drizzle-orm";
import { getDb, type Db } from "@/db";
import { serverInstances, type InstanceFingerprint } from "@/db/schema";
import { now } from "@/lib/clock";
import { env } from "@/lib/env";
import { log } from "@/lib/log/logger";

/**
 * Instances behind one proxy must share a build (server actions are encrypted with a key made at build
 * time), APP_URL (API access tokens name it as issuer), AUTH_SECRET (sessions, ticket codes) and the
 * MFA key ring; otherwise requests fail at random depending on which instance serves them. Each
 * instance records what it was given in `server_instances` at start and every half minute, and logs
 * an error naming the difference when another live instance disagrees. It never stops serving: a
 * rolling deploy runs two builds side by side for a minute by design.
 */
const HEARTBEAT_MS = 30_000;
/** An instance not seen for this long has stopped (or lost the database): it no longer counts. */
const LIVE_MS = 3 * HEARTBEAT_MS;
const FORGET_MS = 24 * 60 * 60_000;

const SETTING_NAMES: Record<keyof InstanceFingerprint, string> = {
  buildId: "the build",
  appUrl: "APP_URL",
  authSecret: "AUTH_SECRET",
  mfaKeys: "MFA_ENCRYPTION_KEYS",
  serverActionsKey: "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY",
};

/** A secret's short, labelled hash: equal secrets match, and nothing about the value is stored. */
function digest(label: string, value: string | undefined) {
  return value ? createHash("sha256").update(`marquee instance ${label}\0${value}`).digest("hex").slice(0, 16) : "";
}

function buildId() {
  try {
    return readFileSync(path.join(process.cwd(), ".next", "BUILD_ID"), "utf8").trim();
  } catch {
    return "development";
  }
}

export function thisInstanceFingerprint(): InstanceFingerprint {
  return {
    buildId: buildId(),
    appUrl: env.APP_URL,
    authSecret: digest("auth", env.AUTH_SECRET),
    mfaKeys: digest("mfa", env.MFA_ENCRYPTION_KEYS?.map((k) => `${k.id}:${k.key.toString("base64")}`).join(",")),
    serverActionsKey: digest("actions", env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY),
  };
}

export type InstanceMismatch = { instanceId: string; startedAt: Date; settings: string[] };

/** Records this instance as seen now and returns the live instances whose settings differ from its own. */
export async function recordInstance(db: Db, id: string, fingerprint: InstanceFingerprint, startedAt: Date): Promise<InstanceMismatch[]> {
  const at = now();
  await db
    .insert(serverInstances)
    .values({ id, fingerprint, startedAt, seenAt: at })
    .onConflictDoUpdate({ target: serverInstances.id, set: { fingerprint, seenAt: at } });
  await db.delete(serverInstances).where(lt(serverInstances.seenAt, new Date(at.getTime() - FORGET_MS)));
  const peers = await db
    .select()
    .from(serverInstances)
    .where(and(ne(serverInstances.id, id), gte(serverInstances.seenAt, new Date(at.getTime() - LIVE_MS))));
  return peers.flatMap((peer) => {
    const keys = Object.keys(SETTING_NAMES) as (keyof InstanceFingerprint)[];
    const differ = keys.filter((key) => (peer.fingerprint[key] ?? "") !== fingerprint[key]).map((key) => SETTING_NAMES[key]);
    return differ.length > 0 ? [{ instanceId: peer.id, startedAt: peer.startedAt, settings: differ }] : [];
  });
}

/** At start and every half minute; each disagreeing instance is reported once. */
export function startInstanceRegistry() {
  const id = randomUUID();
  const startedAt = now();
  const fingerprint = thisInstanceFingerprint();
  const reported = new Set<string>();
  const check = async () => {
    const mismatches = await recordInstance(await getDb(), id, fingerprint, startedAt);
    for (const mismatch of mismatches.filter((m) => !reported.has(m.instanceId))) {
      reported.add(mismatch.instanceId);
      log.error(
        { otherInstanceId: mismatch.instanceId, otherStartedAt: mismatch.startedAt.toISOString(), settings: mismatch.settings },
        `instances: this instance and another run with a different ${mismatch.settings.join(", ")}: ` +
          "requests will fail depending on which one serves them. Give every instance the same.",
      );
    }
  };
  const run = () => void check().catch((error: unknown) => log.error({ err: error }, "instances: could not record this instance"));
  run();
  const timer = setInterval(run, HEARTBEAT_MS);
  timer.unref();
  return timer;
}

import { jsonb, pgTable, uuid } from "drizzle-orm/pg-core";
import { instant } from "./columns";

/** What instances of one deployment must agree on; secrets as short hashes, never the values. */
export type InstanceFingerprint = {
  buildId: string;
  appUrl: string;
  authSecret: string;
  mfaKeys: string;
  serverActionsKey: string;
};

/**
 * The server instances running on this database, each seen within the last minute or so: how an
 * instance finds out at start that another one was given a different build or secret
 * (lib/operations/instance-registry.ts). Rows of stopped instances are removed or age out.
 */
export const serverInstances = pgTable("server_instances", {
  id: uuid("id").primaryKey(),
  fingerprint: jsonb("fingerprint").$type<InstanceFingerprint>().notNull(),
  startedAt: instant("started_at").notNull(),
  seenAt: instant("seen_at").notNull(),
});

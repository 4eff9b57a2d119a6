import { customType, timestamp } from "drizzle-orm/pg-core";

/** Raw bytes (uploads, passkey public keys). postgres.js and PGlite both hand back a Uint8Array. */
export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => "bytea",
});

/** Every instant is a UTC `timestamptz`; shown in the cinema's zone at the edge of the UI. */
export const instant = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

export const createdAt = () => instant("created_at").notNull().defaultNow();
export const updatedAt = () =>
  instant("updated_at")
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date());

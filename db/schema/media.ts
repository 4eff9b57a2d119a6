import { integer, pgTable, text, uuid, check } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { bytea, createdAt } from "./columns";

/**
 * Images (posters, photos) stored in PostgreSQL so one backup holds everything and several app
 * instances serve the same files. Served by /media/[id] with immutable cache headers.
 */
export const uploads = pgTable(
  "uploads",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    contentType: text("content_type").notNull(),
    byteSize: integer("byte_size").notNull(),
    width: integer("width"),
    height: integer("height"),
    sha256: text("sha256").notNull(),
    bytes: bytea("bytes").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    check(
      "uploads_content_type_image",
      sql`${t.contentType} in ('image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/svg+xml')`,
    ),
    check("uploads_size_range", sql`${t.byteSize} > 0 and ${t.byteSize} <= 5242880`),
  ],
);

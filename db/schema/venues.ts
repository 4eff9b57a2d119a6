import {
  boolean,
  check,
  doublePrecision,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { createdAt, updatedAt } from "./columns";

export const seatKind = pgEnum("seat_kind", [
  "standard",
  "premium",
  "accessible",
  /** A space for a wheelchair user: held back from general sale (see lib/booking). */
  "wheelchair",
  /** A seat beside a wheelchair space for someone accompanying its user. */
  "companion",
]);

export const cinemas = pgTable(
  "cinemas",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    address: text("address").notNull(),
    city: text("city").notNull(),
    postcode: text("postcode").notNull().default(""),
    /** ISO 3166-1 alpha-2, for the JSON-LD PostalAddress. */
    country: text("country").notNull().default("GB"),
    latitude: doublePrecision("latitude"),
    longitude: doublePrecision("longitude"),
    phone: text("phone").notNull().default(""),
    /** IANA zone every showtime of this cinema is shown in, e.g. "Europe/London". */
    timeZone: text("time_zone").notNull(),
    /** Whether customers may reserve online and pay at the box office (card payment is always offered when configured). */
    payAtCinema: boolean("pay_at_cinema").notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("cinemas_slug_key").on(t.slug),
    index("cinemas_city_idx").on(t.city),
    check("cinemas_latitude_range", sql`${t.latitude} between -90 and 90`),
    check("cinemas_longitude_range", sql`${t.longitude} between -180 and 180`),
  ],
);

export const screens = pgTable(
  "screens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    // A cinema's screens go with it; showtimes and tickets restrict that delete further down.
    cinemaId: uuid("cinema_id")
      .notNull()
      .references(() => cinemas.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    /** The text layout the seats were generated from (lib/venues/seat-layout.ts). */
    layout: text("layout").notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("screens_cinema_id_name_key").on(t.cinemaId, t.name)],
);

export const seats = pgTable(
  "seats",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    // Seats are rebuilt with their screen; sold tickets restrict deleting a seat.
    screenId: uuid("screen_id")
      .notNull()
      .references(() => screens.id, { onDelete: "cascade" }),
    rowLabel: text("row_label").notNull(),
    number: integer("number").notNull(),
    kind: seatKind("kind").notNull().default("standard"),
    /** Grid position for drawing: column and row from the top-left, gaps included. */
    x: integer("x").notNull(),
    y: integer("y").notNull(),
  },
  (t) => [
    uniqueIndex("seats_screen_id_row_number_key").on(t.screenId, t.rowLabel, t.number),
    uniqueIndex("seats_screen_id_position_key").on(t.screenId, t.x, t.y),
    check("seats_number_positive", sql`${t.number} >= 1`),
    check("seats_position_nonnegative", sql`${t.x} >= 0 and ${t.y} >= 0`),
  ],
);

import {
  boolean,
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { createdAt, instant, updatedAt } from "./columns";
import { movies } from "./catalog";
import { screens, seatKind } from "./venues";

/** Projection formats (2D, 3D, IMAX …); admins can add more. */
export const formats = pgTable(
  "formats",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    code: text("code").notNull(),
    name: text("name").notNull(),
    /** schema.org `videoFormat` value. */
    videoFormat: text("video_format").notNull(),
    surchargeMinor: integer("surcharge_minor").notNull().default(0),
    sortOrder: integer("sort_order").notNull().default(0),
  },
  (t) => [
    uniqueIndex("formats_code_key").on(t.code),
    check("formats_surcharge_range", sql`${t.surchargeMinor} between 0 and 10000`),
  ],
);

export const priceRule = pgEnum("price_rule", ["fixed", "percent_of_base", "free"]);

/** Adult, child, senior, student, carer … and how each is priced from a showtime's base price. */
export const ticketTypes = pgTable(
  "ticket_types",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    code: text("code").notNull(),
    name: text("name").notNull(),
    priceRule: priceRule("price_rule").notNull(),
    /** Price in minor units when the rule is `fixed`. */
    amountMinor: integer("amount_minor"),
    /** Share of the base price when the rule is `percent_of_base`. */
    percent: integer("percent"),
    /** Shown to customers, e.g. "Child: 2–12". */
    ageNote: text("age_note").notNull().default(""),
    idMayBeChecked: boolean("id_may_be_checked").notNull().default(false),
    /** Discounted types are not offered on "no discounts" showtimes. */
    isDiscount: boolean("is_discount").notNull().default(false),
    /** A free companion ticket, offered only to a customer who declares they need a carer. */
    isCarer: boolean("is_carer").notNull().default(false),
    active: boolean("active").notNull().default(true),
    sortOrder: integer("sort_order").notNull().default(0),
  },
  (t) => [
    uniqueIndex("ticket_types_code_key").on(t.code),
    check(
      "ticket_types_rule_amounts",
      sql`(${t.priceRule} = 'fixed' and ${t.amountMinor} between 0 and 100000 and ${t.percent} is null)
       or (${t.priceRule} = 'percent_of_base' and ${t.percent} between 0 and 200 and ${t.amountMinor} is null)
       or (${t.priceRule} = 'free' and ${t.amountMinor} is null and ${t.percent} is null)`,
    ),
  ],
);

/** Extra charged for a seat kind (premium recliners …) on top of the ticket price. */
export const seatKindSurcharges = pgTable(
  "seat_kind_surcharges",
  {
    kind: seatKind("kind").primaryKey(),
    surchargeMinor: integer("surcharge_minor").notNull().default(0),
  },
  (t) => [check("seat_kind_surcharges_range", sql`${t.surchargeMinor} between 0 and 10000`)],
);

/** The one booking fee and refund policy (a single row, id = 1), read by lib/orders/policy.ts. */
export const bookingPolicy = pgTable(
  "booking_policy",
  {
    id: integer("id").primaryKey().default(1),
    bookingFeeMinor: integer("booking_fee_minor").notNull().default(0),
    cutoffMinutes: integer("cutoff_minutes").notNull().default(120),
    cancellationFeePercent: integer("cancellation_fee_percent").notNull().default(0),
    refundBookingFee: boolean("refund_booking_fee").notNull().default(false),
    /** Live tickets one customer may have for one showtime, across all their orders and their cart. */
    maxTicketsPerShowtime: integer("max_tickets_per_showtime").notNull().default(10),
    /** Unpaid pay-at-cinema tickets are released this long before their showtime starts. */
    releaseUnpaidMinutes: integer("release_unpaid_minutes").notNull().default(30),
    /** The door admits a ticket from this long before its showtime starts … */
    checkInOpensMinutes: integer("check_in_opens_minutes").notNull().default(60),
    /** … until this long after. */
    checkInClosesMinutes: integer("check_in_closes_minutes").notNull().default(30),
    updatedAt: updatedAt(),
  },
  (t) => [
    check("booking_policy_single_row", sql`${t.id} = 1`),
    check("booking_policy_fee_range", sql`${t.bookingFeeMinor} between 0 and 10000`),
    check("booking_policy_cutoff_range", sql`${t.cutoffMinutes} between 0 and 10080`),
    check("booking_policy_cancellation_fee_range", sql`${t.cancellationFeePercent} between 0 and 100`),
    check("booking_policy_max_tickets_range", sql`${t.maxTicketsPerShowtime} between 1 and 100`),
    check("booking_policy_release_unpaid_range", sql`${t.releaseUnpaidMinutes} between 0 and 1440`),
    check("booking_policy_check_in_window_range", sql`${t.checkInOpensMinutes} between 0 and 720 and ${t.checkInClosesMinutes} between 0 and 720`),
  ],
);

export const showtimeStatus = pgEnum("showtime_status", ["scheduled", "cancelled"]);

export const showtimes = pgTable(
  "showtimes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    // A movie, screen or format with showtimes cannot be deleted: archive or cancel instead.
    movieId: uuid("movie_id")
      .notNull()
      .references(() => movies.id, { onDelete: "restrict" }),
    screenId: uuid("screen_id")
      .notNull()
      .references(() => screens.id, { onDelete: "restrict" }),
    formatId: uuid("format_id")
      .notNull()
      .references(() => formats.id, { onDelete: "restrict" }),
    startsAt: instant("starts_at").notNull(),
    /** Runtime plus the cleaning buffer: the screen is busy until then. */
    endsAt: instant("ends_at").notNull(),
    basePriceMinor: integer("base_price_minor").notNull(),
    currency: text("currency").notNull().default("GBP"),
    /** ISO 639-1 codes. */
    spokenLanguage: text("spoken_language").notNull(),
    subtitleLanguage: text("subtitle_language"),
    audioDescription: boolean("audio_description").notNull().default(false),
    openCaptions: boolean("open_captions").notNull().default(false),
    closedCaptions: boolean("closed_captions").notNull().default(false),
    sensoryFriendly: boolean("sensory_friendly").notNull().default(false),
    /** A new release's first weeks: only full-price ticket types are offered. */
    noDiscounts: boolean("no_discounts").notNull().default(false),
    status: showtimeStatus("status").notNull().default("scheduled"),
    cancelledAt: instant("cancelled_at"),
    cancelReason: text("cancel_reason"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("showtimes_movie_id_starts_at_idx").on(t.movieId, t.startsAt),
    index("showtimes_screen_id_starts_at_idx").on(t.screenId, t.startsAt),
    index("showtimes_format_id_idx").on(t.formatId),
    index("showtimes_starts_at_idx").on(t.startsAt),
    check("showtimes_ends_after_start", sql`${t.endsAt} > ${t.startsAt}`),
    check("showtimes_base_price_range", sql`${t.basePriceMinor} between 1 and 100000`),
    check("showtimes_currency_code", sql`${t.currency} ~ '^[A-Z]{3}$'`),
    check("showtimes_spoken_language_code", sql`${t.spokenLanguage} ~ '^[a-z]{2}$'`),
    check("showtimes_subtitle_language_code", sql`${t.subtitleLanguage} ~ '^[a-z]{2}$'`),
    check(
      "showtimes_cancelled_consistent",
      sql`(${t.status} = 'cancelled') = (${t.cancelledAt} is not null)`,
    ),
    // The no-overlap rule on a screen is an exclusion constraint added in the SQL migration
    // (drizzle-kit cannot express EXCLUDE): showtimes_no_overlap.
  ],
);

/** A per-showtime price for one ticket type, overriding the type's own rule. */
export const showtimeTicketPrices = pgTable(
  "showtime_ticket_prices",
  {
    showtimeId: uuid("showtime_id")
      .notNull()
      .references(() => showtimes.id, { onDelete: "cascade" }),
    ticketTypeId: uuid("ticket_type_id")
      .notNull()
      .references(() => ticketTypes.id, { onDelete: "cascade" }),
    priceMinor: integer("price_minor").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.showtimeId, t.ticketTypeId] }),
    index("showtime_ticket_prices_ticket_type_id_idx").on(t.ticketTypeId),
    check("showtime_ticket_prices_range", sql`${t.priceMinor} between 0 and 100000`),
  ],
);

import type { PgInsertValue, PgTable } from "drizzle-orm/pg-core";
import { hashPassword } from "../../lib/auth/password-hash";
import { env } from "../../lib/env";
import { seal } from "../../lib/auth/mfa/secret-box";
import type { Db, Tx } from "../client";
import {
  actors,
  categories,
  cinemas,
  formats,
  genres,
  movieCast,
  movieCategories,
  movieGenres,
  movieProducers,
  movies,
  producers,
  screens,
  seats,
  showtimes,
  uploads,
  totpCredentials,
  users,
} from "../schema";
import { buildCatalog } from "./catalog";
import { createRandom } from "./random";
import { buildSchedule } from "./showtimes";
import { buildVenues } from "./venues";

/** Printed when the embedded database is created, so whoever started the app can sign in. */
export const demoAccounts: { role: "admin" | "staff" | "customer"; email: string; name: string; password: string; totpSecret?: string }[] = [
  // Admins must use two-step verification (the security policy's default), so the demo admin comes
  // enrolled with a public TOTP secret: add it to an authenticator app to sign in (README).
  { role: "admin", email: "admin@marquee.test", name: "Ada Admin", password: "marquee-admin-demo", totpSecret: "MARQUEEDEMOADMINTOTPSECRETKEY234" },
  // Box-office staff: counter sales, marking reservations paid and the door at /box-office (no /admin).
  { role: "staff", email: "staff@marquee.test", name: "Sam Staff", password: "marquee-staff-demo" },
  { role: "customer", email: "customer@marquee.test", name: "Casey Customer", password: "marquee-customer-demo" },
];

/** The demo accounts' passwords are public: production gets them only when the caller says so explicitly. */
export function refuseDemoAccountsInProduction(explicitlyAllowed = false) {
  if (env.NODE_ENV === "production" && !explicitlyAllowed) {
    throw new Error(
      "Refusing to create the demo accounts (public passwords) with NODE_ENV=production. " +
        "For a throw-away test database run: npm run db:seed -- --with-public-demo-accounts",
    );
  }
}

/** Rows per statement: large enough to be quick, small enough to stay far below the parameter limit. */
const BATCH_SIZE = 500;

async function insertAll<T extends PgTable>(tx: Tx, table: T, rows: PgInsertValue<T>[]) {
  for (let i = 0; i < rows.length; i += BATCH_SIZE) {
    await tx.insert(table).values(rows.slice(i, i + BATCH_SIZE));
  }
}

/**
 * Fills an empty, migrated database with a believable demo: films, people, cinemas and two weeks
 * of showtimes from `now`. Everything is built in memory first and written in one transaction, so
 * a failure leaves the database empty rather than half-seeded. The same `now` gives the same data.
 * Refuses with NODE_ENV=production unless the caller says the database is a throw-away one.
 */
export async function seedDemoData(
  db: Db,
  options: { now?: Date; publicDemoAccountsInProduction?: boolean } = {},
): Promise<void> {
  refuseDemoAccountsInProduction(options.publicDemoAccountsInProduction);
  const now = options.now ?? new Date();
  const catalog = buildCatalog(now);
  const venues = buildVenues();
  // Hashing is the slowest step and needs no database, so it runs before the transaction opens.
  const userRows = await Promise.all(
    demoAccounts.map(async (account) => ({
      email: account.email,
      name: account.name,
      role: account.role,
      passwordHash: await hashPassword(account.password),
      emailVerified: now,
    })),
  );

  await db.transaction(async (tx) => {
    const formatRows = await tx.select({ id: formats.id, code: formats.code }).from(formats);
    const formatIds = Object.fromEntries(formatRows.map((f) => [f.code, f.id]));

    await insertAll(tx, uploads, catalog.uploads);
    await insertAll(tx, genres, catalog.genres);
    await insertAll(tx, categories, catalog.categories);
    await insertAll(tx, actors, catalog.actors);
    await insertAll(tx, producers, catalog.producers);
    await insertAll(tx, movies, catalog.movies);
    await insertAll(tx, movieGenres, catalog.movieGenres);
    await insertAll(tx, movieCategories, catalog.movieCategories);
    await insertAll(tx, movieCast, catalog.movieCast);
    await insertAll(tx, movieProducers, catalog.movieProducers);

    await insertAll(tx, cinemas, venues.cinemas);
    await insertAll(tx, screens, venues.screens);
    await insertAll(tx, seats, venues.seats);

    const schedule = buildSchedule({
      rng: createRandom("showtimes"),
      now,
      screens: venues.scheduleScreens,
      movies: catalog.scheduleMovies,
      formatIds,
    });
    await insertAll(tx, showtimes, schedule);

    const created = await tx.insert(users).values(userRows).returning({ id: users.id, email: users.email });
    const enrolled = demoAccounts.flatMap((account) => {
      const user = created.find((row) => row.email === account.email);
      return user && account.totpSecret ? [{ userId: user.id, secretEncrypted: seal(account.totpSecret), confirmedAt: now }] : [];
    });
    if (enrolled.length > 0) await tx.insert(totpCredentials).values(enrolled);
  });
}

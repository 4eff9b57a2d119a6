import { and, asc, eq, exists, sql } from "drizzle-orm";
import { movies, seats, showtimes, users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password-hash";
import { openDatabase, runScript } from "@/scripts/open-database";
import { writePool, type PooledShowtime } from "./pool";

// Enough for every journey that leases one, its retry and some room; rows are cheap.
const CUSTOMERS = 250;
const SHOWTIMES = 80;
const POOL_PASSWORD = "pooled customer correct horse battery";
// Weeks after the seeded fortnight of programme, so pooled showtimes never meet a seeded one.
const FIRST_POOL_DAY = 30;
const SLOT_HOURS = 5;
const DAY_MS = 86_400_000;

/** Makes the leasable customers and showtimes of e2e/support/pool.ts in the seeded e2e database. */
runScript(async () => {
  const database = await openDatabase();
  try {
    const { db } = database;
    const passwordHash = await hashPassword(POOL_PASSWORD);
    const customers = Array.from({ length: CUSTOMERS }, (_, index) => ({
      name: "Pat Tester",
      email: `pooled-customer-${index + 1}@example.test`,
      password: POOL_PASSWORD,
    }));
    await db.insert(users).values(
      customers.map(({ name, email }) => ({
        name,
        email,
        passwordHash,
        emailVerified: new Date(),
      })),
    );

    // One seeded showtime per screen is the template: a film, format, price and language that suit it.
    const templates = await db
      .selectDistinctOn([showtimes.screenId], {
        screenId: showtimes.screenId,
        movieId: showtimes.movieId,
        movie: movies.title,
        formatId: showtimes.formatId,
        basePriceMinor: showtimes.basePriceMinor,
        spokenLanguage: showtimes.spokenLanguage,
        durationMs: sql<number>`(extract(epoch from ${showtimes.endsAt} - ${showtimes.startsAt}) * 1000)::int`,
        wheelchair: exists(
          db
            .select({ one: sql`1` })
            .from(seats)
            .where(and(eq(seats.screenId, showtimes.screenId), eq(seats.kind, "wheelchair"))),
        ).mapWith(Boolean),
      })
      .from(showtimes)
      .innerJoin(movies, eq(movies.id, showtimes.movieId))
      .orderBy(asc(showtimes.screenId), asc(showtimes.startsAt));

    const firstDay = new Date(Math.floor(Date.now() / DAY_MS) * DAY_MS + FIRST_POOL_DAY * DAY_MS + 10 * 3600_000);
    if (!templates.some((template) => template.wheelchair)) throw new Error("The seed has no screen with wheelchair spaces.");
    const rows = Array.from({ length: SHOWTIMES }, (_, index) => {
      const { screenId, movieId, formatId, basePriceMinor, spokenLanguage, durationMs } = templates[index % templates.length];
      const startsAt = new Date(firstDay.getTime() + Math.floor(index / templates.length) * SLOT_HOURS * 3600_000);
      return { screenId, movieId, formatId, basePriceMinor, spokenLanguage, startsAt, endsAt: new Date(startsAt.getTime() + durationMs) };
    });
    const inserted = await db
      .insert(showtimes)
      .values(rows)
      .returning({ id: showtimes.id, screenId: showtimes.screenId });
    const pooled: PooledShowtime[] = inserted.map((row) => {
      const template = templates.find((candidate) => candidate.screenId === row.screenId);
      return {
        id: row.id,
        movie: template?.movie ?? "",
        url: `/showtimes/${row.id}`,
        wheelchair: template?.wheelchair ?? false,
      };
    });
    writePool({ customers, showtimes: pooled });
    console.log(`e2e pool: ${customers.length} customers, ${pooled.length} showtimes in ${database.where}`);
  } finally {
    await database.close();
  }
});

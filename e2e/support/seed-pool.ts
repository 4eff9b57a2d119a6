import { and, asc, eq, exists, sql } from "drizzle-orm";
import { movies, screens, seats, showtimes, users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password-hash";
import { parseSeatLayout } from "@/lib/venues/seat-layout";
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
// Showtimes starting soon, for journeys that admit a ticket at the door (check-in opens 60 minutes
// before the start): each on a screen of its own, so none clashes with the seeded programme.
const SOON_SHOWTIMES = 6;
const SOON_STARTS_IN_MS = 45 * 60_000;
const SOON_LAYOUT = "ssssssssss\nssssssssss\nssssssssss";

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
    const soon = await seedSoonShowtimes(db, templates[0]);
    writePool({ customers, showtimes: [...pooled, ...soon] });
    console.log(`e2e pool: ${customers.length} customers, ${pooled.length} + ${soon.length} soon showtimes in ${database.where}`);
  } finally {
    await database.close();
  }
});

type Database = Awaited<ReturnType<typeof openDatabase>>["db"];
type Template = { screenId: string; movieId: string; movie: string; formatId: string; basePriceMinor: number; spokenLanguage: string; durationMs: number };

/** Showtimes starting in 45 minutes, each on a new screen of the template's cinema. */
async function seedSoonShowtimes(db: Database, template: Template): Promise<PooledShowtime[]> {
  const layout = parseSeatLayout(SOON_LAYOUT);
  if (!layout.ok) throw new Error(layout.errors.join("; "));
  const [templateScreen] = await db.select({ cinemaId: screens.cinemaId }).from(screens).where(eq(screens.id, template.screenId));
  const startsAt = new Date(Date.now() + SOON_STARTS_IN_MS);
  const made: PooledShowtime[] = [];
  for (let index = 0; index < SOON_SHOWTIMES; index++) {
    const [screen] = await db
      .insert(screens)
      .values({ cinemaId: templateScreen.cinemaId, name: `Door test ${index + 1}`, layout: SOON_LAYOUT })
      .returning({ id: screens.id });
    await db.insert(seats).values(layout.seats.map((seat) => ({ ...seat, screenId: screen.id })));
    const [showtime] = await db
      .insert(showtimes)
      .values({
        screenId: screen.id,
        movieId: template.movieId,
        formatId: template.formatId,
        basePriceMinor: template.basePriceMinor,
        spokenLanguage: template.spokenLanguage,
        startsAt,
        endsAt: new Date(startsAt.getTime() + template.durationMs),
      })
      .returning({ id: showtimes.id });
    made.push({ id: showtime.id, movie: template.movie, url: `/showtimes/${showtime.id}`, wheelchair: false, soon: true });
  }
  return made;
}

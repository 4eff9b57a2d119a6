import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { connectPglite, type Connection } from "../client";
import { migrate } from "../migrate";
import { actors, cinemas, movies, producers, screens, seats, showtimes, totpCredentials, users } from "../schema";
import { open } from "../../lib/auth/mfa/secret-box";
import { demoAccounts, seedDemoData } from "./index";

const NOW = new Date("2026-06-01T09:00:00Z");

let connection: Connection;

// The first PGlite start compiles its WebAssembly, which can take many seconds on a cold machine.
beforeAll(async () => {
  connection = await connectPglite("memory://");
  await migrate(connection.db, "pglite");
  await seedDemoData(connection.db, { now: NOW });
}, 60_000);

afterAll(async () => {
  await connection?.close();
});

async function count(table: PgTable) {
  const [row] = await connection.db.select({ n: sql<number>`count(*)::int` }).from(table);
  return row.n;
}

describe("seedDemoData", () => {
  it("fills the catalogue", async () => {
    expect(await count(movies)).toBeGreaterThanOrEqual(40);
    expect(await count(actors)).toBeGreaterThanOrEqual(60);
    expect(await count(producers)).toBeGreaterThanOrEqual(15);
    const withoutPoster = await connection.db
      .select({ n: sql<number>`count(*)::int` })
      .from(movies)
      .where(sql`${movies.posterId} is null`);
    expect(withoutPoster[0].n).toBe(0);
  });

  it("creates cinemas in several cities with two to six screens each", async () => {
    const rows = await connection.db
      .select({ city: cinemas.city, screens: sql<number>`count(${screens.id})::int` })
      .from(cinemas)
      .leftJoin(screens, sql`${screens.cinemaId} = ${cinemas.id}`)
      .groupBy(cinemas.id, cinemas.city);
    expect(rows.length).toBeGreaterThanOrEqual(5);
    expect(new Set(rows.map((r) => r.city)).size).toBeGreaterThanOrEqual(3);
    for (const row of rows) {
      expect(row.screens).toBeGreaterThanOrEqual(2);
      expect(row.screens).toBeLessThanOrEqual(6);
    }
  });

  it("includes wheelchair spaces and premium seats", async () => {
    const kinds = await connection.db.selectDistinct({ kind: seats.kind }).from(seats);
    const found = kinds.map((k) => k.kind);
    expect(found).toContain("wheelchair");
    expect(found).toContain("premium");
  });

  it("schedules showtimes on each of the next fourteen days in London", async () => {
    const days = await connection.db
      .selectDistinct({ day: sql<string>`to_char(${showtimes.startsAt} at time zone 'Europe/London', 'YYYY-MM-DD')` })
      .from(showtimes);
    const found = new Set(days.map((d) => d.day));
    for (let i = 0; i < 14; i++) {
      const day = new Date(Date.UTC(2026, 5, 1 + i)).toISOString().slice(0, 10);
      expect(found, `showtimes on ${day}`).toContain(day);
    }
    const [{ n: past }] = await connection.db
      .select({ n: sql<number>`count(*)::int` })
      .from(showtimes)
      .where(sql`${showtimes.startsAt} <= ${NOW.toISOString()}::timestamptz`);
    expect(past).toBe(0);
  });

  it("creates the demo accounts, verified and with their roles", async () => {
    const rows = await connection.db
      .select({ email: users.email, role: users.role, verified: users.emailVerified })
      .from(users);
    for (const account of demoAccounts) {
      const user = rows.find((r) => r.email === account.email);
      expect(user?.role).toBe(account.role);
      expect(user?.verified).not.toBeNull();
    }
  });

  it("enrols the demo admin's authenticator with the printed secret, sealed at rest (issue 17 point 5)", async () => {
    const [admin] = await connection.db
      .select({ secret: totpCredentials.secretEncrypted, confirmedAt: totpCredentials.confirmedAt })
      .from(totpCredentials)
      .innerJoin(users, eq(users.id, totpCredentials.userId))
      .where(eq(users.email, "admin@marquee.test"));
    expect(admin?.confirmedAt).not.toBeNull();
    expect(admin?.secret).toMatch(/^v1\./);
    expect(open(admin?.secret ?? "")).toBe(demoAccounts.find((account) => account.role === "admin")?.totpSecret);
  });
});

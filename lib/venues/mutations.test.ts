import { beforeAll, describe, expect, it } from "vitest";
import { asc, eq } from "drizzle-orm";
import { carts, screens, seatClaims, seats } from "@/db/schema";
import { createShowtimeFixture, createUserFixture, ticketTypeByCode } from "@/test/fixtures/showtime";
import { testDb } from "@/test/database";
import { deleteCinema, deleteScreen, saveScreen } from "./mutations";
import { getCinema } from "./admin-queries";

describe("screens and their seats", () => {
  // Opening (and migrating) the database can take a while on a busy machine: not part of any test.
  beforeAll(async () => {
    await testDb();
  });

  it("rebuilds seats from a new layout in one go, keeping the ids of seats that stay", async () => {
    const db = await testDb();
    const admin = await createUserFixture(db, { role: "admin" });
    const { screen, cinema, seats: before } = await createShowtimeFixture(db, { layout: "ssss\nssss", startsAt: new Date(Date.now() - 30 * 86_400_000) });
    await saveScreen(admin.id, { id: screen.id, cinemaId: cinema.id, name: "Screen 1", layout: "wcss\nppp\n\nss" });
    const after = await db.select().from(seats).where(eq(seats.screenId, screen.id)).orderBy(asc(seats.y), asc(seats.x));
    expect(after.map((s) => `${s.rowLabel}${s.number}:${s.kind}`)).toEqual([
      "A1:wheelchair", "A2:companion", "A3:standard", "A4:standard", "B1:premium", "B2:premium", "B3:premium", "C1:standard", "C2:standard",
    ]);
    expect((await getCinema(cinema.id))?.screens).toEqual([{ id: screen.id, name: "Screen 1", seatCount: 9 }]);
    expect(after.find((s) => s.rowLabel === "A" && s.number === 1)?.id).toBe(before.find((s) => s.rowLabel === "A" && s.number === 1)?.id);
  });

  it("refuses a layout change while an upcoming showtime has seats held, and refuses bad layouts", async () => {
    const db = await testDb();
    const admin = await createUserFixture(db, { role: "admin" });
    const customer = await createUserFixture(db);
    const { screen, cinema, showtime, seats: seatRows } = await createShowtimeFixture(db);
    const [cart] = await db.insert(carts).values({ userId: customer.id }).returning();
    const adult = await ticketTypeByCode(db, "adult");
    await db.insert(seatClaims).values({ showtimeId: showtime.id, seatId: seatRows[0].id, cartId: cart.id, heldUntil: new Date(Date.now() + 600_000), ticketTypeId: adult.id });
    await expect(saveScreen(admin.id, { id: screen.id, cinemaId: cinema.id, name: "Screen 1", layout: "sss" })).rejects.toMatchObject({
      status: 409,
      fieldErrors: { layout: [expect.stringContaining("held or sold")] },
    });
    // Renaming without touching the layout is fine.
    await saveScreen(admin.id, { id: screen.id, cinemaId: cinema.id, name: "Screen One", layout: "ssss\nssss" });
    const [renamed] = await db.select().from(screens).where(eq(screens.id, screen.id));
    expect(renamed.name).toBe("Screen One");
    await expect(saveScreen(admin.id, { cinemaId: cinema.id, name: "Bad", layout: "ssc" })).rejects.toMatchObject({ status: 422, fieldErrors: { layout: expect.any(Array) } });
    await expect(saveScreen(admin.id, { cinemaId: cinema.id, name: "Screen One", layout: "ss" })).rejects.toMatchObject({ status: 409, fieldErrors: { name: expect.any(Array) } });
  });

  it("refuses to delete a screen or cinema with showtimes", async () => {
    const db = await testDb();
    const admin = await createUserFixture(db, { role: "admin" });
    const { screen, cinema } = await createShowtimeFixture(db);
    await expect(deleteScreen(admin.id, screen.id)).rejects.toMatchObject({ status: 409, message: expect.stringContaining("1 showtime") });
    await expect(deleteCinema(admin.id, cinema.id)).rejects.toMatchObject({ status: 409 });
    const empty = await saveScreen(admin.id, { cinemaId: cinema.id, name: "Empty", layout: "ss" });
    await deleteScreen(admin.id, empty.id);
    expect(await db.select().from(screens).where(eq(screens.id, empty.id))).toEqual([]);
  });
});

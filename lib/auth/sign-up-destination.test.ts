import { beforeAll, describe, expect, it } from "vitest";
import { desc, eq } from "drizzle-orm";
import { oneTimeTokens, users } from "@/db/schema";
import { testDb, unique } from "@/test/database";
import { signUp } from "./sign-up";
import { issueToken } from "./tokens";
import { verificationDestination } from "./verify-email";

beforeAll(async () => {
  await testDb();
});

async function storedDestination(callbackUrl: string | undefined) {
  const email = `${unique("dest")}@example.test`;
  await signUp({ name: "Dee Stination", email, password: "a long and private pass phrase", callbackUrl });
  const db = await testDb();
  const [row] = await db
    .select({ redirectTo: oneTimeTokens.redirectTo })
    .from(oneTimeTokens)
    .innerJoin(users, eq(users.id, oneTimeTokens.userId))
    .where(eq(users.email, email))
    .orderBy(desc(oneTimeTokens.createdAt));
  return row.redirectTo;
}

describe("the sign-up destination kept with the verification token", () => {
  it("keeps a path on this site, seats included", async () => {
    expect(await storedDestination("/showtimes/abc?seats=s1~t1,s2~t1")).toBe("/showtimes/abc?seats=s1~t1,s2~t1");
  });

  it.each(["https://evil.example/", "//evil.example", "/.//evil.example", "javascript:alert(1)", "/", undefined])(
    "drops %s",
    async (callbackUrl) => {
      expect(await storedDestination(callbackUrl)).toBeNull();
    },
  );

  it("is read back from the token only as a same-origin path", async () => {
    const db = await testDb();
    const [user] = await db.insert(users).values({ email: `${unique("dest")}@example.test`, name: "Dee" }).returning();
    const good = await issueToken(user.id, "verify_email", user.email, "/showtimes/abc?seats=x");
    expect(await verificationDestination(good)).toBe("/showtimes/abc?seats=x");
    // A row written some other way with a foreign target still yields nothing.
    const bad = await issueToken(user.id, "verify_email", user.email, "//evil.example");
    expect(await verificationDestination(bad)).toBeNull();
    expect(await verificationDestination("short")).toBeNull();
  });
});

import { parseArgs } from "node:util";
import { eq, sql } from "drizzle-orm";
import { migrate } from "@/db/migrate";
import { users } from "@/db/schema";
import { emailSchema } from "@/lib/auth/schemas";
import { openDatabase, runScript } from "./open-database";

/**
 * Grants the admin role to an existing account: the way to make the first admin.
 * Usage: npm run admin:create -- --email someone@example.com
 */
runScript(async () => {
  const { values } = parseArgs({ options: { email: { type: "string" } } });
  const email = emailSchema.safeParse(values.email ?? "");
  if (!email.success) throw new Error("Pass the account's address: npm run admin:create -- --email you@example.com");
  const database = await openDatabase();
  try {
    await migrate(database.db, database.driver);
    const [user] = await database.db
      .update(users)
      .set({ role: "admin", sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(sql`lower(${users.email})`, email.data.toLowerCase()))
      .returning({ id: users.id, email: users.email });
    if (!user) throw new Error(`No account uses ${email.data}. Sign up first, then run this again.`);
    console.log(`${user.email} is now an admin. Their other sessions were signed out.`);
  } finally {
    await database.close();
  }
});

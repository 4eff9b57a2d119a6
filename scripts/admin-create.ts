import { parseArgs } from "node:util";
import { eq, sql } from "drizzle-orm";
import { migrate } from "@/db/migrate";
import { auditLog, users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password-hash";
import { passwordProblem } from "@/lib/auth/password-policy";
import { emailSchema } from "@/lib/auth/schemas";
import { openDatabase, runScript } from "./open-database";

const usage = `Usage:
  npm run admin:create -- --email you@example.com                       promote an existing account
  npm run admin:create -- --email you@example.com --name "Your Name" --password "a long passphrase"
                                                                        create a verified admin account`;

/**
 * The way to make the first admin: promotes an existing account, or creates a verified admin account
 * when none uses the address (then --name and --password are required; there is no prompt, so this
 * works in CI and containers). The password policy applies.
 */
runScript(async () => {
  const { values } = parseArgs({
    options: { email: { type: "string" }, name: { type: "string" }, password: { type: "string" } },
  });
  const email = emailSchema.safeParse(values.email ?? "");
  if (!email.success) throw new Error(`Pass the account's address with --email.\n${usage}`);
  const database = await openDatabase();
  try {
    await migrate(database.db, database.driver);
    const [promoted] = await database.db
      .update(users)
      .set({ role: "admin", sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(sql`lower(${users.email})`, email.data.toLowerCase()))
      .returning({ id: users.id, email: users.email });
    if (promoted) {
      await database.db.insert(auditLog).values({ action: "user.role_changed", entityType: "user", entityId: promoted.id, details: { to: "admin", by: "cli" } });
      console.info(`${promoted.email} is now an admin. Their existing sessions were signed out; sign in again.`);
      return;
    }
    const name = values.name?.trim();
    const password = values.password ?? "";
    if (!name || !password) {
      throw new Error(`No account uses ${email.data}. To create one, also pass --name and --password.\n${usage}`);
    }
    const problem = passwordProblem(password, { email: email.data, name });
    if (problem) throw new Error(`Password refused: ${problem}`);
    const [created] = await database.db
      .insert(users)
      .values({ email: email.data, name: name.slice(0, 100), passwordHash: await hashPassword(password), role: "admin", emailVerified: new Date() })
      .returning({ id: users.id, email: users.email });
    if (!created) throw new Error("Could not create the account.");
    await database.db.insert(auditLog).values({ action: "user.admin_created", entityType: "user", entityId: created.id, details: { by: "cli" } });
    console.info(`Created the admin account ${created.email}. Sign in at /sign-in with the password you chose.`);
  } finally {
    await database.close();
  }
});

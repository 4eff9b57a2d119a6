import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

/**
 * Issue 16 point 4: a production process never creates the demo accounts, whose passwords are public.
 * Each case runs in a child process with NODE_ENV=production on a fresh embedded database.
 */
const folder = mkdtempSync(path.join(tmpdir(), "marquee-production-seed-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function runInProduction(args: string[], dataDir: string) {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    NODE_ENV: "production",
    AUTH_SECRET: "a-production-secret-of-at-least-32-characters",
    MARQUEE_EMBEDDED_DB: "1",
    PGLITE_DATA_DIR: path.join(folder, dataDir),
  };
  // The react-server condition is how Next.js loads db/index.ts: it makes "server-only" importable.
  return spawnSync("npx", ["tsx", "--conditions=react-server", ...args], { env, encoding: "utf8", timeout: 90_000 });
}

describe("demo data in production", () => {
  it("a first start on an empty embedded database migrates it and creates no account", () => {
    const child = runInProduction(
      [
        "-e",
        // tsx runs -e code as CommonJS, so the imported modules arrive under "default".
        `Promise.all([import("./db/index.ts"), import("./db/schema/index.ts")]).then(async ([db, schema]) => {
          const { getDb } = db.default;
          const { users } = schema.default;
          const rows = await (await getDb()).select({ email: users.email }).from(users);
          process.stdout.write("USERS=" + rows.length + "\\n");
          process.exit(0);
        })`,
      ],
      "first-start",
    );
    expect(child.stderr).toBe("");
    expect(child.stdout).toContain("created an empty embedded database");
    expect(child.stdout).toContain("USERS=0");
  });

  it("db:seed refuses without the explicit flag, and says which flag", () => {
    const child = runInProduction(["scripts/db-seed.ts"], "refused");
    expect(child.status).toBe(1);
    expect(child.stderr.trim()).toMatch(/^Error: Refusing to create the demo accounts .* --with-public-demo-accounts$/);
  });
});

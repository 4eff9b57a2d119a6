import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// docs/decisions/009: pages, actions, route handlers and components reach the database only through
// lib/<domain> entry points; the health check is the one route whose job is to probe the connection.
const root = path.resolve(import.meta.dirname, "..");
const allowed = new Set([path.join("app", "api", "health", "route.ts")]);

describe("data access rule", () => {
  it("app/ and components/ never call getDb() themselves", () => {
    const offenders = ["app", "components"].flatMap((dir) =>
      readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" })
        .map((file) => path.join(dir, file))
        .filter((file) => /\.tsx?$/.test(file) && !file.endsWith(".test.ts") && !allowed.has(file))
        .filter((file) => /\bgetDb\b/.test(readFileSync(path.join(root, file), "utf8"))),
    );
    expect(offenders).toEqual([]);
  });
});

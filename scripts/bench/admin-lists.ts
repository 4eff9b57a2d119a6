import { execFileSync } from "node:child_process";

export type AdminListTiming = { list: string; query: string; ms: number };

export const ADMIN_LIST_TARGET_MS = 100;

/**
 * Point 5: the admin lists' own query functions timed on DATABASE_URL (median of five after a warm-up),
 * in a child process whose react-server condition admits their `server-only` imports.
 */
export function timeAdminLists(): AdminListTiming[] {
  const output = execFileSync("node", ["--conditions=react-server", "--import", "tsx", "scripts/bench/admin-lists-run.ts"], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  return JSON.parse(output.trim().split("\n").at(-1) ?? "[]") as AdminListTiming[];
}

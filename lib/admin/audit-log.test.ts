import { beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "@/db/schema";
import { testDb, unique } from "@/test/database";
import { createUserFixture } from "@/test/fixtures/showtime";
import { AUDIT_PAGE_SIZE, auditLogQuerySchema, listAuditLog } from "./audit-log";

beforeAll(async () => {
  await testDb();
});

const all = { user: undefined, action: undefined, from: undefined, to: undefined };

describe("audit log viewer queries", () => {
  it("pages by id, newest first, without gaps or repeats", async () => {
    const db = await testDb();
    const action = `test.paged_${unique("a").replace(/-/g, "_")}`;
    await db.insert(auditLog).values(Array.from({ length: AUDIT_PAGE_SIZE + 7 }, (_, i) => ({ action, entityType: "test", entityId: String(i) })));
    const first = await listAuditLog({ ...all, action });
    expect(first.entries).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first.entries[0]?.entityId).toBe(String(AUDIT_PAGE_SIZE + 6));
    expect(first.nextBefore).toBe(first.entries.at(-1)?.id);
    const second = await listAuditLog({ ...all, action, before: first.nextBefore ?? undefined });
    expect(second.entries.map((e) => e.entityId)).toEqual(["6", "5", "4", "3", "2", "1", "0"]);
    expect(second.nextBefore).toBeNull();
  });

  it("filters by user (what they did and what was done to their account), by email or id, and by date", async () => {
    const db = await testDb();
    const pat = await createUserFixture(db, { email: `${unique("Pat")}@example.test` });
    await db.insert(auditLog).values([
      { actorUserId: pat.id, action: "test.did", entityType: "movie", entityId: "m1" },
      { actorUserId: null, action: "test.done_to", entityType: "user", entityId: pat.id },
      { actorUserId: null, action: "test.other", entityType: "user", entityId: "someone-else" },
      { actorUserId: pat.id, action: "test.long_ago", entityType: "movie", createdAt: new Date("2020-01-15T12:00:00Z") },
    ]);
    const byEmail = await listAuditLog({ ...all, user: pat.email.toUpperCase() });
    expect(byEmail.entries.map((e) => e.action).sort()).toEqual(["test.did", "test.done_to", "test.long_ago"]);
    expect(byEmail.entries.find((e) => e.action === "test.did")?.actorEmail).toBe(pat.email);
    const byId = await listAuditLog({ ...all, user: pat.id, from: "2020-01-15", to: "2020-01-15" });
    expect(byId.entries.map((e) => e.action)).toEqual(["test.long_ago"]);
    expect(await listAuditLog({ ...all, user: "nobody@example.test" })).toEqual({ entries: [], nextBefore: null, unknownUser: true });
  });

  it("refuses malformed filters with a message instead of failing", () => {
    const parsed = auditLogQuerySchema.safeParse({ from: "last tuesday", action: "x'; drop table audit_log" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path[0]).sort()).toEqual(["action", "from"]);
    expect(auditLogQuerySchema.parse({ user: "", action: "", from: "", to: "" })).toEqual({ user: undefined, action: undefined, from: undefined, to: undefined });
  });
});

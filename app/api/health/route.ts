import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db";

/** Liveness and readiness in one: answers 200 once the database is open, migrated and answering. */
export async function GET() {
  try {
    const db = await getDb();
    await db.execute(sql`select 1`);
    return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    console.error("health check failed:", error instanceof Error ? error.message : error);
    return Response.json({ status: "unavailable" }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}

import { connection } from "next/server";

/**
 * Liveness: the process is up and serving. It touches nothing else, so a database outage never gets a
 * healthy instance restarted; whether it can take traffic is GET /api/ready. Answered per request, never
 * from a copy made at build time.
 */
export async function GET() {
  await connection();
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}

import { connection } from "next/server";
import { checkReadiness } from "@/lib/operations/readiness";

/** Readiness: 200 when the database answers and is fully migrated, 503 otherwise (the body says which). */
export async function GET() {
  await connection();
  const readiness = await checkReadiness();
  return Response.json(readiness, { status: readiness.ready ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}

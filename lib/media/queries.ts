import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { uploads } from "@/db/schema";

export async function getUpload(id: string) {
  const db = await getDb();
  const [upload] = await db
    .select({ contentType: uploads.contentType, bytes: uploads.bytes, sha256: uploads.sha256 })
    .from(uploads)
    .where(eq(uploads.id, id));
  return upload ?? null;
}

import "server-only";
import { createHash } from "node:crypto";
import { getDb } from "@/db";
import { uploads } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { InvalidError } from "@/lib/errors";
import { checkImageUpload, pngSize } from "./image-type";

/**
 * The one way an image gets into the app: checked by content, stored as bytea in `uploads`, served
 * by /media/[id] with an immutable cache (an upload never changes under its id).
 */
export async function storeImageUpload(actorUserId: string, bytes: Uint8Array): Promise<{ id: string }> {
  const check = checkImageUpload(bytes);
  if (!check.ok) throw new InvalidError(check.error, { file: [check.error] });
  const size = check.contentType === "image/png" ? pngSize(bytes) : null;
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(uploads)
      .values({
        contentType: check.contentType,
        byteSize: bytes.length,
        width: size?.width ?? null,
        height: size?.height ?? null,
        sha256: createHash("sha256").update(bytes).digest("hex"),
        bytes,
      })
      .returning({ id: uploads.id });
    await recordAudit(tx, { actorUserId, action: "upload.created", entityType: "upload", entityId: row.id, details: { contentType: check.contentType, byteSize: bytes.length } });
    return row;
  });
}

import { z } from "zod";
import { getUpload } from "@/lib/media/queries";
import { answeringOutages } from "@/lib/api/outage";

const idSchema = z.uuid();

/** Stored images. An upload never changes under its id, so browsers and CDNs may keep it forever. */
export const GET = answeringOutages(async function GET(_request: Request, { params }: RouteContext<"/media/[id]">) {
  const { id } = await params;
  if (!idSchema.safeParse(id).success) return new Response("Not found", { status: 404 });
  const upload = await getUpload(id);
  if (!upload) return new Response("Not found", { status: 404 });
  return new Response(Buffer.from(upload.bytes), {
    headers: {
      "Content-Type": upload.contentType,
      "Cache-Control": "public, max-age=31536000, immutable",
      ETag: `"${upload.sha256}"`,
      // Even our own SVG artwork runs no script and loads nothing.
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox",
      "X-Content-Type-Options": "nosniff",
    },
  });
});

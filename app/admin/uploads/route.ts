import { requireAdmin } from "@/lib/auth/dal";
import { DomainError } from "@/lib/errors";
import { MAX_UPLOAD_BYTES } from "@/lib/media/image-type";
import { storeImageUpload } from "@/lib/media/upload";
import { mediaUrl } from "@/lib/media/urls";
import { refuseOversizedBody } from "@/lib/security/declared-body-size";
import { isSameOrigin } from "@/lib/security/same-origin";
import { answeringOutages } from "@/lib/api/outage";

/**
 * Image uploads for the admin forms. A route handler rather than a server action because actions
 * cap bodies at 1 MB and images may be up to 5 MB. Same-origin only, admins only.
 */
export const POST = answeringOutages(async function POST(request: Request) {
  if (!isSameOrigin(request)) {
    return Response.json({ error: "Cross-site upload refused." }, { status: 403 });
  }
  // Before anything else, and never read: middleware.ts skips this route because running it would
  // make Next.js buffer the whole body first. The allowance covers the multipart framing.
  const refused = refuseOversizedBody(request, MAX_UPLOAD_BYTES + 64 * 1024, "The image is larger than 5 MB. Use a smaller one.");
  if (refused) return refused;
  let admin;
  try {
    admin = await requireAdmin();
  } catch (error) {
    if (error instanceof DomainError) return Response.json({ error: error.message }, { status: error.status });
    throw error;
  }
  const form = await request.formData().catch(() => null);
  const file = form?.get("file");
  if (!(file instanceof File)) return Response.json({ error: "Choose an image file." }, { status: 422 });
  try {
    const { id } = await storeImageUpload(admin.id, new Uint8Array(await file.arrayBuffer()));
    return Response.json({ id, url: mediaUrl(id) }, { status: 201 });
  } catch (error) {
    if (error instanceof DomainError) return Response.json({ error: error.message }, { status: error.status });
    throw error;
  }
});

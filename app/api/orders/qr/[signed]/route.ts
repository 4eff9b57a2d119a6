import { signedCodeQrPng } from "@/lib/orders/ticket-qr";
import { verifyTicketCode } from "@/lib/orders/ticket-codes";

/**
 * A ticket's QR image, for the order page and the confirmation email (mail clients block data: URLs).
 * It needs no session and reads no database: the path is the signed code itself, so only someone who
 * already holds the ticket can ask for it, and a forged code gets 404.
 */
export async function GET(_request: Request, { params }: RouteContext<"/api/orders/qr/[signed]">) {
  const { signed } = await params;
  const clean = signed.replace(/\.png$/, "");
  if (!verifyTicketCode(clean)) return new Response("Not found", { status: 404 });
  const png = await signedCodeQrPng(clean);
  return new Response(new Uint8Array(png), {
    headers: { "Content-Type": "image/png", "Cache-Control": "private, max-age=31536000, immutable" },
  });
}

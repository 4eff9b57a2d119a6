import QRCode from "qrcode";
import { signTicketCode } from "./ticket-codes";

/** The QR image of a ticket's signed code, as PNG bytes (email attachments and the image route). */
const options = { errorCorrectionLevel: "M", margin: 2, width: 240 } as const;

export function ticketQrPng(code: string): Promise<Buffer> {
  return QRCode.toBuffer(signTicketCode(code), { ...options, type: "png" });
}

/** For the image route, which receives the already signed code (and has verified it). */
export function signedCodeQrPng(signedCode: string): Promise<Buffer> {
  return QRCode.toBuffer(signedCode, { ...options, type: "png" });
}

import QRCode from "qrcode";
import { signTicketCode } from "./ticket-codes";

/** The QR image of a ticket's signed code, as PNG bytes (email attachment) or a data URL (pages). */
const options = { errorCorrectionLevel: "M", margin: 2, width: 240 } as const;

export function ticketQrPng(code: string): Promise<Buffer> {
  return QRCode.toBuffer(signTicketCode(code), { ...options, type: "png" });
}

export function ticketQrDataUrl(code: string): Promise<string> {
  return QRCode.toDataURL(signTicketCode(code), { ...options, type: "image/png" });
}

import { problem } from "./problem";

/** Enough for any request the API takes (the largest is a 10-seat hold); anything bigger is refused unread. */
export const MAX_JSON_BODY_BYTES = 64 * 1024;

/**
 * Reads a JSON body, or answers why not: 413 past the limit (by Content-Length, or while reading a
 * chunked body), 415 for another media type, 400 for text that is not JSON. An empty body is `{}`.
 */
export async function readJsonBody(request: Request): Promise<{ ok: true; value: unknown } | { ok: false; response: Response }> {
  const tooLarge = () => ({ ok: false as const, response: problem(413, `Send at most ${MAX_JSON_BODY_BYTES / 1024} KB of JSON.`) });
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_JSON_BODY_BYTES) return tooLarge();
  const text = await readCapped(request, MAX_JSON_BODY_BYTES);
  if (text === null) return tooLarge();
  if (text.trim() === "") return { ok: true, value: {} };
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^application\/([a-z.+-]*\+)?json\b/i.test(contentType)) {
    return { ok: false, response: problem(415, "Send the body as JSON with Content-Type: application/json.") };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, response: problem(400, "The body is not valid JSON.", "malformed_json") };
  }
}

/** The body as text, or null once it passes `maxBytes` (read no further). */
export async function readCapped(request: Request, maxBytes: number): Promise<string | null> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * Refuses a request body by the size it declares, before a byte of it is read: 411 without a
 * Content-Length (a chunked body could be any size), 413 above `maxBytes`. Null when it may be read.
 * Node's HTTP parser never hands the handler more bytes than Content-Length says.
 */
export function refuseOversizedBody(request: Request, maxBytes: number, tooLarge: string): Response | null {
  const declared = request.headers.get("content-length");
  if (declared === null) {
    return Response.json({ error: "Send the file with a Content-Length." }, { status: 411 });
  }
  const length = Number(declared);
  if (!/^\d+$/.test(declared) || !Number.isSafeInteger(length)) {
    return Response.json({ error: "Content-Length is not a number of bytes." }, { status: 400 });
  }
  if (length > maxBytes) return Response.json({ error: tooLarge }, { status: 413, headers: { connection: "close" } });
  return null;
}

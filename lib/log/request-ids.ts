import { randomUUID } from "node:crypto";
import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage, ServerResponse } from "node:http";
import { enterRequest } from "./request-context";

export const REQUEST_ID_HEADER = "x-request-id";

/** What a proxy may hand us as an id: nginx's $request_id, a UUID, a load balancer's trace id. Nothing that could forge a log line. */
const WELL_FORMED_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/** The id a request is logged under: the trusted proxy's when it sent a well-formed one, else a new UUID. */
export function requestIdFor(offered: string | string[] | undefined, trustedProxyHops: number): string {
  return trustedProxyHops > 0 && typeof offered === "string" && WELL_FORMED_ID.test(offered) ? offered : randomUUID();
}

const holder = globalThis as unknown as { marqueeRequestIds?: boolean };

/**
 * Gives every request an id before Next.js sees it, through the same `http.server.request.start`
 * channel as the peer address (lib/security/peer-address.ts): it becomes the request's X-Request-Id
 * header (so route handlers and problem responses can read it), the response's X-Request-Id, and
 * the `requestId` of every log line written while the request is handled. Behind a trusted proxy
 * (`trustedProxyHops` > 0) a well-formed id the proxy sent is kept, so its access log and ours
 * share one id; a client talking to us directly cannot choose its id.
 */
export function stampRequestIds(trustedProxyHops: number) {
  if (holder.marqueeRequestIds) return;
  holder.marqueeRequestIds = true;
  subscribe("http.server.request.start", (message) => {
    const { request, response } = message as { request: IncomingMessage; response: ServerResponse };
    const requestId = requestIdFor(request.headers[REQUEST_ID_HEADER], trustedProxyHops);
    request.headers[REQUEST_ID_HEADER] = requestId;
    response.setHeader("X-Request-Id", requestId);
    enterRequest(requestId);
  });
}

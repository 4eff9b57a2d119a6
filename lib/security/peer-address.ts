import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import type { Socket } from "node:net";
import { PEER_ADDRESS_HEADER } from "./client-ip";

const holder = globalThis as unknown as { marqueePeerAddressStamp?: boolean };

/**
 * Copies each request's TCP peer address into PEER_ADDRESS_HEADER before Next.js sees the request,
 * through Node's public `http.server.request.start` diagnostics channel (published for every request
 * of every http server in this process). A value a client sent under that name is overwritten or
 * removed, so the header is always ours. Called once at server start (lib/server-start.ts).
 */
export function stampPeerAddresses() {
  if (holder.marqueePeerAddressStamp) return;
  holder.marqueePeerAddressStamp = true;
  subscribe("http.server.request.start", (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    if (socket.remoteAddress) request.headers[PEER_ADDRESS_HEADER] = socket.remoteAddress;
    else delete request.headers[PEER_ADDRESS_HEADER];
  });
}

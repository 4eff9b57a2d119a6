import { z } from "zod";
import { subscribeToSeatEvents } from "@/lib/booking/seat-event-hub";
import { onShutdown } from "@/lib/operations/shutdown";

export const dynamic = "force-dynamic";

/** Proxies close idle connections (nginx after 60 s by default): a comment line keeps this one busy. */
const HEARTBEAT_MS = 25_000;

/**
 * GET /api/showtimes/{id}/events — Server-Sent Events for one showtime's seat map
 * (docs/decisions/014-live-seats.md). Each `seats` event is `{ showtimeId, seats: [{ seatId, status }] }`
 * or `{ showtimeId, refresh: true }`. Anonymous and read-only: it says a seat was held, never by whom,
 * so it needs no session; the client refetches its own availability for seats it holds.
 */
export async function GET(request: Request, { params }: RouteContext<"/api/showtimes/[id]/events">) {
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) {
    return Response.json({ title: "Showtime not found", status: 404 }, { status: 404, headers: { "Content-Type": "application/problem+json" } });
  }
  const encoder = new TextEncoder();
  let closed = false;
  let cleanup = () => {};
  // start() runs inside the constructor, so `send` can queue text before the response is even returned.
  let send = (text: string) => void text;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      send = (text) => {
        if (!closed) controller.enqueue(encoder.encode(text));
      };
      cleanup = () => {
        if (closed) return;
        closed = true;
        try {
          controller.close();
        } catch {
          // The runtime already closed it when the client went away.
        }
      };
    },
    cancel: () => stop(),
  });

  // Subscribed before the client sees "open" (where it refetches the whole map): nothing falls between.
  const unsubscribe = await subscribeToSeatEvents(id, (event) => send(`event: seats\ndata: ${JSON.stringify(event)}\n\n`));
  const heartbeat = setInterval(() => send(": heartbeat\n\n"), HEARTBEAT_MS);
  // A stream never ends by itself: a stopping instance ends it, and the browser reconnects elsewhere.
  const unregister = onShutdown(() => stop());
  function stop() {
    clearInterval(heartbeat);
    unsubscribe();
    unregister();
    cleanup();
  }
  if (request.signal.aborted) stop();
  else request.signal.addEventListener("abort", stop, { once: true });
  send("retry: 5000\n: connected\n\n");

  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-store, no-transform",
      // nginx buffers proxied responses unless told otherwise, which would hold events back.
      "X-Accel-Buffering": "no",
    },
  });
}

import "server-only";
import { listen } from "@/db";
import { parseSeatEvent, SEAT_CHANNEL, type SeatEvent } from "./seat-events";

/**
 * One LISTEN per server process, fanned out in memory to the open seat maps of each showtime, so a
 * thousand viewers of one showtime cost the database one connection, not a thousand. Started by the
 * first subscriber; kept on globalThis so a dev hot reload does not open a second listener.
 */
type Subscriber = (event: SeatEvent) => void;
type Hub = { subscribers: Map<string, Set<Subscriber>>; started?: Promise<unknown> };

const holder = globalThis as unknown as { marqueeSeatHub?: Hub };

function hub(): Hub {
  holder.marqueeSeatHub ??= { subscribers: new Map() };
  return holder.marqueeSeatHub;
}

function deliver(showtimeId: string, event: SeatEvent) {
  for (const subscriber of hub().subscribers.get(showtimeId) ?? []) {
    try {
      subscriber(event);
    } catch (error) {
      // One broken stream must not starve the other viewers of this showtime.
      console.error("seat event subscriber failed:", error);
    }
  }
}

function start() {
  const state = hub();
  state.started ??= listen(
    SEAT_CHANNEL,
    (payload) => {
      const event = parseSeatEvent(payload);
      if (event) deliver(event.showtimeId, event);
    },
    // Notifications sent while the connection was down are gone: every open map refetches.
    () => {
      for (const showtimeId of state.subscribers.keys()) deliver(showtimeId, { showtimeId, refresh: true });
    },
  ).catch((error: unknown) => {
    state.started = undefined;
    throw error;
  });
  return state.started;
}

/**
 * Calls `onEvent` for every seat change of one showtime committed from now on (resolves once the
 * LISTEN is in place). The returned function unsubscribes; the process keeps its one listener.
 */
export async function subscribeToSeatEvents(showtimeId: string, onEvent: Subscriber): Promise<() => void> {
  const { subscribers } = hub();
  const set = subscribers.get(showtimeId) ?? new Set<Subscriber>();
  set.add(onEvent);
  subscribers.set(showtimeId, set);
  const unsubscribe = () => {
    set.delete(onEvent);
    if (set.size === 0 && subscribers.get(showtimeId) === set) subscribers.delete(showtimeId);
  };
  try {
    await start();
  } catch (error) {
    unsubscribe();
    throw error;
  }
  return unsubscribe;
}

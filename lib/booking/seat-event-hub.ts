import "server-only";
import { listen } from "@/db";
import { log } from "@/lib/log/logger";
import { outsideRequest } from "@/lib/log/request-context";
import { parseSeatEvent, SEAT_CHANNEL, type SeatEvent } from "./seat-events";

/**
 * One LISTEN per server process, fanned out in memory to the open seat maps of each showtime, so a
 * thousand viewers of one showtime cost the database one connection, not a thousand. Started by the
 * first subscriber; kept on globalThis so a dev hot reload does not open a second listener.
 */
type Subscriber = (event: SeatEvent) => void;
/** Told the showtime of every event, or null when events may have been missed (the listener reconnected). */
type Watcher = (showtimeId: string | null) => void;
type Hub = { subscribers: Map<string, Set<Subscriber>>; watchers: Set<Watcher>; started?: Promise<unknown> };

const holder = globalThis as unknown as { marqueeSeatHub?: Hub };

function hub(): Hub {
  holder.marqueeSeatHub ??= { subscribers: new Map(), watchers: new Set() };
  return holder.marqueeSeatHub;
}

function deliver(showtimeId: string, event: SeatEvent) {
  for (const watcher of hub().watchers) watcher(showtimeId);
  for (const subscriber of hub().subscribers.get(showtimeId) ?? []) {
    try {
      subscriber(event);
    } catch (error) {
      // One broken stream must not starve the other viewers of this showtime.
      log.error({ err: error }, "seat event subscriber failed");
    }
  }
}

function start() {
  const state = hub();
  // The first seat map opens the process's listener: its lines must not carry that request's id for ever.
  state.started ??= outsideRequest(() => listen(
    SEAT_CHANNEL,
    (payload) => {
      const event = parseSeatEvent(payload);
      if (event) deliver(event.showtimeId, event);
    },
    // Notifications sent while the connection was down are gone: every open map refetches.
    () => {
      for (const watcher of state.watchers) watcher(null);
      for (const showtimeId of state.subscribers.keys()) deliver(showtimeId, { showtimeId, refresh: true });
    },
  )).catch((error: unknown) => {
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

/**
 * Calls `onChange` with the showtime of every seat change from now on, and with null after a reconnect
 * (when changes may have gone unheard). For in-process caches; resolves once the LISTEN is in place.
 */
export async function watchSeatChanges(onChange: Watcher): Promise<() => void> {
  const { watchers } = hub();
  watchers.add(onChange);
  const unwatch = () => void watchers.delete(onChange);
  try {
    await start();
  } catch (error) {
    unwatch();
    throw error;
  }
  return unwatch;
}

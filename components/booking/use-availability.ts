"use client";

import { useCallback, useEffect, useRef, useState } from "react";

export type TakenState = "held" | "sold" | "yours";
type AvailabilityJson = {
  taken: Record<string, TakenState>;
  heldBackReleased: boolean;
  bookable: boolean;
  /** When the first hold shown runs out; expiries send no event, so the map refetches then. */
  nextReleaseInMs?: number | null;
  /** Whether the viewer is signed in: the route knows, a cached seat map does not. */
  signedIn?: boolean;
};
type SeatEventJson =
  | { showtimeId: string; seats: { seatId: string; status: "held" | "available" | "sold" }[] }
  | { showtimeId: string; refresh: true };

/** A failed refetch is retried a few times, a few seconds apart. */
const RETRIES = 3;
const RETRY_MS = 3_000;
const RELEASE_MARGIN_MS = 500;

type Options = {
  /** Polling while push is unavailable (no EventSource, or its connection keeps failing). */
  pollMs?: number;
  /**
   * Seats this viewer has picked. Events are anonymous, so a change to one of these (or to a seat
   * shown as "yours") is not applied blindly — it may be the viewer's own hold — but refetched.
   */
  watchedSeatIds?: readonly string[];
  /**
   * Seats on general sale (not wheelchair spaces or their companions). Wheelchair spaces go on sale
   * once all of these are taken; when an event may flip that, the server's answer is refetched.
   */
  generalSeatIds?: readonly string[];
  /**
   * The initial map is the cached one every visitor gets, up to 30 s old and blind to the viewer's own
   * holds: fetch the viewer's map at once, not only when the event stream opens (it may never).
   */
  initialIsAnyones?: boolean;
};

/**
 * Keeps the seat map's availability live (docs/decisions/014-live-seats.md): seat changes arrive as
 * Server-Sent Events and apply at once; the whole map is refetched on every (re)connect so nothing is
 * missed in between; polling takes over only while the event stream is down. `refresh()` refetches now.
 */
export function useAvailability(
  showtimeId: string,
  initial: AvailabilityJson,
  { pollMs = 30_000, watchedSeatIds = [], generalSeatIds, initialIsAnyones = false }: Options = {},
) {
  const [state, setStateOnly] = useState(initial);
  // The latest state, readable at once by the next event (two events may arrive before a render).
  const latest = useRef(state);
  const setState = useCallback((next: AvailabilityJson) => {
    latest.current = next;
    setStateOnly(next);
  }, []);
  const [pushing, setPushing] = useState(false);
  const inFlight = useRef(false);
  const again = useRef(false);
  const watched = useRef(new Set<string>());
  const general = useRef(generalSeatIds);
  useEffect(() => {
    watched.current = new Set(watchedSeatIds);
    general.current = generalSeatIds;
  }, [watchedSeatIds, generalSeatIds]);

  const retries = useRef({ left: RETRIES, timer: undefined as ReturnType<typeof setTimeout> | undefined });

  const refresh = useCallback(
    async function load(): Promise<void> {
      // An event during a fetch may describe a change the fetch missed: fetch once more after it.
      if (inFlight.current) {
        again.current = true;
        return;
      }
      inFlight.current = true;
      let failed = false;
      try {
        do {
          again.current = false;
          const response = await fetch(`/api/showtimes/${showtimeId}/availability`, { cache: "no-store" });
          if (response.ok) setState((await response.json()) as AvailabilityJson);
          else failed = true;
        } while (again.current && !failed);
      } catch {
        // Offline for a moment: keep showing the last known map and try again below.
        failed = true;
      } finally {
        inFlight.current = false;
      }
      // With push there is no next poll: a refetch an event asked for must not be dropped by one failure.
      clearTimeout(retries.current.timer);
      if (!failed) retries.current.left = RETRIES;
      else if (retries.current.left-- > 0) retries.current.timer = setTimeout(() => void load(), RETRY_MS);
    },
    [showtimeId, setState],
  );
  useEffect(() => () => clearTimeout(retries.current.timer), []);

  const apply = useCallback(
    (event: SeatEventJson) => {
      if ("refresh" in event) return void refresh();
      const current = latest.current;
      if (event.seats.some((s) => watched.current.has(s.seatId) || current.taken[s.seatId] === "yours")) return void refresh();
      const taken = { ...current.taken };
      for (const { seatId, status } of event.seats) {
        if (status === "available") delete taken[seatId];
        else taken[seatId] = status;
      }
      setState({ ...current, taken });
      const seatsOnSale = general.current;
      if (seatsOnSale && seatsOnSale.every((id) => taken[id]) !== current.heldBackReleased) void refresh();
    },
    [refresh, setState],
  );

  useEffect(() => {
    // Without the stream, a cached map is corrected now rather than at the first poll.
    if (typeof EventSource === "undefined") {
      if (initialIsAnyones) void refresh();
      return;
    }
    let refetched = false;
    const source = new EventSource(`/api/showtimes/${showtimeId}/events`);
    source.addEventListener("open", () => {
      refetched = true;
      setPushing(true);
      void refresh();
    });
    source.addEventListener("seats", (message) => {
      try {
        apply(JSON.parse((message as MessageEvent<string>).data) as SeatEventJson);
      } catch {
        void refresh();
      }
    });
    // EventSource reconnects by itself; until it does, polling below covers the gap.
    source.addEventListener("error", () => {
      setPushing(false);
      // The stream never opened (its "open" refetches): a cached map is not left as anyone saw it.
      if (!refetched && initialIsAnyones) {
        refetched = true;
        void refresh();
      }
    });
    return () => source.close();
  }, [showtimeId, refresh, apply, initialIsAnyones]);

  useEffect(() => {
    if (pushing) return;
    const timer = setInterval(() => {
      if (document.visibilityState === "visible") void refresh();
    }, pollMs);
    return () => clearInterval(timer);
  }, [pushing, refresh, pollMs]);

  const { nextReleaseInMs } = state;
  useEffect(() => {
    if (nextReleaseInMs == null) return;
    // Just past the instant: at exactly its end a hold still counts on a clock a few ms behind.
    const timer = setTimeout(() => void refresh(), nextReleaseInMs + RELEASE_MARGIN_MS);
    return () => clearTimeout(timer);
  }, [nextReleaseInMs, refresh]);

  useEffect(() => {
    // Back from a sleeping tab: timers and streams may have been paused.
    const onVisible = () => {
      if (document.visibilityState === "visible") void refresh();
    };
    document.addEventListener("visibilitychange", onVisible);
    return () => document.removeEventListener("visibilitychange", onVisible);
  }, [refresh]);

  return { ...state, refresh, live: pushing };
}

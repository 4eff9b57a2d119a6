"use client";

import { useCallback, useEffect, useRef, useState } from "react";

export type TakenState = "held" | "sold" | "yours";
type AvailabilityJson = { taken: Record<string, TakenState>; heldBackReleased: boolean; bookable: boolean };

/**
 * Keeps the seat map's availability fresh by polling the showtime's availability route every few
 * seconds while the tab is visible. `refresh()` polls at once (after a refused add to cart).
 */
export function useAvailability(showtimeId: string, initial: AvailabilityJson, intervalMs = 4000) {
  const [state, setState] = useState(initial);
  const inFlight = useRef(false);

  const refresh = useCallback(async () => {
    if (inFlight.current) return;
    inFlight.current = true;
    try {
      const response = await fetch(`/api/showtimes/${showtimeId}/availability`, { cache: "no-store" });
      if (response.ok) setState((await response.json()) as AvailabilityJson);
    } catch {
      // Offline for a moment: keep showing the last known map; the next poll tries again.
    } finally {
      inFlight.current = false;
    }
  }, [showtimeId]);

  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState === "visible") void refresh();
    }, intervalMs);
    const onVisible = () => {
      if (document.visibilityState === "visible") void refresh();
    };
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      clearInterval(timer);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [refresh, intervalMs]);

  return { ...state, refresh };
}

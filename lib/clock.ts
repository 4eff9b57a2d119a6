import { clockOffsetMs } from "@/lib/env";

/**
 * The one clock the domain reads. Tests and the e2e server can move it with `MARQUEE_CLOCK_OFFSET_MS`
 * (never set in production) to reach a cut-off or an expiry without waiting.
 */
export function now(): Date {
  return new Date(Date.now() + clockOffsetMs());
}

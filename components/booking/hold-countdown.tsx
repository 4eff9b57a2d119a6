"use client";

import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { ClockIcon } from "./icons";

type Props = {
  heldUntil: string;
  /** The server's clock when the page was rendered, so a skewed device clock counts correctly. */
  serverNow: string;
  label?: string;
};

function format(ms: number) {
  const total = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, "0")}`;
}

/** Minutes and seconds left on a hold; at zero it says so and refreshes the cart, which drops it. */
export function HoldCountdown({ heldUntil, serverNow, label = "Held for" }: Props) {
  const router = useRouter();
  const [skew] = useState(() => Date.parse(serverNow) - Date.now());
  const [left, setLeft] = useState(() => Date.parse(heldUntil) - Date.parse(serverNow));
  const refreshed = useRef(false);

  useEffect(() => {
    const tick = () => setLeft(Date.parse(heldUntil) - (Date.now() + skew));
    tick();
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [heldUntil, skew]);

  useEffect(() => {
    if (left > 0 || refreshed.current) return;
    refreshed.current = true;
    router.refresh();
  }, [left, router]);

  if (left <= 0) {
    return (
      <span className="inline-flex items-center rounded-full bg-red-50 px-2 py-0.5 text-xs font-semibold text-red-800 ring-1 ring-red-200">
        Expired
      </span>
    );
  }
  const urgent = left < 2 * 60_000;
  // role="timer" is a live region that stays quiet (aria-live off): read on demand, never every second.
  return (
    <span
      role="timer"
      className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-semibold tabular-nums ring-1 ${
        urgent ? "bg-amber-50 text-amber-900 ring-amber-300" : "bg-zinc-100 text-zinc-700 ring-zinc-200"
      }`}
    >
      <ClockIcon />
      {label} <span data-testid="countdown">{format(left)}</span>
    </span>
  );
}

"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";

const EVERY_MS = 2_000;
const GIVE_UP_AFTER_MS = 120_000;

/** Re-reads the page every two seconds until the server shows the payment settled, for two minutes at most. */
export function PaymentWatcher() {
  const router = useRouter();
  const [waitedLong, setWaitedLong] = useState(false);
  useEffect(() => {
    const started = Date.now();
    const timer = setInterval(() => {
      if (Date.now() - started > GIVE_UP_AFTER_MS) {
        clearInterval(timer);
        setWaitedLong(true);
        return;
      }
      router.refresh();
    }, EVERY_MS);
    return () => clearInterval(timer);
  }, [router]);
  return (
    <p role="status" className="text-sm text-zinc-600">
      {waitedLong
        ? "This is taking longer than usual. We'll email your tickets as soon as the payment is confirmed; you can close this page."
        : "Checking with the payment provider…"}
    </p>
  );
}

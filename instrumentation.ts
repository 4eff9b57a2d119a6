/**
 * Runs once when a server instance starts. Email retries need no separate worker: each instance
 * sweeps the queue every 30 s, and the queue's row claiming keeps instances from doubling up.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { deliverDueEmails } = await import("@/lib/email/queue");
  const timer = setInterval(() => {
    deliverDueEmails().catch((error: unknown) => console.error("email retry sweep failed:", error));
  }, 30_000);
  timer.unref();
  (await import("@/lib/booking/sweep")).startHoldSweep();
}

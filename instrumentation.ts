/**
 * Runs once when a server instance starts: checks the environment and opens the database, so a bad
 * variable or an unreachable database stops the server at start with one line, not at the first
 * request with a stack trace. Also starts the email retry sweep (no separate worker needed: the
 * queue's row claiming keeps several instances from doubling up).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  await import("@/lib/env");
  const { getDb } = await import("@/db");
  try {
    await getDb();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
  const { deliverDueEmails } = await import("@/lib/email/queue");
  const timer = setInterval(() => {
    deliverDueEmails().catch((error: unknown) => console.error("email retry sweep failed:", error));
  }, 30_000);
  timer.unref();
  (await import("@/lib/booking/sweep")).startHoldSweep();
}

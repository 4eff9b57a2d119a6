import "server-only";
import { getDb } from "@/db";
import { startHoldSweep } from "@/lib/booking/sweep";
import { deliverDueEmails } from "@/lib/email/queue";
import { startUnpaidReleaseSweep } from "@/lib/orders/release-unpaid";
import { startCardReconciliationSweep } from "@/lib/orders/payments/reconcile";
import { startRefundSweep } from "@/lib/orders/payments/refunds";
import { cardPaymentsEnabled } from "@/lib/orders/payments/stripe";
import { stampPeerAddresses } from "@/lib/security/peer-address";
import { routeConsoleTo } from "@/lib/log/console-bridge";
import { log } from "@/lib/log/logger";
import { stampRequestIds } from "@/lib/log/request-ids";
import { startRateLimitSweep } from "@/lib/security/rate-limit-sweep";
import { startInstanceRegistry } from "@/lib/operations/instance-registry";
import { beginShutdown, onShutdown } from "@/lib/operations/shutdown";
import { env } from "@/lib/env";

const EMAIL_SWEEP_MS = 30_000;
/** How long a stopping instance waits for its requests in flight: well inside a container runtime's 30 s grace. */
const SHUTDOWN_LIMIT_MS = 10_000;

/**
 * Checks the environment (importing lib/env validates it) and opens the database, so a bad variable
 * or an unreachable database stops the server at start with one line, not at the first request with
 * a stack trace; records the instance, to say when another one runs with a different build or secret. Stamps each request's peer address for lib/security/client-ip.ts and its id for the log (lib/log/). Then starts the
 * background sweeps: email retries, releasing unpaid pay-at-cinema reservations before their
 * showtime, asking Stripe about card orders past their payment window and sending card refunds, and tidying expired holds and rate-limit counters. None needs a separate worker: all are safe to run on every instance at once.
 * SIGTERM drains the instance (lib/operations/shutdown.ts).
 */
export async function startServer() {
  stampPeerAddresses();
  stampRequestIds(env.TRUSTED_PROXY_HOPS);
  // A developer's terminal keeps Next's own output as it is; a production server writes JSON lines only.
  if (env.NODE_ENV === "production") routeConsoleTo(log);
  try {
    await getDb();
  } catch (error) {
    log.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
  const emailSweep = setInterval(() => {
    deliverDueEmails().catch((error: unknown) => log.error({ err: error }, "email retry sweep failed"));
  }, EMAIL_SWEEP_MS);
  emailSweep.unref();
  // Stopped on shutdown, so no sweep starts while the requests in flight drain.
  const cardSweeps = cardPaymentsEnabled() ? [startCardReconciliationSweep(), startRefundSweep()] : [];
  for (const timer of [emailSweep, startInstanceRegistry(), startHoldSweep(), startUnpaidReleaseSweep(), startRateLimitSweep(), ...cardSweeps]) {
    onShutdown(() => clearInterval(timer));
  }
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, () => beginShutdown(SHUTDOWN_LIMIT_MS));
}

import "server-only";
import { log } from "@/lib/log/logger";

type Closer = () => void;

const holder = globalThis as unknown as { marqueeClosers?: Set<Closer>; marqueeShuttingDown?: boolean };
const closers = (holder.marqueeClosers ??= new Set<Closer>());

/**
 * Registers something that would hold the process open on SIGTERM — an event stream, a timer — to be
 * ended when it comes. Returns the unregister function. Registered after shutdown began, it ends at once.
 */
export function onShutdown(close: Closer): () => void {
  if (holder.marqueeShuttingDown) {
    // After the caller has its unregister function, which `close` may call.
    queueMicrotask(close);
    return () => {};
  }
  closers.add(close);
  return () => closers.delete(close);
}

/**
 * SIGTERM or SIGINT: Next stops accepting connections and waits for the requests in flight; this ends
 * what never finishes by itself (seat-map event streams, whose browsers reconnect to another instance)
 * and stops the background sweeps, then exits anyway after `limitMs` if a request still hangs.
 */
export function beginShutdown(limitMs: number) {
  if (holder.marqueeShuttingDown) return;
  holder.marqueeShuttingDown = true;
  for (const close of closers) close();
  closers.clear();
  setTimeout(() => {
    log.error({ limitMs }, `shutdown: requests still open after ${limitMs / 1000} s; exiting anyway`);
    process.exit(143);
  }, limitMs).unref();
}

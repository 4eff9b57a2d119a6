import { AsyncLocalStorage } from "node:async_hooks";

type RequestContext = { requestId: string };

const holder = globalThis as unknown as { marqueeRequestContext?: AsyncLocalStorage<RequestContext> };
// One store per process, even when the server's bundles each carry a copy of this module.
const storage = (holder.marqueeRequestContext ??= new AsyncLocalStorage<RequestContext>());

/** The id of the request this code runs for (also its X-Request-Id), or undefined outside one (sweeps, start-up). */
export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}

/**
 * Makes `requestId` current for the rest of the synchronous code and everything it starts, which for
 * an HTTP server's `request.start` diagnostics message is the whole handling of that request.
 */
export function enterRequest(requestId: string) {
  storage.enterWith({ requestId });
}

/** Runs `work` outside any request, so what it starts later (a listening connection, a timer) is not logged under this one. */
export function outsideRequest<T>(work: () => T): T {
  return storage.exit(work);
}

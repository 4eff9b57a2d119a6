"use client";

import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";

/**
 * Shown instead of a crash page; the details stay in the server log under `digest`. Production hides
 * the error's message from the browser, so to tell an outage from a bug the page asks /api/ready
 * (which answers within 2 s): when the database is down, it says so and that waiting will help.
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const [databaseDown, setDatabaseDown] = useState(false);
  useEffect(() => {
    const controller = new AbortController();
    fetch("/api/ready", { cache: "no-store", signal: controller.signal })
      .then((response) => response.json() as Promise<{ checks?: { database?: string } }>)
      .then((readiness) => setDatabaseDown(readiness.checks?.database === "unreachable"))
      // No answer at all: keep the general message rather than guess.
      .catch(() => {});
    return () => controller.abort();
  }, [error]);

  return (
    <main id="main" className="mx-auto flex w-full max-w-xl flex-1 flex-col items-start gap-4 px-4 py-16">
      {databaseDown ? (
        <>
          <h1 className="text-3xl font-bold tracking-tight">We can&apos;t reach our database right now</h1>
          <p className="text-zinc-600">Nothing you saved has been lost. Please try again in a minute.</p>
        </>
      ) : (
        <>
          <h1 className="text-3xl font-bold tracking-tight">Something went wrong</h1>
          <p className="text-zinc-600">We couldn&apos;t load this page. Nothing you saved has been lost. Please try again.</p>
        </>
      )}
      {error.digest ? <p className="text-sm text-zinc-500">Reference: {error.digest}</p> : null}
      <Button onClick={reset}>Try again</Button>
    </main>
  );
}

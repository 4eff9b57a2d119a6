"use client";

import { Button } from "@/components/ui/button";

/** Shown instead of a crash page; the details stay in the server log under `digest`. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="mx-auto flex w-full max-w-xl flex-1 flex-col items-start gap-4 px-4 py-16">
      <h1 className="text-3xl font-bold tracking-tight">Something went wrong</h1>
      <p className="text-zinc-600">
        We couldn&apos;t load this page. Nothing you saved has been lost. Please try again.
      </p>
      {error.digest ? <p className="text-sm text-zinc-500">Reference: {error.digest}</p> : null}
      <Button onClick={reset}>Try again</Button>
    </main>
  );
}

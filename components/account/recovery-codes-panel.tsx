"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";

/**
 * Recovery codes, shown once (at enrolment, or after "Make new recovery codes"): copy them, download
 * them as a text file, then confirm they are saved. They are never shown again.
 */
export function RecoveryCodesPanel({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const [copied, setCopied] = useState(false);
  const text = `Marquee recovery codes\nEach code works once, when you can't use your authenticator app or passkey.\n\n${codes.join("\n")}\n`;

  async function copy() {
    await navigator.clipboard.writeText(codes.join("\n"));
    setCopied(true);
  }

  function download() {
    const url = URL.createObjectURL(new Blob([text], { type: "text/plain" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = "marquee-recovery-codes.txt";
    link.click();
    URL.revokeObjectURL(url);
  }

  return (
    <div className="flex flex-col gap-4 rounded-lg border border-amber-200 bg-amber-50 p-4">
      <div className="flex flex-col gap-1">
        <h3 className="font-semibold text-amber-950">Save your recovery codes</h3>
        <p className="text-sm text-amber-950">
          If you lose your phone, each of these codes signs you in once. Keep them somewhere safe: this is the only time
          we show them.
        </p>
      </div>
      <ol aria-label="Recovery codes" className="grid grid-cols-1 gap-x-6 gap-y-1 rounded-md bg-white p-3 font-mono text-base min-[360px]:grid-cols-2 sm:max-w-sm">
        {codes.map((code) => (
          <li key={code} className="tabular-nums tracking-wide">
            {code}
          </li>
        ))}
      </ol>
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" onClick={copy}>
          Copy codes
        </Button>
        <Button variant="secondary" onClick={download}>
          Download .txt
        </Button>
        <Button onClick={onDone}>I&apos;ve saved my codes</Button>
      </div>
      <p aria-live="polite" className="text-sm text-amber-950 empty:hidden">
        {copied ? "Copied to the clipboard." : ""}
      </p>
    </div>
  );
}

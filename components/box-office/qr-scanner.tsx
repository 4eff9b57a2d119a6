"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";

/**
 * The device camera as a QR reader, through the browser's own BarcodeDetector (Chrome on Android,
 * among others) — no library. Where the API or a camera is missing, it says so and the typed-code
 * form beside it does the job. A code read twice in a row within a few seconds is reported once.
 */
type DetectedBarcode = { rawValue: string };
type BarcodeDetectorLike = { detect(source: HTMLVideoElement): Promise<DetectedBarcode[]> };
type BarcodeDetectorClass = {
  new (options: { formats: string[] }): BarcodeDetectorLike;
  getSupportedFormats(): Promise<string[]>;
};

const SCAN_EVERY_MS = 250;
const SAME_CODE_QUIET_MS = 4000;

function detectorClass(): BarcodeDetectorClass | null {
  const candidate = (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
  return typeof candidate === "function" ? candidate : null;
}

export function QrScanner({ onCode }: { onCode: (code: string) => void }) {
  const [support, setSupport] = useState<"checking" | "supported" | "unsupported">("checking");
  const [running, setRunning] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const video = useRef<HTMLVideoElement>(null);
  const stream = useRef<MediaStream | null>(null);
  const timer = useRef<number | null>(null);
  const last = useRef<{ code: string; at: number } | null>(null);

  useEffect(() => {
    let cancelled = false;
    const Detector = detectorClass();
    const formats = Detector && typeof navigator.mediaDevices?.getUserMedia === "function" ? Detector.getSupportedFormats() : Promise.resolve([]);
    formats
      .then((found) => !cancelled && setSupport(found.includes("qr_code") ? "supported" : "unsupported"))
      .catch(() => !cancelled && setSupport("unsupported"));
    return () => {
      cancelled = true;
    };
  }, []);

  const stop = useCallback(() => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    stream.current?.getTracks().forEach((track) => track.stop());
    stream.current = null;
    if (video.current) video.current.srcObject = null;
    setRunning(false);
  }, []);

  useEffect(() => stop, [stop]);

  async function start() {
    const Detector = detectorClass();
    if (!Detector || !video.current) return;
    setProblem(null);
    try {
      stream.current = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false });
    } catch {
      setProblem("The camera could not be opened. Allow camera access for this site, or type the code.");
      return;
    }
    const element = video.current;
    element.srcObject = stream.current;
    await element.play().catch(() => undefined);
    setRunning(true);
    const detector = new Detector({ formats: ["qr_code"] });
    const scan = async () => {
      if (!stream.current) return;
      try {
        const [found] = await detector.detect(element);
        const code = found?.rawValue.trim();
        const now = Date.now();
        if (code && !(last.current?.code === code && now - last.current.at < SAME_CODE_QUIET_MS)) {
          last.current = { code, at: now };
          onCode(code);
        }
      } catch {
        // A frame that could not be read (not ready yet): try the next one.
      }
      timer.current = window.setTimeout(scan, SCAN_EVERY_MS);
    };
    timer.current = window.setTimeout(scan, SCAN_EVERY_MS);
  }

  if (support === "checking") return null;
  if (support === "unsupported") {
    return (
      <p role="note" className="rounded-md bg-zinc-100 px-3 py-2 text-sm text-zinc-700">
        Camera scanning isn&apos;t supported in this browser. Type the code printed under the QR image, or use a barcode scanner.
      </p>
    );
  }
  return (
    <div className="flex flex-col gap-2">
      <video ref={video} muted playsInline aria-label="Camera view" className={running ? "aspect-square w-full max-w-sm self-center rounded-lg bg-black object-cover" : "hidden"} />
      {running ? (
        <Button variant="secondary" onClick={stop} className="min-h-11">
          Stop camera
        </Button>
      ) : (
        <Button variant="secondary" onClick={start} className="min-h-11">
          Scan with camera
        </Button>
      )}
      {problem ? (
        <p role="alert" className="text-sm text-red-700">
          {problem}
        </p>
      ) : null}
    </div>
  );
}

"use client";

import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";

/**
 * The device camera as a QR reader: the browser's own BarcodeDetector where it reads QR codes (Chrome
 * on Android and macOS, among others), else jsQR on frames drawn into a canvas (Firefox, Safari,
 * Chrome on desktop Linux and Windows). Without camera access at all (an insecure context) it says so
 * and the typed-code form beside it does the job. A code is reported once while it stays in view, and
 * again only after it has been out of view for a few seconds.
 */
type DetectedBarcode = { rawValue: string };
type BarcodeDetectorLike = { detect(source: HTMLVideoElement): Promise<DetectedBarcode[]> };
type BarcodeDetectorClass = {
  new (options: { formats: string[] }): BarcodeDetectorLike;
  getSupportedFormats(): Promise<string[]>;
};
/** The text of the QR code in the video's current frame, if any. */
type Decode = (video: HTMLVideoElement) => Promise<string | undefined>;

const SCAN_EVERY_MS = 250;
const SAME_CODE_QUIET_MS = 4000;
// A ticket's QR fills a good part of the frame; 640 px keeps jsQR's work per frame small on a phone.
const LIBRARY_MAX_SIDE = 640;

async function qrDecoder(): Promise<Decode> {
  const Detector = (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
  const formats = typeof Detector === "function" ? await Detector.getSupportedFormats().catch(() => []) : [];
  if (Detector && formats.includes("qr_code")) {
    const detector = new Detector({ formats: ["qr_code"] });
    return async (video) => (await detector.detect(video))[0]?.rawValue;
  }
  // Fetched only when the camera starts, so the library never weighs on the page's first load.
  const { default: jsQR } = await import("jsqr");
  const canvas = document.createElement("canvas");
  const context = canvas.getContext("2d", { willReadFrequently: true });
  return async (video) => {
    if (!context || video.readyState < video.HAVE_CURRENT_DATA || !video.videoWidth) return undefined;
    const scale = Math.min(1, LIBRARY_MAX_SIDE / Math.max(video.videoWidth, video.videoHeight));
    const width = Math.round(video.videoWidth * scale);
    const height = Math.round(video.videoHeight * scale);
    // Resizing a canvas reallocates it: only when the camera's resolution changes.
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
    }
    context.drawImage(video, 0, 0, width, height);
    // Printed and on-screen tickets are dark on light: no second, inverted search on frames without a code.
    return jsQR(context.getImageData(0, 0, width, height).data, width, height, { inversionAttempts: "dontInvert" })?.data;
  };
}

const noChanges = () => () => undefined;
const hasCamera = () => typeof navigator.mediaDevices?.getUserMedia === "function";
// Unknown while rendering on the server; read once hydrated.
const cameraUnknownOnServer = () => null;

export function QrScanner({ onCode }: { onCode: (code: string) => void }) {
  const camera = useSyncExternalStore(noChanges, hasCamera, cameraUnknownOnServer);
  const [state, setState] = useState<"idle" | "starting" | "running">("idle");
  const [problem, setProblem] = useState<string | null>(null);
  const video = useRef<HTMLVideoElement>(null);
  const stream = useRef<MediaStream | null>(null);
  const timer = useRef<number | null>(null);
  const last = useRef<{ code: string; at: number } | null>(null);

  const stop = useCallback(() => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    stream.current?.getTracks().forEach((track) => track.stop());
    stream.current = null;
    if (video.current) video.current.srcObject = null;
    setState("idle");
  }, []);

  useEffect(() => stop, [stop]);

  async function start() {
    setProblem(null);
    setState("starting");
    let decode: Decode;
    try {
      decode = await qrDecoder();
    } catch {
      setState("idle");
      setProblem("The scanner could not be loaded. Reload the page, or type the code.");
      return;
    }
    try {
      stream.current = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false });
    } catch {
      setState("idle");
      setProblem("The camera could not be opened. Allow camera access for this site, or type the code.");
      return;
    }
    const element = video.current;
    // Unmounted while the camera was opening: release it at once.
    if (!element) return stop();
    element.srcObject = stream.current;
    await element.play().catch(() => undefined);
    setState("running");
    const scan = async () => {
      if (!stream.current) return;
      try {
        const code = (await decode(element))?.trim();
        const now = Date.now();
        if (code) {
          // "Last seen", not "last sent": a ticket held in view is sent once however long it stays there.
          const fresh = !(last.current?.code === code && now - last.current.at < SAME_CODE_QUIET_MS);
          last.current = { code, at: now };
          if (fresh) onCode(code);
        }
      } catch {
        // A frame that could not be read (not ready yet): try the next one.
      }
      timer.current = window.setTimeout(scan, SCAN_EVERY_MS);
    };
    timer.current = window.setTimeout(scan, SCAN_EVERY_MS);
  }

  if (camera === null) return null;
  if (!camera) {
    return (
      <p role="note" className="rounded-md bg-zinc-100 px-3 py-2 text-sm text-zinc-700">
        The camera isn&apos;t available in this browser. Type the code printed under the QR image, or use a barcode scanner.
      </p>
    );
  }
  return (
    <div className="flex flex-col gap-2">
      <video
        ref={video}
        muted
        playsInline
        aria-label="Camera view"
        className={state === "running" ? "aspect-square w-full max-w-sm self-center rounded-lg bg-black object-cover" : "hidden"}
      />
      {state === "running" ? (
        <Button variant="secondary" onClick={stop} className="min-h-11">
          Stop camera
        </Button>
      ) : (
        <Button variant="secondary" onClick={start} disabled={state === "starting"} className="min-h-11">
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

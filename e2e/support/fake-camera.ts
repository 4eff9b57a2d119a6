import { writeFileSync } from "node:fs";
import type { Browser, BrowserType, LaunchOptions } from "@playwright/test";
import QRCode from "qrcode";

/**
 * A camera for Chromium that films a QR code: a Y4M video written here, played in a loop by Chromium's
 * fake capture device, so the door scanner reads a real picture through getUserMedia.
 */
const WIDTH = 640;
const HEIGHT = 480;
const FRAMES = 3;
// Video levels (BT.601 studio range), as a camera delivers them; chroma at 128 is grey.
const DARK = 16;
const LIGHT = 235;
const QUIET_ZONE_MODULES = 4;

/** Writes a still video of `text` as a QR code (error correction M, like our tickets) to `file`. */
export function writeQrVideo(file: string, text: string) {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  const modulePx = Math.floor(Math.min(WIDTH, HEIGHT) / (modules.size + 2 * QUIET_ZONE_MODULES));
  const left = Math.floor((WIDTH - modules.size * modulePx) / 2);
  const top = Math.floor((HEIGHT - modules.size * modulePx) / 2);
  // A light frame is all quiet zone around the symbol.
  const luma = Buffer.alloc(WIDTH * HEIGHT, LIGHT);
  for (let y = 0; y < modules.size * modulePx; y++) {
    for (let x = 0; x < modules.size * modulePx; x++) {
      if (modules.get(Math.floor(y / modulePx), Math.floor(x / modulePx))) luma[(top + y) * WIDTH + left + x] = DARK;
    }
  }
  const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from("FRAME\n"), luma, chroma]);
  const header = Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F10:1 Ip A1:1 C420jpeg\n`);
  writeFileSync(file, Buffer.concat([header, ...Array.from({ length: FRAMES }, () => frame)]));
}

/**
 * A Chromium whose only camera plays `video`, with the permission prompt answered yes; otherwise
 * launched as every other browser of the run (`launchOptions` is the configured fixture).
 */
export function launchWithFakeCamera(browserType: BrowserType, launchOptions: LaunchOptions, video: string): Promise<Browser> {
  return browserType.launch({
    ...launchOptions,
    args: [
      ...(launchOptions.args ?? []),
      "--use-fake-device-for-media-stream",
      "--use-fake-ui-for-media-stream",
      `--use-file-for-fake-video-capture=${video}`,
    ],
  });
}

import { createHash } from "node:crypto";
import { hashString, stableUuid } from "./random";

/**
 * Posters and portraits drawn as small SVGs from a title or name, so the demo looks finished
 * without shipping anyone's artwork. No scripts, no external references: served as-is.
 */

export type UploadRow = {
  id: string;
  contentType: "image/svg+xml";
  byteSize: number;
  width: number;
  height: number;
  sha256: string;
  bytes: Uint8Array;
};

export type PosterMood = "dark" | "bright" | "warm";

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function hslToHex(h: number, s: number, l: number): string {
  const a = (s / 100) * Math.min(l / 100, 1 - l / 100);
  const channel = (n: number) => {
    const k = (n + h / 30) % 12;
    const value = l / 100 - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(value * 255)
      .toString(16)
      .padStart(2, "0");
  };
  return `#${channel(0)}${channel(8)}${channel(4)}`;
}

function palette(seed: number, mood: PosterMood) {
  const hue = seed % 360;
  const [s, top, bottom] = { dark: [45, 22, 6], bright: [70, 58, 34], warm: [60, 42, 16] }[mood];
  return {
    top: hslToHex(hue, s, top),
    bottom: hslToHex((hue + 40 + (seed >>> 9) % 60) % 360, s, bottom),
    accent: hslToHex((hue + 180) % 360, 80, mood === "dark" ? 55 : 78),
  };
}

/** Greedy word wrap at the narrowest width that fits in at most four lines. */
export function wrapTitle(title: string): string[] {
  const words = title.split(/\s+/);
  for (const width of [12, 14, 16, 18, 22, 30]) {
    const lines: string[] = [];
    for (const word of words) {
      const last = lines[lines.length - 1];
      if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
      else lines.push(word);
    }
    if (lines.length <= 4 || width === 30) return lines;
  }
  return [title];
}

function motif(kind: number, seed: number, accent: string): string {
  const a = 60 + (seed % 280);
  const b = 120 + ((seed >>> 5) % 200);
  switch (kind) {
    case 0: // a low sun with rings
      return `<circle cx="${a}" cy="${b}" r="120" fill="${accent}" opacity=".35"/><circle cx="${a}" cy="${b}" r="160" fill="none" stroke="${accent}" stroke-width="3" opacity=".4"/><circle cx="${a}" cy="${b}" r="200" fill="none" stroke="${accent}" stroke-width="1.5" opacity=".3"/>`;
    case 1: // diagonal bands
      return [0, 1, 2, 3]
        .map((i) => `<path d="M${-200 + i * 140 + (seed % 60)} 600L${40 + i * 140 + (seed % 60)} 0h40L${-160 + i * 140 + (seed % 60)} 600z" fill="${accent}" opacity="${0.12 + i * 0.06}"/>`)
        .join("");
    case 2: // mountain ridges
      return `<path d="M0 ${b + 220}L${a / 2} ${b + 80}L${a} ${b + 180}L${a + 90} ${b + 40}L400 ${b + 200}V600H0z" fill="${accent}" opacity=".3"/><path d="M0 ${b + 300}L${a} ${b + 190}L${a + 120} ${b + 260}L400 ${b + 150}V600H0z" fill="#000" opacity=".35"/>`;
    case 3: // rays from a point
      return [0, 1, 2, 3, 4, 5]
        .map((i) => `<path d="M${a} ${b}L${-100 + i * 120} 0h50z" fill="${accent}" opacity=".18"/>`)
        .join("");
    default: // a framed diamond
      return `<path d="M200 ${b - 110}L${310} ${b}L200 ${b + 110}L90 ${b}z" fill="none" stroke="${accent}" stroke-width="4" opacity=".6"/><path d="M200 ${b - 70}L270 ${b}L200 ${b + 70}L130 ${b}z" fill="${accent}" opacity=".3"/>`;
  }
}

export function posterSvg(title: string, certificate: string, mood: PosterMood): string {
  const seed = hashString(title);
  const colours = palette(seed, mood);
  const lines = wrapTitle(title.toUpperCase());
  const longest = Math.max(...lines.map((line) => line.length));
  // Bold capitals in a serif run about 0.8 em wide; keep the longest line inside a 20px margin.
  const size = Math.max(20, Math.min(58, Math.floor(360 / (longest * 0.8))));
  const lineHeight = Math.round(size * 1.12);
  const firstBaseline = 500 - (lines.length - 1) * lineHeight;
  const tspans = lines
    .map((line, i) => `<tspan x="200" y="${firstBaseline + i * lineHeight}">${escapeXml(line)}</tspan>`)
    .join("");
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="600" viewBox="0 0 400 600">` +
    `<defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${colours.top}"/><stop offset="1" stop-color="${colours.bottom}"/></linearGradient>` +
    `<linearGradient id="s" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-opacity="0"/><stop offset="1" stop-opacity=".6"/></linearGradient></defs>` +
    `<rect width="400" height="600" fill="url(#g)"/>${motif(seed % 5, seed >>> 3, colours.accent)}` +
    `<rect y="300" width="400" height="300" fill="url(#s)"/>` +
    `<text x="200" y="44" fill="#fff" opacity=".8" font-family="Helvetica, Arial, sans-serif" font-size="13" letter-spacing="4" text-anchor="middle">MARQUEE PRESENTS</text>` +
    `<text fill="#fff" font-family="Georgia, 'Times New Roman', serif" font-weight="700" font-size="${size}" text-anchor="middle">${tspans}</text>` +
    `<rect x="20" y="548" width="44" height="32" rx="4" fill="none" stroke="#fff" stroke-width="2"/>` +
    `<text x="42" y="570" fill="#fff" font-family="Helvetica, Arial, sans-serif" font-weight="700" font-size="15" text-anchor="middle">${escapeXml(certificate)}</text>` +
    `<text x="380" y="570" fill="#fff" opacity=".7" font-family="Helvetica, Arial, sans-serif" font-size="12" letter-spacing="2" text-anchor="end">ONLY IN CINEMAS</text>` +
    `</svg>`
  );
}

export function initials(name: string): string {
  const parts = name.split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0], parts[parts.length - 1]] : parts;
  return letters.map((part) => [...part][0].toUpperCase()).join("");
}

export function portraitSvg(name: string): string {
  const seed = hashString(name);
  const colours = palette(seed, "warm");
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400" viewBox="0 0 400 400">` +
    `<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${colours.top}"/><stop offset="1" stop-color="${colours.bottom}"/></linearGradient></defs>` +
    `<rect width="400" height="400" fill="url(#g)"/>` +
    `<circle cx="${80 + (seed % 240)}" cy="${60 + ((seed >>> 8) % 80)}" r="150" fill="${colours.accent}" opacity=".15"/>` +
    `<circle cx="200" cy="200" r="128" fill="none" stroke="#fff" stroke-width="4" opacity=".55"/>` +
    `<text x="200" y="200" dy=".35em" fill="#fff" font-family="Georgia, 'Times New Roman', serif" font-size="110" font-weight="700" text-anchor="middle">${escapeXml(initials(name))}</text>` +
    `</svg>`
  );
}

const encoder = new TextEncoder();

/** The row for `uploads`; its id is derived from owner and content so a changed image gets a new URL. */
export function svgUpload(ownerKey: string, svg: string, width: number, height: number): UploadRow {
  const bytes = encoder.encode(svg);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  return {
    id: stableUuid(`upload:${ownerKey}:${sha256}`),
    contentType: "image/svg+xml",
    byteSize: bytes.byteLength,
    width,
    height,
    sha256,
    bytes,
  };
}

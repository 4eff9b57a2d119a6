import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

const CHROMIUM = process.env.CHROME_PATH ?? "/usr/bin/chromium";

/** Lighthouse (mobile emulation) category scores of one page, or why there are none. */
export function lighthouse(url: string): Record<string, number> | string {
  const bin = path.resolve("node_modules/.bin/lighthouse");
  if (!existsSync(bin)) return "not installed (npm install --save-dev lighthouse)";
  if (!existsSync(CHROMIUM)) return `no Chromium at ${CHROMIUM}`;
  try {
    const output = execFileSync(
      bin,
      [
        url,
        "--output=json",
        "--output-path=stdout",
        "--quiet",
        "--only-categories=performance,accessibility,best-practices,seo",
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage",
      ],
      { env: { ...process.env, CHROME_PATH: CHROMIUM }, maxBuffer: 64 * 1024 * 1024, timeout: 180_000 },
    ).toString();
    const report = JSON.parse(output) as { categories: Record<string, { score: number | null }> };
    return Object.fromEntries(Object.entries(report.categories).map(([key, value]) => [key, Math.round((value.score ?? 0) * 100)]));
  } catch (error) {
    return `failed: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`;
  }
}

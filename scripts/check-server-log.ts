/**
 * `npx tsx scripts/check-server-log.ts <log>`: the last stage of `npm test`. Reads what the servers of
 * the run printed (lines the test runners prefix with the server's name, e.g. "[WebServer] ") and fails
 * on anything that must never reach a log: passwords, tokens, session cookies, TOTP secrets, links
 * carrying a one-time token. The patterns are the shapes of our secrets plus the test accounts' own.
 */
import { readFileSync } from "node:fs";

const SERVER_LINE = /^\[(WebServer|server|[\w -]*instance[\w :-]*)\] /;

const SECRETS: [string, RegExp][] = [
  ["a one-time link's token", /[?&]token=[A-Za-z0-9_-]{16,}/],
  ["a JWT (access token or session)", /eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\./],
  ["a refresh token", /\bmqr_[A-Za-z0-9_-]{16,}/],
  ["a bearer credential", /Bearer\s+[A-Za-z0-9._~+/-]{16,}/],
  ["a session cookie", /authjs\.session-token=|__Secure-authjs/],
  ["a demo or test password", /marquee-(admin|customer|staff)-demo|pooled customer correct horse battery|Popcorn-[0-9a-f-]{36}-row7/],
  ["the demo admin's TOTP secret", /MARQUEEDEMOADMINTOTPSECRETKEY234/],
  ["a Stripe secret", /\b(sk|whsec)_[A-Za-z0-9_]{8,}/],
];
const secretValues = [process.env.AUTH_SECRET, ...(process.env.MFA_ENCRYPTION_KEYS ?? "").split(",").map((k) => k.split(":")[1])].filter(
  (value): value is string => Boolean(value && value.length >= 16),
);

const file = process.argv[2];
if (!file) throw new Error("usage: check-server-log.ts <log file>");
const lines = readFileSync(file, "utf8").split("\n").filter((line) => SERVER_LINE.test(line));
const leaks = lines.flatMap((line, i) => {
  const found = SECRETS.filter(([, pattern]) => pattern.test(line)).map(([what]) => what);
  if (secretValues.some((value) => line.includes(value))) found.push("a configured secret");
  return found.map((what) => `line ${i + 1}: ${what}: ${line.slice(0, 160)}`);
});
if (leaks.length > 0) {
  console.error(`The servers logged ${leaks.length} secret(s):`);
  for (const leak of leaks.slice(0, 20)) console.error(`  ${leak}`);
  process.exit(1);
}
// The app's own lines are JSON (ADR 020); the rest are Next's start-up banner and the stand-ins' notices.
const entries = lines.map((line) => line.replace(SERVER_LINE, "")).filter((line) => line.startsWith("{"));
const withRequestId = entries.filter((line) => line.includes('"requestId":')).length;
console.log(`${lines.length} server log lines (${entries.length} JSON, ${withRequestId} of them with a request id), no secret among them`);

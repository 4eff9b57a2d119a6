import pino, { type DestinationStream, type Logger } from "pino";
import { env } from "@/lib/env";
import { currentRequestId } from "./request-context";
import { scrubSecrets } from "./scrub";

/** Fields that hold a secret wherever they appear in a logged object, one or two levels down. */
const SECRET_FIELDS = ["password", "newPassword", "currentPassword", "token", "accessToken", "refreshToken", "secret", "totpSecret", "cookie", "authorization", "set-cookie"];
const REDACTED_PATHS = [...SECRET_FIELDS, ...SECRET_FIELDS.map((field) => `*.${field}`), ...SECRET_FIELDS.map((field) => `*.*.${field}`)];

/** Drizzle's "params: …" line, which runs to the end of its message or to the stack's first frame. */
const QUERY_PARAMS = /\nparams: [\s\S]*?(?=\n {4}at |$)/g;

/** `err` is usually an Error; a rejection can be anything, which is logged as it is (still scrubbed when text). */
function scrubbedError(error: unknown) {
  if (!(error instanceof Error)) return typeof error === "string" ? scrubSecrets(error) : error;
  // A failed query's parameters can be anything a row holds: an email's body with its links, a token's hash.
  // Drizzle also writes them into its message ("Failed query: …\nparams: …"), and so into the stack.
  const serialized: Record<string, unknown> & { message: string; stack: string } = { ...pino.stdSerializers.err(error) };
  delete serialized.params;
  const message = serialized.message.replace(QUERY_PARAMS, "\nparams: [left out]");
  const stack = serialized.stack.replace(QUERY_PARAMS, "\nparams: [left out]");
  return { ...serialized, message: scrubSecrets(message), stack: scrubSecrets(stack) };
}

/**
 * One JSON object per line (pino): time, level, msg, and the `requestId` of the request being handled
 * (lib/log/request-ids.ts), so every line of one request can be found by the id its response carried.
 * Secrets never reach the output: named fields are redacted and free text is scrubbed of token shapes.
 */
export function createLogger(destination?: DestinationStream): Logger {
  return pino(
    {
      level: env.LOG_LEVEL,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      mixin() {
        const requestId = currentRequestId();
        return requestId ? { requestId } : {};
      },
      redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
      serializers: { err: scrubbedError },
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map((arg) => (typeof arg === "string" ? scrubSecrets(arg) : arg)) as Parameters<typeof method>);
        },
      },
    },
    destination ?? (env.NODE_ENV === "production" ? undefined : readableLines()),
  );
}

/** Known to a developer at their own terminal. */
const TERMINAL_OMITS = new Set(["time", "pid", "hostname"]);

/** For a developer's terminal: "level message key=value…", the error's stack beneath, no JSON. */
function readableLines(): DestinationStream {
  return {
    write(line: string) {
      const { level, msg, err, ...fields } = JSON.parse(line) as Record<string, unknown>;
      const details = Object.entries(fields)
        .filter(([key]) => !TERMINAL_OMITS.has(key))
        .map(([key, value]) => ` ${key}=${typeof value === "string" ? value : JSON.stringify(value)}`);
      const stack = err && typeof err === "object" && "stack" in err ? `\n${String(err.stack)}` : err ? ` err=${JSON.stringify(err)}` : "";
      process.stdout.write(`${String(level).padEnd(5)} ${String(msg ?? "")}${details.join("")}${stack}\n`);
    },
  };
}

export const log = createLogger();

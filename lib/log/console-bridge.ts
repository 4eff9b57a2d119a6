import { format, stripVTControlCharacters } from "node:util";
import type { Logger } from "pino";

/**
 * Sends what Next.js and libraries print with console.* through our logger, so the server's output
 * is JSON lines throughout, each with the request id, and scrubbed of secrets like our own lines. An
 * Error among the arguments becomes the line's `err` (message and stack), the rest its message.
 */
export function routeConsoleTo(logger: Logger) {
  const writer = (level: "debug" | "info" | "warn" | "error") =>
    (...args: unknown[]) => {
      const error = args.find((arg): arg is Error => arg instanceof Error);
      const rest = args.filter((arg) => arg !== error);
      const message = stripVTControlCharacters(rest.length > 0 ? format(...rest) : (error?.message ?? "")).trim();
      if (error) logger[level]({ err: error }, message);
      else logger[level](message);
    };
  Object.assign(console, { debug: writer("debug"), log: writer("info"), info: writer("info"), warn: writer("warn"), error: writer("error") });
}

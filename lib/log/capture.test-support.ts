import type { DestinationStream } from "pino";

/** A pino destination that keeps each line as a parsed object, for asserting on what was logged. */
export function capturedLines() {
  const lines: Record<string, unknown>[] = [];
  const destination: DestinationStream = { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) };
  return { lines, destination };
}

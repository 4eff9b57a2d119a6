import { Fragment } from "react";

/** Text from the OpenAPI document, where `backticks` mark code (as in its Markdown descriptions). */
export function InlineCode({ text }: { text: string }) {
  return text.split("`").map((part, index) =>
    index % 2 === 1 ? (
      <code key={index} className="rounded bg-zinc-100 px-1 py-0.5 font-mono text-[0.85em] text-zinc-800 [overflow-wrap:anywhere]">
        {part}
      </code>
    ) : (
      <Fragment key={index}>{part}</Fragment>
    ),
  );
}

/**
 * A path, field name or code that, when it must wrap, wraps after a `/`, `_` or `.` rather than inside
 * a word (and without letting a table squeeze it to one letter a line, as overflow-wrap:anywhere would).
 */
export function Breakable({ text }: { text: string }) {
  return text.split(/(?<=[/_.])/).map((part, index) => (
    <Fragment key={index}>
      {index > 0 ? <wbr /> : null}
      {part}
    </Fragment>
  ));
}

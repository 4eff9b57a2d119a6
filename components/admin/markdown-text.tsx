import { Fragment, type ReactNode } from "react";

/**
 * A small, safe Markdown subset (paragraphs, "- " lists, **bold**, *italic*, [links](https://…))
 * rendered straight to React elements: user text is never parsed as HTML, so a bio containing
 * <script> is shown as those characters. Links are only http(s).
 */
export function MarkdownText({ text, className = "" }: { text: string; className?: string }) {
  const blocks = text.replace(/\r\n?/g, "\n").split(/\n{2,}/).map((b) => b.trim()).filter(Boolean);
  return (
    <div className={`flex flex-col gap-3 ${className}`}>
      {blocks.map((block, i) => {
        const lines = block.split("\n");
        if (lines.every((line) => /^[-*] /.test(line))) {
          return (
            <ul key={i} className="list-disc pl-5">
              {lines.map((line, j) => (
                <li key={j}>{inline(line.slice(2))}</li>
              ))}
            </ul>
          );
        }
        return (
          <p key={i}>
            {lines.map((line, j) => (
              <Fragment key={j}>
                {j > 0 ? <br /> : null}
                {inline(line)}
              </Fragment>
            ))}
          </p>
        );
      })}
    </div>
  );
}

const inlinePattern = /\*\*([^*]+)\*\*|\*([^*]+)\*|\[([^\]]+)\]\((https?:\/\/[^\s)]+)\)/g;

function inline(text: string): ReactNode[] {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(inlinePattern)) {
    const at = match.index ?? 0;
    if (at > last) parts.push(text.slice(last, at));
    if (match[1]) parts.push(<strong key={at}>{match[1]}</strong>);
    else if (match[2]) parts.push(<em key={at}>{match[2]}</em>);
    else
      parts.push(
        <a key={at} href={match[4]} rel="nofollow noopener noreferrer" className="text-brand-700 underline">
          {match[3]}
        </a>,
      );
    last = at + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

/** The user's text with LIKE's wildcards (% and _) and its escape character taken literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (match) => `\\${match}`);
}

/** A LIKE pattern matching `text` anywhere. */
export function containsPattern(text: string) {
  return `%${escapeLike(text)}%`;
}

/**
 * Source text that holds CriticMarkup delimiters, in the revision Markdown. CriticMarkup has no escape
 * of its own, so a resolution that already contains `{++` or `~>` would be read by a CriticMarkup
 * reader (and by the report's own reader, src/render/report/revision.ts) as a revision mark the tool
 * did not make. Such text is written with a Markdown backslash escape inside the delimiter (`{\++`,
 * `+\+}`, `~\>`): no CriticMarkup delimiter is left, and Markdown shows the same characters as the
 * source. The clean outputs keep the source byte for byte. Decision recorded in docs/formats.md.
 */

/** Every CriticMarkup delimiter: additions, deletions, substitutions, highlights and comments. */
export const CRITIC_DELIMITERS = [
  "{++",
  "++}",
  "{--",
  "--}",
  "{~~",
  "~>",
  "~~}",
  "{==",
  "==}",
  "{>>",
  "<<}",
] as const;

const escaped = (delimiter: string) => `${delimiter[0]}\\${delimiter.slice(1)}`;
const pattern = (texts: readonly string[]) => texts.map((t) => t.replace(/[{}+~>=<\\-]/g, "\\$&")).join("|");
const DELIMITER = new RegExp(pattern(CRITIC_DELIMITERS), "g");
const ESCAPED = new RegExp(pattern(CRITIC_DELIMITERS.map(escaped)), "g");

/** `text` with every match of `re` replaced, again until none is left. */
function untilStable(text: string, re: RegExp, replace: (match: string) => string): string {
  let out = text;
  for (let next = out.replace(re, replace); next !== out; next = out.replace(re, replace)) out = next;
  return out;
}

/**
 * `text` with a backslash after the first character of each CriticMarkup delimiter. Repeated until
 * none is left, as delimiters overlap (`{++}` holds `{++` and `++}`); a backslash belongs to no
 * delimiter, so each round only breaks them.
 */
export function escapeCriticMarkup(text: string): string {
  return untilStable(text, DELIMITER, escaped);
}

/** The text as written before `escapeCriticMarkup` (for review notes, shown without Markdown). */
export function unescapeCriticMarkup(text: string): string {
  return untilStable(text, ESCAPED, (m) => m[0] + m.slice(2));
}

/** Where CriticMarkup delimiters stand in `text`: the offset and the delimiter, in order. */
export function criticDelimitersIn(text: string): { offset: number; delimiter: string }[] {
  return [...text.matchAll(DELIMITER)].map((m) => ({ offset: m.index, delimiter: m[0] }));
}

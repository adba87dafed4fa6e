/**
 * Moved text follows the typography of the text it moves into: straight quotes ("...", ITU's) or
 * typographic ones (“...”, ITU’s), as Resolution 140 writes them.
 */
import type { Resolution } from "../model.js";
import type { ProseEdit } from "./prose.js";

export type QuoteStyle = "straight" | "curly";

/**
 * How a document writes quotes and apostrophes in its items: the style most of them have, or null
 * when it has none (or as many of each).
 */
export function quoteStyle(doc: Resolution): QuoteStyle | null {
  let straight = 0;
  let curly = 0;
  const count = (text: string) => {
    straight += (text.match(/["']/g) ?? []).length;
    curly += (text.match(/[“”‘’]/g) ?? []).length;
  };
  for (const section of doc.sections) {
    for (const item of section.items) {
      count(item.text);
      for (const sub of item.subitems) count(sub.text);
    }
  }
  if (straight === curly) return null;
  return straight > curly ? "straight" : "curly";
}

/** The edits that write a plain text's quotes in `style`. */
export function quoteEdits(plain: string, style: QuoteStyle): ProseEdit[] {
  const edits: ProseEdit[] = [];
  for (let k = 0; k < plain.length; k++) {
    const ch = plain[k] as string;
    const to = style === "straight" ? straightQuote(ch) : curlyQuote(ch, plain[k - 1], plain[k + 1]);
    if (to !== null && to !== ch) edits.push({ start: k, end: k + 1, text: to });
  }
  return edits;
}

function straightQuote(ch: string): string | null {
  if (ch === "“" || ch === "”") return '"';
  if (ch === "‘" || ch === "’") return "'";
  return null;
}

/** A straight quote as a typographic one: opening after a space or a bracket, else closing (or an apostrophe). */
function curlyQuote(ch: string, before: string | undefined, after: string | undefined): string | null {
  if (ch !== '"' && ch !== "'") return null;
  const opens =
    (before === undefined || /[\s([{\u2014\u2013/-]/.test(before)) && after !== undefined && /\S/.test(after);
  if (ch === '"') return opens ? "“" : "”";
  return opens ? "‘" : "’";
}

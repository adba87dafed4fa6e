/** What a line opens in CommonMark, judged from its first characters. */
import { isDigit } from "./marker.js";

/**
 * `text`: paragraph text; `heading`: an ATX heading; `marker`: a list item; `indented`: a space or tab
 * first; `reject`: what the fast path never reads (block quote, setext underline, thematic break,
 * table delimiter row).
 */
export type LineKind = "text" | "heading" | "marker" | "indented" | "reject";

const TABLE_DELIMITER = /^:?-+:?[ \t]*$/;

/** What a line (from `start`, its first non-space character) would open in CommonMark. */
export function classify(text: string, start: number, end: number): LineKind {
  const c = text.charCodeAt(start);
  if (c === 32 || c === 9) return "indented";
  if (c === 35) {
    let i = start;
    while (i < end && text.charCodeAt(i) === 35) i++;
    const n = text.charCodeAt(i);
    return i - start <= 6 && (i === end || n === 32 || n === 9) ? "heading" : "text";
  }
  if (c === 62 || c === 61) return "reject";
  // ":---", "---:": a one-column table delimiter row (GFM needs no pipes for it).
  if ((c === 58 || c === 45) && TABLE_DELIMITER.test(text.slice(start, end))) return "reject";
  if (c === 45 || c === 42 || c === 43 || c === 95) {
    if (thematicOrUnderline(text, start, end)) return "reject";
    if (c === 95) return "text";
    const n = text.charCodeAt(start + 1);
    return start + 1 === end || n === 32 || n === 9 ? "marker" : "text";
  }
  if (c >= 48 && c <= 57) {
    let i = start;
    while (i < end && i - start < 10 && isDigit(text.charCodeAt(i))) i++;
    const d = text.charCodeAt(i);
    if (i - start <= 9 && (d === 46 || d === 41)) {
      const n = text.charCodeAt(i + 1);
      if (i + 1 === end || n === 32 || n === 9) return "marker";
    }
  }
  return "text";
}

/** `***`, `- - -`, `___` (thematic breaks) and `--` (a setext underline). */
function thematicOrUnderline(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  let count = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === c) count++;
    else if (code !== 32 && code !== 9) return false;
  }
  return count >= 3 || (c === 45 && count >= 1);
}

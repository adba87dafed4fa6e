/** Emphasis and strong spans (`*x*`, `_x_`, `**x**`, `__x__`) in their unambiguous forms. */
import { skipSpaces, trimEnd } from "../source.js";
import { isAsciiPunctuation, unescapePunctuation } from "./escapes.js";
import { readWww } from "./links.js";
import type { Segment } from "./nodes.js";

/** A run of one or two `*` or `_` at `at` (`char` is its char code). */
export interface Run {
  at: number;
  length: number;
  char: number;
}

/** One delimiter (`*`, `_`) makes emphasis, two make strong. */
function spanKind(open: Run): "emphasis" | "strong" {
  return open.length === 1 ? "emphasis" : "strong";
}

/**
 * The emphasis and strong spans of one line, its delimiter runs taken in pairs (opener, closer) of the
 * same character and length; an odd last run opens a span that closes on a later line. Null if a run
 * does not pair so, cannot open or close where it stands, or a span overlaps a link.
 */
export function readSpans(
  text: string,
  runs: readonly Run[],
  links: readonly Segment[] | null,
  start: number,
  end: number,
  paragraphEnd: number,
): Segment[] | null {
  const spans: Segment[] = [];
  let paired = runs.length;
  if (paired % 2 === 1) {
    // The last run opens an emphasis that may close on a later line of the paragraph.
    const open = runs[paired - 1] as Run;
    if (paragraphEnd <= end || !canOpen(text, open, start)) return null;
    if (links?.some((link) => link.end > open.at)) return null;
    const wrapped = readWrappedSpan(text, open, end, paragraphEnd);
    if (!wrapped) return null;
    spans.push(wrapped);
    paired--;
  }
  for (let r = 0; r < paired; r += 2) {
    const open = runs[r] as Run;
    const close = runs[r + 1] as Run;
    if (open.char !== close.char || open.length !== close.length) return null;
    if (!canOpen(text, open, start) || !canClose(text, close, end)) return null;
    if (links?.some((link) => link.start < close.at && link.end > open.at)) return null;
    const innerStart = open.at + open.length;
    spans.push({
      kind: spanKind(open),
      start: open.at,
      end: close.at + close.length,
      innerStart,
      innerEnd: close.at,
      value: unescapePunctuation(text.slice(innerStart, close.at)),
    });
  }
  return spans;
}

/**
 * An emphasis or strong span opened by `open` (the last delimiter run of its line, able to open) and
 * closed on a later line of the paragraph, as micromark reads it when nothing else is in the way: the
 * first delimiter run after the opener must be its closer (same character, same length, able to close
 * by the strict rule of `canClose`); no link, address or "[" between them; no hard line break (a
 * trailing backslash or two trailing spaces). The text keeps the line endings, drops the spaces at
 * the line ends and the next line's indent, as in a paragraph. Null for anything else.
 */
function readWrappedSpan(text: string, open: Run, lineEnd: number, paragraphEnd: number): Segment | null {
  const innerStart = open.at + open.length;
  let value = "";
  let pieceStart = innerStart;
  let pieceEnd = lineEnd;
  for (;;) {
    let i = pieceStart;
    while (i < pieceEnd) {
      const c = text.charCodeAt(i);
      if (c === 92) {
        if (i + 1 >= pieceEnd) return null;
        i += isAsciiPunctuation(text.charCodeAt(i + 1)) ? 2 : 1;
      } else if (c === 42 || c === 95) {
        let j = i + 1;
        while (j < pieceEnd && text.charCodeAt(j) === c) j++;
        const close: Run = { at: i, length: j - i, char: c };
        // On the opener's own line there is no other run (it is the line's last): a closer is later.
        if (pieceStart === innerStart) return null;
        if (c !== open.char || close.length !== open.length || !canClose(text, close, pieceEnd)) return null;
        return {
          kind: spanKind(open),
          start: open.at,
          end: j,
          innerStart,
          innerEnd: i,
          value: value + unescapePunctuation(text.slice(pieceStart, i)),
        };
      } else if (c === 91) {
        return null;
      } else if (c === 119 || c === 87 || c === 104 || c === 72) {
        if (readWww(text, i, pieceStart, pieceEnd) !== undefined) return null;
        i++;
      } else i++;
    }
    value += unescapePunctuation(text.slice(pieceStart, pieceEnd));
    const next = nextPiece(text, pieceEnd, paragraphEnd);
    if (!next) return null;
    value += next.lineEnding;
    pieceStart = next.start;
    pieceEnd = next.end;
  }
}

/**
 * The text of the paragraph's next line (indent and trailing spaces dropped) after a piece that ends
 * at `pieceEnd`, and the line ending between them. Null at the paragraph's end, a hard line break
 * (two spaces before the line ending) or an empty piece.
 */
function nextPiece(
  text: string,
  pieceEnd: number,
  paragraphEnd: number,
): { lineEnding: string; start: number; end: number } | null {
  if (pieceEnd >= paragraphEnd) return null;
  const eol = skipSpaces(text, pieceEnd, paragraphEnd);
  if (eol - pieceEnd >= 2) return null;
  const c = text.charCodeAt(eol);
  let next: number;
  if (c === 10) next = eol + 1;
  else if (c === 13 && text.charCodeAt(eol + 1) === 10) next = eol + 2;
  else return null;
  let nextEnd = text.indexOf("\n", next);
  if (nextEnd < 0 || nextEnd > paragraphEnd) nextEnd = paragraphEnd;
  else if (text.charCodeAt(nextEnd - 1) === 13) nextEnd--;
  const start = skipSpaces(text, next, nextEnd);
  const end = trimEnd(text, start, nextEnd);
  return end === start ? null : { lineEnding: text.slice(eol, next), start, end };
}

/** Left-flanking and not right-flanking: after whitespace or the line start, before a non-space. */
function canOpen(text: string, run: Run, lineStart: number): boolean {
  if (run.at > lineStart && !/\s/.test(text.charAt(run.at - 1))) return false;
  const after = text.charAt(run.at + run.length);
  return after !== "" && !/\s/.test(after);
}

/** Right-flanking and not left-flanking: after a non-space, before a space, the line end or `,;:.)`. */
function canClose(text: string, run: Run, lineEnd: number): boolean {
  if (/\s/.test(text.charAt(run.at - 1))) return false;
  const afterAt = run.at + run.length;
  if (afterAt >= lineEnd) return true;
  const after = text.charCodeAt(afterAt);
  return (
    after === 32 ||
    after === 9 ||
    after === 44 ||
    after === 59 ||
    after === 58 ||
    after === 46 ||
    after === 41
  );
}

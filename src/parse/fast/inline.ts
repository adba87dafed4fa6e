/** The inline content of one line: text, escapes, emphasis and strong spans, links and web addresses. */
import { type Run, readSpans } from "./emphasis.js";
import { isAsciiPunctuation, unescapePunctuation } from "./escapes.js";
import { readInlineLink, readWww } from "./links.js";
import type { Segment } from "./nodes.js";

/**
 * The inline content of one line: text with backslash escapes; `*x*` / `_x_` / `**x**` / `__x__`
 * spans whose delimiters are unambiguous (an opener after a space, a closer before a space or
 * punctuation, no other delimiter between); inline links `[text](url)` and `www.` addresses in their
 * plainest form. Anything else (nesting, intraword `_`, a trailing backslash, other links) is null.
 * The last span may close on a later line of the paragraph (up to `paragraphEnd`): see `readWrappedSpan`.
 */
export function scanInline(text: string, start: number, end: number, paragraphEnd = end): Segment[] | null {
  const marks = findMarks(text, start, end, paragraphEnd);
  if (!marks) return null;
  const { runs, links } = marks;
  if (runs === null && links === null) {
    const value = text.slice(start, end);
    return [{ kind: "text", start, end, value: marks.escapes ? unescapePunctuation(value) : value }];
  }
  const atoms = runs ? readSpans(text, runs, links, start, end, paragraphEnd) : [];
  if (!atoms) return null;
  if (links) atoms.push(...links);
  atoms.sort((a, b) => a.start - b.start);
  return withTextBetween(text, atoms, start, end);
}

/** What one line holds besides plain text; null runs or links: none on the line. */
interface Marks {
  /** Delimiter runs of `*` or `_`, one or two long, in order. */
  runs: Run[] | null;
  links: Segment[] | null;
  /** Whether any backslash escapes punctuation. */
  escapes: boolean;
}

/** Delimiter runs, links and escapes of the line; null at anything the fast path does not read. */
function findMarks(text: string, start: number, end: number, paragraphEnd: number): Marks | null {
  const marks: Marks = { runs: null, links: null, escapes: false };
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 92) {
      if (i + 1 >= end) return null;
      if (isAsciiPunctuation(text.charCodeAt(i + 1))) {
        marks.escapes = true;
        i += 2;
      } else i++;
    } else if (c === 42 || c === 95) {
      let j = i + 1;
      while (j < end && text.charCodeAt(j) === c) j++;
      if (j - i > 2) return null;
      marks.runs ??= [];
      marks.runs.push({ at: i, length: j - i, char: c });
      i = j;
    } else if (c === 91 || c === 119 || c === 87 || c === 104 || c === 72) {
      // "[", or a "w"/"h" that may begin "www." or "http:": a link this parser knows, else remark's job.
      const link =
        c === 91 ? readInlineLink(text, i, start, end, paragraphEnd) : readWww(text, i, start, end);
      if (link === undefined) {
        i++;
        continue;
      }
      if (link === null) return null;
      marks.links ??= [];
      marks.links.push(link);
      i = link.end;
    } else i++;
  }
  return marks;
}

/** The segments with the text between them (and before and after them) filled in. */
function withTextBetween(text: string, atoms: readonly Segment[], start: number, end: number): Segment[] {
  const segments: Segment[] = [];
  let previous = start;
  for (const atom of atoms) {
    if (atom.start > previous) {
      segments.push({
        kind: "text",
        start: previous,
        end: atom.start,
        value: unescapePunctuation(text.slice(previous, atom.start)),
      });
    }
    segments.push(atom);
    previous = atom.end;
  }
  if (previous < end)
    segments.push({
      kind: "text",
      start: previous,
      end,
      value: unescapePunctuation(text.slice(previous, end)),
    });
  return segments;
}

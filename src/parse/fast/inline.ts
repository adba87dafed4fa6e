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
 * `inert`: the paragraph's `*` and `_` make no emphasis at all (`inertDelimiters`), so they are text.
 */
export function scanInline(
  text: string,
  start: number,
  end: number,
  paragraphEnd = end,
  inert = false,
): Segment[] | null {
  const marks = findMarks(text, start, end, paragraphEnd, inert);
  if (!marks) return null;
  const { runs, links } = marks;
  if (runs === null && links === null) {
    const value = text.slice(start, end);
    return [{ kind: "text", start, end, value: marks.escapes ? unescapePunctuation(value) : value }];
  }
  const atoms = runs ? readSpans(text, runs, links, start, end, paragraphEnd) : [];
  if (!atoms) return null;
  if (links) for (const link of links) atoms.push(link);
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
function findMarks(
  text: string,
  start: number,
  end: number,
  paragraphEnd: number,
  inert: boolean,
): Marks | null {
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
    } else if ((c === 42 || c === 95) && !inert) {
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

/**
 * Whether no `*` or `_` in text[start, end) (a paragraph or a heading) can make emphasis, so all of
 * them are literal text: CommonMark pairs an opener (a run not followed by white space) with a closer
 * (a run not preceded by white space), so a paragraph in which no run can open, or none can close,
 * has no emphasis. This reads `*a *b *c` or `a* b* c*` (any number of them, any run length) in one
 * pass, where remark's delimiter matching grows with the square of the runs. Escaped delimiters count
 * as runs here: the answer errs towards "not inert", which leaves the paragraph to the usual rules.
 */
export function inertDelimiters(text: string, start: number, end: number): boolean {
  let canOpen = false;
  let canClose = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 42 && c !== 95) continue;
    const before = i > start ? text.charCodeAt(i - 1) : 32;
    const after = i + 1 < end ? text.charCodeAt(i + 1) : 32;
    if (before !== c && !isWhiteSpace(before)) canClose = true;
    if (after !== c && !isWhiteSpace(after)) canOpen = true;
    if (canOpen && canClose) return false;
  }
  return true;
}

/** Unicode white space as micromark classifies it next to a delimiter run (line ends included). */
function isWhiteSpace(code: number): boolean {
  if (code === 32 || code === 9 || code === 10 || code === 13 || code === 12) return true;
  return code > 127 && /\s/.test(String.fromCharCode(code));
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

/** The inline content of one line: text, escapes, emphasis and strong spans, links and web addresses. */
import { canClose, canOpen, type Run, readWrappedSpan, spanKind } from "./emphasis.js";
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
  let runs: Run[] | null = null;
  let links: Segment[] | null = null;
  let escapes = false;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 92) {
      if (i + 1 >= end) return null;
      if (isAsciiPunctuation(text.charCodeAt(i + 1))) {
        escapes = true;
        i += 2;
      } else i++;
    } else if (c === 42 || c === 95) {
      let j = i + 1;
      while (j < end && text.charCodeAt(j) === c) j++;
      if (j - i > 2) return null;
      runs ??= [];
      runs.push({ at: i, length: j - i, char: c });
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
      links ??= [];
      links.push(link);
      i = link.end;
    } else i++;
  }
  if (runs === null && links === null) {
    return [
      {
        kind: "text",
        start,
        end,
        value: escapes ? unescapePunctuation(text.slice(start, end)) : text.slice(start, end),
      },
    ];
  }
  const atoms: Segment[] = [];
  if (runs) {
    let paired = runs.length;
    if (paired % 2 === 1) {
      // The last run opens an emphasis that may close on a later line of the paragraph.
      const open = runs[paired - 1] as Run;
      if (paragraphEnd <= end || !canOpen(text, open, start)) return null;
      if (links?.some((link) => link.end > open.at)) return null;
      const wrapped = readWrappedSpan(text, open, end, paragraphEnd);
      if (!wrapped) return null;
      atoms.push(wrapped);
      paired--;
    }
    for (let r = 0; r < paired; r += 2) {
      const open = runs[r] as Run;
      const close = runs[r + 1] as Run;
      if (open.char !== close.char || open.length !== close.length) return null;
      if (!canOpen(text, open, start) || !canClose(text, close, end)) return null;
      if (links?.some((link) => link.start < close.at && link.end > open.at)) return null;
      const innerStart = open.at + open.length;
      atoms.push({
        kind: spanKind(open),
        start: open.at,
        end: close.at + close.length,
        innerStart,
        innerEnd: close.at,
        value: unescapePunctuation(text.slice(innerStart, close.at)),
      });
    }
  }
  if (links) atoms.push(...links);
  atoms.sort((a, b) => a.start - b.start);
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

/** Paragraphs: their extent (where a list or heading interrupts them) and their inline content over lines. */
import type { Paragraph, PhrasingContent } from "mdast";
import { skipSpaces, trimEnd } from "../source.js";
import type { Lines } from "./block-lines.js";
import { scanInline } from "./inline.js";
import { classify } from "./line-kind.js";
import { canInterrupt, isOrderedNotOne } from "./marker.js";
import { point, segmentNode, textNode } from "./nodes.js";

/** Lines k.. up to (not including) a line that opens a list or heading; null on anything else. */
export function parseParagraph(lines: Lines, k: number): { node: Paragraph; next: number } | null {
  const { text } = lines;
  const contents: number[] = [];
  let next = k;
  for (; next < lines.starts.length; next++) {
    if (lines.blanks[next]) return null;
    const lineStartOffset = lines.starts[next] as number;
    const end = lines.ends[next] as number;
    const start = next === k ? lineStartOffset : skipSpaces(text, lineStartOffset, end);
    let kind = classify(text, start, end);
    // "2018) ..." on a wrapped line: an ordered marker other than 1 cannot interrupt a paragraph.
    if (next > k && kind === "marker" && isOrderedNotOne(text, start, end)) kind = "text";
    if (kind !== "text") {
      const unindented = start === lineStartOffset;
      if (next > k && unindented && kind === "heading") break;
      if (next > k && unindented && kind === "marker" && canInterrupt(text, start, end)) break;
      return null;
    }
    contents.push(start);
  }
  const node = buildParagraph(lines, k, contents);
  return node ? { node, next } : null;
}

/**
 * A paragraph over lines `first`.. with the given content starts. Text runs across line ends the way
 * micromark joins them: trailing spaces dropped, the line ending kept, the next line's indent dropped.
 */
export function buildParagraph(lines: Lines, first: number, contents: number[]): Paragraph | null {
  const { text } = lines;
  const children: PhrasingContent[] = [];
  // The text node being built: its value, and where it starts and ends (line, line start, offset).
  let value: string | null = null;
  let startLine = 0;
  let startLineOffset = 0;
  let startOffset = 0;
  let endLine = 0;
  let endLineOffset = 0;
  let endOffset = 0;
  const flush = () => {
    if (value === null) return;
    children.push(
      textNode(
        value,
        point(startLine, startLineOffset, startOffset),
        point(endLine, endLineOffset, endOffset),
      ),
    );
    value = null;
  };
  const last = contents.length - 1;
  const lastK = first + last;
  const paragraphEnd = trimEnd(text, contents[last] as number, lines.ends[lastK] as number);
  /** After a link or emphasis whose text runs over lines: the offset to go on from, on a later line. */
  let resume = -1;
  for (let j = 0; j <= last; j++) {
    const k = first + j;
    const line = lines.firstLine + k;
    const start = lines.starts[k] as number;
    const end = lines.ends[k] as number;
    if (resume > end) continue; // a line inside the link's or the emphasis's text
    const contentStart = resume >= start ? resume : (contents[j] as number);
    resume = -1;
    const contentEnd = trimEnd(text, contentStart, end);
    if (j < last && end - contentEnd >= 2) return null; // two trailing spaces: a hard line break
    // Nothing left after a span that ended on this line: only its line ending follows, from `end`.
    const segments =
      contentEnd > contentStart ? scanInline(text, contentStart, contentEnd, paragraphEnd) : [];
    if (!segments) return null;
    for (const segment of segments) {
      if (segment.kind !== "text" && segment.end > contentEnd) {
        flush();
        let m = k + 1;
        while ((lines.ends[m] as number) < segment.end) m++;
        const endLine = lines.firstLine + m;
        const endLineStart = lines.starts[m] as number;
        const inner = textNode(
          segment.value,
          point(line, start, segment.innerStart),
          point(endLine, endLineStart, segment.innerEnd),
        );
        const position = {
          start: point(line, start, segment.start),
          end: point(endLine, endLineStart, segment.end),
        };
        if (segment.kind === "link") {
          children.push({ type: "link", title: null, url: segment.url, children: [inner], position });
        } else {
          children.push({ type: segment.kind, children: [inner], position });
        }
        resume = segment.end;
      } else if (segment.kind === "text") {
        if (value === null) {
          value = segment.value;
          startLine = line;
          startLineOffset = start;
          startOffset = segment.start;
        } else value += segment.value;
        endLine = line;
        endLineOffset = start;
        endOffset = segment.end;
      } else {
        flush();
        children.push(segmentNode(segment, line, start));
      }
    }
    if (j < last && resume < 0) {
      const next = lines.nexts[k] as number;
      const eol = text.slice(end, next);
      if (value === null) {
        value = eol;
        startLine = line;
        startLineOffset = start;
        startOffset = end;
      } else value += eol;
      endLine = line + 1;
      endLineOffset = next;
      endOffset = next;
    }
  }
  flush();
  const firstStart = lines.starts[first] as number;
  const lastLine = first + last;
  return {
    type: "paragraph",
    children,
    position: {
      start: point(lines.firstLine + first, firstStart, contents[0] as number),
      end: point(
        lines.firstLine + lastLine,
        lines.starts[lastLine] as number,
        lines.ends[lastLine] as number,
      ),
    },
  };
}

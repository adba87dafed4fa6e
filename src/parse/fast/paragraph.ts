/** Paragraphs: their extent (where a list or heading interrupts them) and their inline content over lines. */
import type { Paragraph, PhrasingContent } from "mdast";
import { lastAtOrBefore } from "../../offsets.js";
import { skipSpaces, trimEnd } from "../source.js";
import type { Lines } from "./block-lines.js";
import { inertDelimiters, scanInline } from "./inline.js";
import { classify } from "./line-kind.js";
import { canInterrupt, isOrderedNotOne } from "./marker.js";
import { linePoint, type Segment, segmentNode, textNode } from "./nodes.js";

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
  const children = new PhrasingBuilder(lines);
  const last = contents.length - 1;
  const lastK = first + last;
  const paragraphEnd = trimEnd(text, contents[last] as number, lines.ends[lastK] as number);
  const inert = inertDelimiters(text, contents[0] as number, paragraphEnd);
  /** After a link or emphasis whose text runs over lines: the offset to go on from, on a later line. */
  let resume = -1;
  for (let j = 0; j <= last; j++) {
    const k = first + j;
    const start = lines.starts[k] as number;
    const end = lines.ends[k] as number;
    if (resume > end) continue; // a line inside the link's or the emphasis's text
    const contentStart = resume >= start ? resume : (contents[j] as number);
    const contentEnd = trimEnd(text, contentStart, end);
    if (j < last && end - contentEnd >= 2) return null; // two trailing spaces: a hard line break
    // Nothing left after a span that ended on this line: only its line ending follows, from `end`.
    const segments =
      contentEnd > contentStart ? scanInline(text, contentStart, contentEnd, paragraphEnd, inert) : [];
    if (!segments) return null;
    resume = children.addSegments(k, segments, contentEnd);
    if (j < last && resume < 0) children.addLineEnding(k);
  }
  return {
    type: "paragraph",
    children: children.finish(),
    position: {
      start: linePoint(lines, first, contents[0] as number),
      end: linePoint(lines, lastK, lines.ends[lastK] as number),
    },
  };
}

/**
 * The children of a paragraph, added line by line: consecutive text, with the line endings between
 * the lines, becomes one text node, as in micromark.
 */
class PhrasingBuilder {
  private readonly lines: Lines;
  private readonly children: PhrasingContent[] = [];
  /** The text node being built (null: none), and where it starts and ends: line index and offset. */
  private value: string | null = null;
  private startK = 0;
  private startOffset = 0;
  private endK = 0;
  private endOffset = 0;

  constructor(lines: Lines) {
    this.lines = lines;
  }

  /**
   * The segments of line k, whose content ends at `contentEnd`; returns where a span that runs on over
   * later lines ends (-1: none does), for the caller to go on from there.
   */
  addSegments(k: number, segments: readonly Segment[], contentEnd: number): number {
    let resume = -1;
    for (const segment of segments) {
      if (segment.kind === "text") this.addText(segment.value, k, segment.start, k, segment.end);
      else if (segment.end > contentEnd) {
        const endK = lastAtOrBefore(this.lines.starts, segment.end);
        this.addNode(segmentNode(this.lines, segment, k, endK));
        resume = segment.end;
      } else this.addNode(segmentNode(this.lines, segment, k));
    }
    return resume;
  }

  /** The line ending after line k, which belongs to the text that runs on to the next line. */
  addLineEnding(k: number): void {
    const end = this.lines.ends[k] as number;
    const next = this.lines.nexts[k] as number;
    this.addText(this.lines.text.slice(end, next), k, end, k + 1, next);
  }

  finish(): PhrasingContent[] {
    this.flush();
    return this.children;
  }

  private addText(value: string, startK: number, startOffset: number, endK: number, endOffset: number): void {
    if (this.value === null) {
      this.value = value;
      this.startK = startK;
      this.startOffset = startOffset;
    } else this.value += value;
    this.endK = endK;
    this.endOffset = endOffset;
  }

  private addNode(node: PhrasingContent): void {
    this.flush();
    this.children.push(node);
  }

  private flush(): void {
    if (this.value === null) return;
    const { lines } = this;
    this.children.push(
      textNode(
        this.value,
        linePoint(lines, this.startK, this.startOffset),
        linePoint(lines, this.endK, this.endOffset),
      ),
    );
    this.value = null;
  }
}

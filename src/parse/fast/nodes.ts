/** Inline segments and the mdast nodes they become, with positions from offsets. */
import type { PhrasingContent } from "mdast";
import type { Point } from "unist";
import type { Lines } from "./block-lines.js";

/**
 * A piece of a line's inline content, named by the mdast node it becomes. Text is within one line; a
 * link's text or an emphasis may run on over the paragraph's next lines (its `end` then lies past the
 * line's end).
 */
export type Segment = TextSegment | SpanSegment | LinkSegment;

interface TextSegment {
  kind: "text";
  start: number;
  end: number;
  value: string;
}

/** Delimiters around text: the text (`value`) lies from `innerStart` to `innerEnd`. */
interface SpanSegment extends Omit<TextSegment, "kind"> {
  kind: "emphasis" | "strong";
  innerStart: number;
  innerEnd: number;
}

interface LinkSegment extends Omit<SpanSegment, "kind"> {
  kind: "link";
  url: string;
}

/**
 * The node for a segment that starts on line index `k` and ends on `endK` (a later line when its text
 * runs over line ends).
 */
export function segmentNode(lines: Lines, segment: Segment, k: number, endK = k): PhrasingContent {
  const position = { start: linePoint(lines, k, segment.start), end: linePoint(lines, endK, segment.end) };
  if (segment.kind === "text") return { type: "text", value: segment.value, position };
  const inner = textNode(
    segment.value,
    linePoint(lines, k, segment.innerStart),
    linePoint(lines, endK, segment.innerEnd),
  );
  if (segment.kind === "link") {
    return { type: "link", title: null, url: segment.url, children: [inner], position };
  }
  return { type: segment.kind, children: [inner], position };
}

export function textNode(value: string, start: Point, end: Point): PhrasingContent {
  return { type: "text", value, position: { start, end } };
}

/** The point at `offset` on line index `k` of the block. */
export function linePoint(lines: Lines, k: number, offset: number): Point {
  return { line: lines.firstLine + k, column: offset - (lines.starts[k] as number) + 1, offset };
}

/** Inline segments and the mdast nodes they become, with positions from offsets. */
import type { PhrasingContent } from "mdast";
import type { Point } from "unist";

/**
 * A piece of a line's inline content, named by the mdast node it becomes. Text is within one line; a
 * link's text or an emphasis may run on over the paragraph's next lines (its `end` then lies past the
 * line's end).
 */
export type Segment =
  | { kind: "text"; start: number; end: number; value: string }
  | {
      kind: "emphasis" | "strong";
      start: number;
      end: number;
      innerStart: number;
      innerEnd: number;
      value: string;
    }
  | {
      kind: "link";
      start: number;
      end: number;
      innerStart: number;
      innerEnd: number;
      value: string;
      url: string;
    };

export function segmentNode(segment: Segment, line: number, lineStartOffset: number): PhrasingContent {
  const position = {
    start: point(line, lineStartOffset, segment.start),
    end: point(line, lineStartOffset, segment.end),
  };
  if (segment.kind === "text") return { type: "text", value: segment.value, position };
  if (segment.kind === "link") {
    const label = textNode(
      segment.value,
      point(line, lineStartOffset, segment.innerStart),
      point(line, lineStartOffset, segment.innerEnd),
    );
    return { type: "link", title: null, url: segment.url, children: [label], position };
  }
  const inner = textNode(
    segment.value,
    point(line, lineStartOffset, segment.innerStart),
    point(line, lineStartOffset, segment.innerEnd),
  );
  return { type: segment.kind, children: [inner], position };
}

export function textNode(value: string, start: Point, end: Point): PhrasingContent {
  return { type: "text", value, position: { start, end } };
}

export function point(line: number, lineStartOffset: number, offset: number): Point {
  return { line, column: offset - lineStartOffset + 1, offset };
}

/** Test helpers over mdast positions. */
import type { Root, RootContent } from "mdast";

/** Moves a node parsed from a slice to where the slice starts (which is always a line start). */
export function shiftPositions(node: RootContent | Root, lines: number, offset: number): void {
  if (node.position) {
    const { start, end } = node.position;
    node.position = {
      start: { line: start.line + lines, column: start.column, offset: (start.offset ?? 0) + offset },
      end: { line: end.line + lines, column: end.column, offset: (end.offset ?? 0) + offset },
    };
  }
  if ("children" in node)
    for (const child of node.children) shiftPositions(child as RootContent, lines, offset);
}

/** ATX headings (`# ` to `###### `) on one line. */
import type { Heading, PhrasingContent } from "mdast";
import { skipSpaces, trimEnd } from "../source.js";
import type { Lines } from "./block-lines.js";
import { inertDelimiters, scanInline } from "./inline.js";
import { linePoint, segmentNode } from "./nodes.js";

/** Line k as a heading; null where its text needs remark, or it has a closing sequence of "#". */
export function parseHeading(lines: Lines, k: number): Heading | null {
  const { text } = lines;
  const start = lines.starts[k] as number;
  const end = lines.ends[k] as number;
  let i = start;
  while (text.charCodeAt(i) === 35) i++;
  const depth = i - start;
  const contentStart = skipSpaces(text, i, end);
  const contentEnd = trimEnd(text, contentStart, end);
  if (contentEnd === contentStart || text.charCodeAt(contentEnd - 1) === 35) return null;
  const segments = scanInline(
    text,
    contentStart,
    contentEnd,
    contentEnd,
    inertDelimiters(text, contentStart, contentEnd),
  );
  if (!segments) return null;
  const children: PhrasingContent[] = [];
  for (const segment of segments) children.push(segmentNode(lines, segment, k));
  return {
    type: "heading",
    depth: depth as Heading["depth"],
    children,
    position: { start: linePoint(lines, k, start), end: linePoint(lines, k, end) },
  };
}

/** ATX headings (`# ` to `###### `) on one line. */
import type { Heading, PhrasingContent } from "mdast";
import { skipSpaces, trimEnd } from "../source.js";
import type { Lines } from "./block-lines.js";
import { scanInline } from "./inline.js";
import { point, segmentNode } from "./nodes.js";

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
  const segments = scanInline(text, contentStart, contentEnd);
  if (!segments) return null;
  const line = lines.firstLine + k;
  const children: PhrasingContent[] = [];
  for (const segment of segments) children.push(segmentNode(segment, line, start));
  return {
    type: "heading",
    depth: depth as Heading["depth"],
    children,
    position: { start: point(line, start, start), end: point(line, start, end) },
  };
}

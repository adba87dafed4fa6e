import type { Heading, List, ListItem, Nodes, Paragraph, RootContent } from "mdast";
import { toString as mdastToString } from "mdast-util-to-string";
import { blockText, collapse, type Lead, paragraphLines } from "./plain-text.js";
import { lineEnd, lineStart, type SourceText, skipSpaces, trimEnd } from "./source.js";

/**
 * One source line of text, the unit the structure pass reads. Keyword lines, labels and hard-wrapped
 * continuations are all line-based in resolutions, so the mdast of each block is cut into its lines;
 * blocks the parser does not read as text (tables, code, quotes) become one opaque unit each.
 */
export interface Unit {
  kind: "text" | "opaque";
  /** Plain text of the line: markup and escapes removed, trimmed (inner spacing kept). */
  text: string;
  /** Offsets of the line's content (after indent, list marker or `#`s; before trailing spaces). */
  start: number;
  end: number;
  /** Where something starting on this line starts in the source: the list marker or `#`, else `start`. */
  spanStart: number;
  line: number;
  /** The first line of a paragraph, heading, list item or opaque block. */
  blockStart: boolean;
  /** Index of the top-level block it belongs to. */
  block: number;
  /** Ids of the list items it is inside, outermost first. */
  containers: readonly number[];
  heading: boolean;
  /** On the first line of a list item: its marker. */
  marker: ListMarker | null;
  /** An emphasis or strong span that opens the line (`*recalling*`, `**resolves**`). */
  lead: Lead | null;
  /** For opaque units: the node, so its text can be taken when it is kept as an extra block. */
  node: RootContent | null;
}

export interface ListMarker {
  /** As written: "-", "*", "1.", "2)". */
  raw: string;
  ordered: boolean;
  /** The number of an ordered marker. */
  value: number | null;
}

interface Context {
  source: SourceText;
  units: Unit[];
  block: number;
  nextContainer: number;
}

export function collectUnits(nodes: readonly RootContent[], source: SourceText): Unit[] {
  const context: Context = { source, units: [], block: 0, nextContainer: 0 };
  for (let index = 0; index < nodes.length; index++) {
    context.block = index;
    flowUnits(nodes[index] as RootContent, context, [], null);
  }
  return context.units;
}

function flowUnits(
  node: RootContent,
  context: Context,
  containers: readonly number[],
  marker: MarkerAt | null,
): void {
  switch (node.type) {
    case "paragraph":
      paragraphUnits(node, context, containers, marker);
      return;
    case "heading":
      headingUnit(node, context, containers, marker);
      return;
    case "list":
      listUnits(node, context, containers);
      return;
    case "yaml":
      return;
    case "code":
      if (isIndentedCode(node, context.source)) {
        indentedCodeUnits(node, context, containers, marker);
        return;
      }
      break;
  }
  opaqueUnit(node, context, containers, marker);
}

interface MarkerAt {
  marker: ListMarker;
  start: number;
}

function listUnits(list: List, context: Context, containers: readonly number[]): void {
  for (const item of list.children) listItemUnits(item, list, context, containers);
}

function listItemUnits(item: ListItem, list: List, context: Context, containers: readonly number[]): void {
  const id = context.nextContainer++;
  const inner = [...containers, id];
  const start = item.position?.start.offset ?? 0;
  const raw = /^(?:\d{1,9}[.)]|[-*+])/.exec(context.source.text.slice(start, start + 10))?.[0] ?? "-";
  const marker: MarkerAt = {
    start,
    marker: { raw, ordered: list.ordered === true, value: list.ordered ? Number.parseInt(raw, 10) : null },
  };
  if (item.children.length === 0) {
    opaqueUnit(item, context, inner, marker);
    return;
  }
  item.children.forEach((child, index) => {
    flowUnits(child, context, inner, index === 0 ? marker : null);
  });
}

/** What tells one unit from another; `addUnit` fills in the rest from the block being read. */
interface UnitShape {
  kind?: Unit["kind"];
  text: string;
  start: number;
  end: number;
  /** Defaults to `start`; a list marker on the first line comes first. */
  spanStart?: number;
  line: number;
  /** The first line of its block: it carries the list marker, if any. */
  first: boolean;
  heading?: boolean;
  lead?: Lead | null;
  node?: RootContent | null;
}

function addUnit(
  context: Context,
  containers: readonly number[],
  marker: MarkerAt | null,
  shape: UnitShape,
): void {
  const listed = shape.first && marker !== null;
  context.units.push({
    kind: shape.kind ?? "text",
    text: shape.text,
    start: shape.start,
    end: shape.end,
    spanStart: listed ? marker.start : (shape.spanStart ?? shape.start),
    line: shape.line,
    blockStart: shape.first,
    block: context.block,
    containers,
    heading: shape.heading ?? false,
    marker: listed ? marker.marker : null,
    lead: shape.lead ?? null,
    node: shape.node ?? null,
  });
}

function headingUnit(
  node: Heading,
  context: Context,
  containers: readonly number[],
  marker: MarkerAt | null,
): void {
  const nodeStart = node.position?.start.offset ?? 0;
  const nodeEnd = node.position?.end.offset ?? nodeStart;
  const first = node.children[0]?.position?.start.offset;
  const last = node.children[node.children.length - 1]?.position?.end.offset;
  addUnit(context, containers, marker, {
    text: collapse(mdastToString(node)),
    start: first ?? nodeStart,
    end: last ?? trimEnd(context.source.text, nodeStart, nodeEnd),
    spanStart: nodeStart,
    line: node.position?.start.line ?? 1,
    first: true,
    heading: true,
  });
}

function paragraphUnits(
  node: Paragraph,
  context: Context,
  containers: readonly number[],
  marker: MarkerAt | null,
): void {
  const { source } = context;
  const { first: firstLine, last: lastLine, texts, leads } = paragraphLines(node);
  for (let line = firstLine; line <= lastLine; line++) {
    const index = line - firstLine;
    const lineEndOffset = lineEnd(source, line);
    const start =
      line === firstLine
        ? (node.position?.start.offset ?? 0)
        : skipSpaces(source.text, lineStart(source, line), lineEndOffset);
    const text = (texts[index] as string).trim();
    const lead = leads[index] ?? null;
    if (lead) lead.whole = collapse(text) === lead.text;
    addUnit(context, containers, marker, {
      text,
      start,
      end: trimEnd(source.text, start, lineEndOffset),
      line,
      first: line === firstLine,
      lead,
    });
  }
}

function isIndentedCode(node: RootContent, source: SourceText): boolean {
  const start = node.position?.start.offset ?? 0;
  const first = source.text.charCodeAt(start);
  return first === 32 || first === 9;
}

/**
 * Indented "code" in a resolution is text someone indented (sub-items, quoted text): read it as lines.
 * In a list item it starts after the marker: `- 1)      text` (five spaces or more after a marker) is,
 * to CommonMark, code in the item of `1)`; its first line is read from there, so the marker before it
 * stays the item's label and is not read again as text.
 */
function indentedCodeUnits(
  node: RootContent,
  context: Context,
  containers: readonly number[],
  marker: MarkerAt | null,
): void {
  const { source } = context;
  const firstLine = node.position?.start.line ?? 1;
  const lastLine = node.position?.end.line ?? firstLine;
  const nodeStart = node.position?.start.offset ?? lineStart(source, firstLine);
  let first = true;
  for (let line = firstLine; line <= lastLine; line++) {
    const lineEndOffset = lineEnd(source, line);
    const from = line === firstLine ? nodeStart : lineStart(source, line);
    const start = skipSpaces(source.text, from, lineEndOffset);
    if (start === lineEndOffset) continue;
    const end = trimEnd(source.text, start, lineEndOffset);
    addUnit(context, containers, marker, { text: source.text.slice(start, end), start, end, line, first });
    first = false;
  }
}

function opaqueUnit(
  node: Nodes,
  context: Context,
  containers: readonly number[],
  marker: MarkerAt | null,
): void {
  const start = marker?.start ?? node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? start;
  addUnit(context, containers, marker, {
    kind: "opaque",
    text: collapse(blockText(node)),
    start,
    end: trimEnd(context.source.text, start, end),
    line: node.position?.start.line ?? 1,
    first: true,
    node: node as RootContent,
  });
}

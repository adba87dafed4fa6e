import type { Heading, List, ListItem, Nodes, Paragraph, PhrasingContent, RootContent } from "mdast";
import { toString as mdastToString } from "mdast-util-to-string";
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

export interface Lead {
  text: string;
  /** Offset just past the closing delimiter. */
  end: number;
  /** Nothing but the span on the line. */
  whole: boolean;
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

function headingUnit(
  node: Heading,
  context: Context,
  containers: readonly number[],
  marker: MarkerAt | null,
): void {
  const { source } = context;
  const nodeStart = node.position?.start.offset ?? 0;
  const nodeEnd = node.position?.end.offset ?? nodeStart;
  const first = node.children[0]?.position?.start.offset;
  const last = node.children[node.children.length - 1]?.position?.end.offset;
  const start = first ?? nodeStart;
  const text = collapse(mdastToString(node));
  context.units.push({
    kind: "text",
    text,
    start,
    end: last ?? trimEnd(source.text, nodeStart, nodeEnd),
    spanStart: marker?.start ?? nodeStart,
    line: node.position?.start.line ?? 1,
    blockStart: true,
    block: context.block,
    containers,
    heading: true,
    marker: marker?.marker ?? null,
    lead: null,
    node: null,
  });
}

function paragraphUnits(
  node: Paragraph,
  context: Context,
  containers: readonly number[],
  marker: MarkerAt | null,
): void {
  const { source } = context;
  const firstLine = node.position?.start.line ?? 1;
  const lastLine = node.position?.end.line ?? firstLine;
  const texts: string[] = new Array(lastLine - firstLine + 1).fill("");
  const leads: (Lead | null)[] = new Array(lastLine - firstLine + 1).fill(null);
  let current = firstLine;

  const walk = (children: readonly PhrasingContent[], top: boolean): void => {
    for (const child of children) {
      const position = child.position;
      if (position && position.start.line > current) current = Math.min(position.start.line, lastLine);
      switch (child.type) {
        case "text": {
          if (!position || position.end.line === position.start.line) {
            texts[current - firstLine] += child.value;
            break;
          }
          const pieces = child.value.split(/\r\n|\r|\n/);
          const spans = position ? position.end.line - position.start.line + 1 : 1;
          if (pieces.length === spans) {
            pieces.forEach((piece, index) => {
              if (index > 0) current = Math.min(current + 1, lastLine);
              texts[current - firstLine] += piece;
            });
          } else texts[current - firstLine] += child.value.replace(/[\r\n]+/g, " ");
          break;
        }
        case "inlineCode":
          texts[current - firstLine] += child.value;
          break;
        case "image":
          texts[current - firstLine] += child.alt ?? "";
          break;
        case "emphasis":
        case "strong": {
          const index = current - firstLine;
          if (top && (texts[index] as string).trim() === "" && position && position.end.line === current) {
            leads[index] = {
              text: collapse(mdastToString(child)),
              end: position.end.offset ?? 0,
              whole: false,
            };
          }
          walk(child.children, false);
          break;
        }
        default:
          if ("children" in child) walk(child.children as PhrasingContent[], false);
      }
      if (position && child.type !== "text" && position.end.line > current)
        current = Math.min(position.end.line, lastLine);
    }
  };
  walk(node.children, true);

  for (let line = firstLine; line <= lastLine; line++) {
    const index = line - firstLine;
    const lineStartOffset = lineStart(source, line);
    const lineEndOffset = lineEnd(source, line);
    const start =
      line === firstLine
        ? (node.position?.start.offset ?? 0)
        : skipSpaces(source.text, lineStartOffset, lineEndOffset);
    const text = (texts[index] as string).trim();
    const lead = leads[index] ?? null;
    if (lead) lead.whole = collapse(text) === lead.text;
    context.units.push({
      kind: "text",
      text,
      start,
      end: trimEnd(source.text, start, lineEndOffset),
      spanStart: line === firstLine && marker ? marker.start : start,
      line,
      blockStart: line === firstLine,
      block: context.block,
      containers,
      heading: false,
      marker: line === firstLine ? (marker?.marker ?? null) : null,
      lead,
      node: null,
    });
  }
}

function isIndentedCode(node: RootContent, source: SourceText): boolean {
  const start = node.position?.start.offset ?? 0;
  const first = source.text.charCodeAt(start);
  return first === 32 || first === 9;
}

/** Indented "code" in a resolution is text someone indented (sub-items, quoted text): read it as lines. */
function indentedCodeUnits(
  node: RootContent,
  context: Context,
  containers: readonly number[],
  marker: MarkerAt | null,
): void {
  const { source } = context;
  const firstLine = node.position?.start.line ?? 1;
  const lastLine = node.position?.end.line ?? firstLine;
  let first = true;
  for (let line = firstLine; line <= lastLine; line++) {
    const lineEndOffset = lineEnd(source, line);
    const start = skipSpaces(source.text, lineStart(source, line), lineEndOffset);
    if (start === lineEndOffset) continue;
    const end = trimEnd(source.text, start, lineEndOffset);
    context.units.push({
      kind: "text",
      text: source.text.slice(start, end),
      start,
      end,
      spanStart: first && marker ? marker.start : start,
      line,
      blockStart: first,
      block: context.block,
      containers,
      heading: false,
      marker: first ? (marker?.marker ?? null) : null,
      lead: null,
      node: null,
    });
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
  context.units.push({
    kind: "opaque",
    text: collapse(blockText(node)),
    start,
    end: trimEnd(context.source.text, start, end),
    spanStart: start,
    line: marker ? (node.position?.start.line ?? 1) : (node.position?.start.line ?? 1),
    blockStart: true,
    block: context.block,
    containers,
    heading: false,
    marker: marker?.marker ?? null,
    lead: null,
    node: node as RootContent,
  });
}

const PHRASING = new Set([
  "paragraph",
  "heading",
  "tableCell",
  "emphasis",
  "strong",
  "delete",
  "link",
  "linkReference",
]);

/** Plain text of a block, with its blocks, rows and cells apart (mdast-util-to-string runs them together). */
function blockText(node: Nodes): string {
  if (!("children" in node) || PHRASING.has(node.type)) return mdastToString(node);
  return (node.children as Nodes[]).map(blockText).join(" ");
}

/** Whitespace runs (line ends, tabs, non-breaking spaces) to one space, trimmed. */
export function collapse(text: string): string {
  return NEEDS_COLLAPSE.test(text) ? text.replace(/\s+/g, " ").trim() : text;
}

const NEEDS_COLLAPSE = /^\s|\s$|[^\S ]| {2}/;

/**
 * Plain text as the structure pass reads it: markup and escapes gone, each paragraph cut into its
 * source lines (keyword lines, labels and hard wraps are line-based), whitespace collapsed.
 */
import type { Nodes, Paragraph, PhrasingContent } from "mdast";
import { toString as mdastToString } from "mdast-util-to-string";

/** An emphasis or strong span that opens a line (`*recalling*`, `**resolves**`). */
export interface Lead {
  text: string;
  /** Offset just past the closing delimiter. */
  end: number;
  /** Nothing but the span on the line. */
  whole: boolean;
}

/** A paragraph cut into its source lines: the plain text of each, and the span that opens it. */
export interface ParagraphLines {
  first: number;
  last: number;
  texts: string[];
  leads: (Lead | null)[];
  /** Whether each line has had text other than white space so far (an emphasis after it leads nothing). */
  started: boolean[];
  /** The line the walk is on. */
  current: number;
}

export function paragraphLines(node: Paragraph): ParagraphLines {
  const first = node.position?.start.line ?? 1;
  const last = node.position?.end.line ?? first;
  const count = last - first + 1;
  const lines: ParagraphLines = {
    first,
    last,
    texts: new Array(count).fill(""),
    leads: new Array(count).fill(null),
    started: new Array(count).fill(false),
    current: first,
  };
  walkPhrasing(node.children, true, lines);
  return lines;
}

function walkPhrasing(children: readonly PhrasingContent[], top: boolean, lines: ParagraphLines): void {
  for (const child of children) {
    const position = child.position;
    if (position && position.start.line > lines.current)
      lines.current = Math.min(position.start.line, lines.last);
    switch (child.type) {
      case "text":
        addText(child.value, position, lines);
        break;
      case "inlineCode":
        append(lines, child.value);
        break;
      case "image":
        append(lines, child.alt ?? "");
        break;
      case "emphasis":
      case "strong": {
        const index = lines.current - lines.first;
        // Asked of every emphasis: a flag, not a trim of the line so far (200,000 spans on one line).
        if (top && !lines.started[index] && position?.end.line === lines.current) {
          lines.leads[index] = {
            text: collapse(mdastToString(child)),
            end: position.end.offset ?? 0,
            whole: false,
          };
        }
        walkPhrasing(child.children, false, lines);
        break;
      }
      default:
        if ("children" in child) walkPhrasing(child.children as PhrasingContent[], false, lines);
    }
    if (position && child.type !== "text" && position.end.line > lines.current)
      lines.current = Math.min(position.end.line, lines.last);
  }
}

/** A text node, its pieces on the lines it spans (or run together when they do not match the lines). */
function addText(value: string, position: PhrasingContent["position"], lines: ParagraphLines): void {
  if (!position || position.end.line === position.start.line) {
    append(lines, value);
    return;
  }
  const pieces = value.split(/\r\n|\r|\n/);
  if (pieces.length !== position.end.line - position.start.line + 1) {
    append(lines, value.replace(/[\r\n]+/g, " "));
    return;
  }
  pieces.forEach((piece, index) => {
    if (index > 0) lines.current = Math.min(lines.current + 1, lines.last);
    append(lines, piece);
  });
}

/** Adds text to the line the walk is on. */
function append(lines: ParagraphLines, text: string): void {
  const index = lines.current - lines.first;
  lines.texts[index] += text;
  if (!lines.started[index] && /\S/.test(text)) lines.started[index] = true;
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
export function blockText(node: Nodes): string {
  if (!("children" in node) || PHRASING.has(node.type)) return mdastToString(node);
  return (node.children as Nodes[]).map(blockText).join(" ");
}

/** Whitespace runs (line ends, tabs, non-breaking spaces) to one space, trimmed. */
export function collapse(text: string): string {
  return NEEDS_COLLAPSE.test(text) ? text.replace(/\s+/g, " ").trim() : text;
}

const NEEDS_COLLAPSE = /^\s|\s$|[^\S ]| {2}/;

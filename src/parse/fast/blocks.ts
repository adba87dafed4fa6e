/**
 * Block splitting: the body cut into top-level blocks that parse the same alone as in the whole
 * document, and a list block cut into its top-level items.
 */
import { isBlank, lineCount, lineEnd, lineStart, type SourceText } from "../source.js";
import { classify } from "./line-kind.js";
import { readMarker } from "./marker.js";

/** A run of lines that Markdown parses on its own: it ends before a blank line and a non-indented line. */
export interface BlockRange {
  start: number;
  /** Offset just past the last non-blank line (before its line ending). */
  end: number;
  startLine: number;
  endLine: number;
}

/**
 * Lines that make one part of a document depend on another: link reference and footnote definitions
 * (used anywhere) and HTML blocks (which may run across blank lines). A document with any of them is
 * parsed in one piece.
 */
const CROSS_BLOCK = /^[ \t]*(?:<|\[[^\n]*\]:)/m;

export function needsWholeDocument(text: string, from: number): boolean {
  return CROSS_BLOCK.test(from === 0 ? text : text.slice(from));
}

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})(.*)$/;

/**
 * Splits the body into top-level blocks: a new block starts at a non-blank line that begins in the
 * first column after a blank line, unless a fenced code block is open. In CommonMark no construct
 * (other than those `needsWholeDocument` rules out) continues across such a line, so each block parses
 * the same alone as in the whole document, except that adjacent list items may form separate lists.
 */
export function splitBlocks(source: SourceText, fromLine: number): BlockRange[] {
  const { text } = source;
  const blocks: BlockRange[] = [];
  const lines = lineCount(source);
  let current: BlockRange | null = null;
  let previousBlank = true;
  let fence: { char: string; length: number } | null = null;
  for (let line = fromLine; line <= lines; line++) {
    const start = lineStart(source, line);
    const end = lineEnd(source, line);
    if (fence && current) {
      current.end = end;
      current.endLine = line;
      const closing = /^ {0,3}(`+|~+)[ \t]*$/.exec(text.slice(start, end));
      if (closing?.[1] && closing[1][0] === fence.char && closing[1].length >= fence.length) fence = null;
      continue;
    }
    if (isBlank(text, start, end)) {
      previousBlank = true;
      continue;
    }
    const first = text.charCodeAt(start);
    if (
      current === null ||
      (previousBlank && first !== 32 && first !== 9 && !afterIndentedCode(source, current, line))
    ) {
      current = { start, end, startLine: line, endLine: line };
      blocks.push(current);
    }
    current.end = end;
    current.endLine = line;
    previousBlank = false;
    const code =
      first === 32 || first === 96 || first === 126 ? FENCE_OPEN.exec(text.slice(start, end)) : null;
    if (code?.[1] && !(code[1][0] === "`" && code[2]?.includes("`"))) {
      fence = { char: code[1][0] as string, length: code[1].length };
    }
  }
  return blocks;
}

const LIST_START = /^(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;
const THEMATIC = /^([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const CANNOT_INTERRUPT = /^(?:\d{1,9}[.)](?:[ \t]+\S|[ \t]*$)|[-*+][ \t]*$)/;

/**
 * micromark lets a top-level indented code block stay open across blank lines, so the line after them
 * counts as interrupting it: an ordered item other than 1, or an empty item, is then paragraph text.
 * Such a line stays in the block before it, where remark sees that context.
 */
function afterIndentedCode(source: SourceText, block: BlockRange, line: number): boolean {
  const { text } = source;
  const lineText = text.slice(lineStart(source, line), lineEnd(source, line));
  const match = CANNOT_INTERRUPT.exec(lineText);
  if (!match || (/^1[.)]/.test(lineText) && !/^1[.)][ \t]*$/.test(lineText))) return false;
  const firstLine = text.slice(block.start, lineEnd(source, block.startLine));
  if (LIST_START.test(firstLine) && !THEMATIC.test(firstLine)) return false;
  const last = text.slice(lineStart(source, block.endLine), block.end);
  return /^(?: {4}|\t| {1,3}\t)/.test(last);
}

const FENCE_LINE = /^[ \t]*(?:```|~~~)/m;

/**
 * A tight list block cut at its top-level items, so that one item the fast path cannot read does not
 * send the whole list to remark. It applies only where a line in the first column that starts with a
 * list marker must open a new top-level item: no blank lines, every item starting with plain text,
 * every other line in the first column plain paragraph text (a lazy continuation), no tables or fences.
 * Parsing the pieces apart then gives the same nodes, except that items are grouped into one list per
 * piece. Any other block comes back whole.
 */
export function splitListItems(source: SourceText, block: BlockRange): BlockRange[] {
  const { text } = source;
  const whole = [block];
  const slice = text.slice(block.start, block.end);
  if (FENCE_LINE.test(slice) || slice.includes("|")) return whole;
  const starts: number[] = [];
  for (let line = block.startLine; line <= block.endLine; line++) {
    const start = lineStart(source, line);
    const end = line === block.endLine ? block.end : lineEnd(source, line);
    if (isBlank(text, start, end)) return whole;
    const kind = classify(text, start, end);
    if (kind === "marker") {
      const marker = readMarker(text, start, end);
      if (!marker || classify(text, marker.contentStart, end) !== "text") return whole;
      starts.push(line);
    } else if (kind !== "text" && kind !== "indented") return whole;
    else if (line === block.startLine) return whole;
  }
  const pieces: BlockRange[] = [];
  starts.forEach((line, index) => {
    const next = starts[index + 1];
    const endLine = next === undefined ? block.endLine : next - 1;
    const end = next === undefined ? block.end : lineEnd(source, endLine);
    pieces.push({ start: lineStart(source, line), end, startLine: line, endLine });
  });
  return pieces;
}

import { FatalError } from "../diagnostics/index.js";
import type { Point, Span } from "../model.js";
import { LineIndex } from "../offsets.js";

/**
 * The text of one document as the parser sees it: BOM removed, line ends kept, and its lines indexed
 * the way remark counts them (CRLF, LF and a lone CR each end a line), so any offset turns into the
 * line and column remark would give.
 */
export interface SourceText {
  file: string;
  text: string;
  eol: "\n" | "\r\n";
  /** Whether the text started with a BOM (removed from `text`). */
  bom: boolean;
  lines: LineIndex;
  /** `lineStarts[n]` is the offset where line n + 1 starts (`lines.starts`). */
  lineStarts: readonly number[];
}

/** Strips the BOM, records the line ending, indexes the lines; an empty document is fatal. */
export function prepareSource(raw: string, file: string): SourceText {
  const bom = raw.charCodeAt(0) === 0xfeff;
  const text = bom ? raw.slice(1) : raw;
  if (text.trim() === "")
    throw new FatalError("the file is empty; expected an ITU resolution in Markdown", file);
  const lf = text.indexOf("\n");
  const eol = lf > 0 && text.charCodeAt(lf - 1) === 13 ? "\r\n" : "\n";
  const lines = new LineIndex(text, "any");
  return { file, text, eol, bom, lines, lineStarts: lines.starts };
}

export function lineCount(source: SourceText): number {
  return source.lines.count;
}

/** Offset where `line` (1-based) starts. */
export function lineStart(source: SourceText, line: number): number {
  return source.lines.start(line);
}

/** Offset just past the last character of `line`, before its line ending. */
export function lineEnd(source: SourceText, line: number): number {
  return source.lines.end(line);
}

export function pointAt(source: SourceText, offset: number): Point {
  return source.lines.pointAt(offset);
}

export function spanOf(source: SourceText, start: number, end: number): Span {
  return source.lines.spanOf(start, end);
}

export function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 9) return false;
  }
  return true;
}

/** First offset at or after `start` that is not a space or tab (stops at `end`). */
export function skipSpaces(text: string, start: number, end: number): number {
  let i = start;
  while (i < end) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 9) break;
    i++;
  }
  return i;
}

/** `end` moved back over spaces and tabs (not before `start`). */
export function trimEnd(text: string, start: number, end: number): number {
  let i = end;
  while (i > start) {
    const code = text.charCodeAt(i - 1);
    if (code !== 32 && code !== 9) break;
    i--;
  }
  return i;
}

import { FatalError } from "../diagnostics/index.js";
import type { Point, Span } from "../model.js";
import { lastAtOrBefore } from "../offsets.js";

/**
 * The text of one document as the parser sees it: BOM removed, line ends kept, and an index of
 * line starts so any offset turns into a line and column the way remark counts them (CRLF, LF and a
 * lone CR each end a line; columns count UTF-16 code units, a tab is one column).
 */
export interface SourceText {
  file: string;
  text: string;
  eol: "\n" | "\r\n";
  /** Whether the text started with a BOM (removed from `text`). */
  bom: boolean;
  /** `lineStarts[n]` is the offset where line n + 1 starts. */
  lineStarts: number[];
}

/** Strips the BOM, records the line ending, indexes the lines; an empty document is fatal. */
export function prepareSource(raw: string, file: string): SourceText {
  const bom = raw.charCodeAt(0) === 0xfeff;
  const text = bom ? raw.slice(1) : raw;
  if (text.trim() === "")
    throw new FatalError("the file is empty; expected an ITU resolution in Markdown", file);
  const lf = text.indexOf("\n");
  const eol = lf > 0 && text.charCodeAt(lf - 1) === 13 ? "\r\n" : "\n";
  return { file, text, eol, bom, lineStarts: indexLines(text) };
}

function indexLines(text: string): number[] {
  const starts = [0];
  if (!text.includes("\r")) {
    for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) starts.push(at + 1);
    return starts;
  }
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) starts.push(i + 1);
    else if (code === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

export function lineCount(source: SourceText): number {
  return source.lineStarts.length;
}

/** Offset where `line` (1-based) starts. */
export function lineStart(source: SourceText, line: number): number {
  return source.lineStarts[line - 1] ?? source.text.length;
}

/** Offset just past the last character of `line`, before its line ending. */
export function lineEnd(source: SourceText, line: number): number {
  const next = source.lineStarts[line];
  if (next === undefined) return source.text.length;
  let end = next;
  if (source.text.charCodeAt(end - 1) === 10) end--;
  if (source.text.charCodeAt(end - 1) === 13) end--;
  return end;
}

/** 1-based line of an offset. */
export function lineAt(source: SourceText, offset: number): number {
  return lastAtOrBefore(source.lineStarts, offset) + 1;
}

export function pointAt(source: SourceText, offset: number): Point {
  const line = lineAt(source, offset);
  return { line, column: offset - lineStart(source, line) + 1, offset };
}

export function spanOf(source: SourceText, start: number, end: number): Span {
  return { start: pointAt(source, start), end: pointAt(source, end) };
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

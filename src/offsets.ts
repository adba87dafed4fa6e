/** Offsets to lines: shared by the parser (source positions) and the renderers (output lines, diffs). */
import type { Point, Span } from "./model.js";

/**
 * What ends a line: `"lf"`, a "\n" (so "\r\n" too, as its "\n"), as patches and line-numbered output
 * count; `"any"`, also a lone "\r", as remark counts source positions.
 */
export type LineEnds = "lf" | "any";

/** Offsets where each line starts. */
export function lineStartsOf(text: string, ends: LineEnds = "lf"): number[] {
  const starts = [0];
  if (ends === "lf" || !text.includes("\r")) {
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
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

/** The index of the last entry of `sorted` (ascending, first entry <= value) that is <= `value`. */
export function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((sorted[mid] as number) <= value) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * The lines of a text, indexed once: offsets to 1-based lines and columns and back. Columns count
 * UTF-16 code units (a tab is one column), as remark does.
 */
export class LineIndex {
  /** `starts[n]` is the offset where line n + 1 starts. */
  readonly starts: readonly number[];

  constructor(
    readonly text: string,
    ends: LineEnds = "lf",
  ) {
    this.starts = lineStartsOf(text, ends);
  }

  get count(): number {
    return this.starts.length;
  }

  /** The 1-based line of an offset. */
  lineAt(offset: number): number {
    return lastAtOrBefore(this.starts, offset) + 1;
  }

  /** Offset where `line` starts (the end of the text past the last line). */
  start(line: number): number {
    return this.starts[line - 1] ?? this.text.length;
  }

  /** Offset just past the last character of `line`, before its line ending. */
  end(line: number): number {
    const next = this.starts[line];
    if (next === undefined) return this.text.length;
    let end = next;
    if (this.text.charCodeAt(end - 1) === 10) end--;
    if (this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  /** Where the line holding `offset` starts. */
  lineStartAt(offset: number): number {
    return this.start(this.lineAt(offset));
  }

  /** Where the line holding `offset` ends, before its line ending. */
  lineEndAt(offset: number): number {
    return this.end(this.lineAt(offset));
  }

  /** Where the line after the one holding `offset` starts (the end of the text on the last line). */
  nextLineStart(offset: number): number {
    return this.start(this.lineAt(offset) + 1);
  }

  pointAt(offset: number): Point {
    const index = lastAtOrBefore(this.starts, offset);
    return { line: index + 1, column: offset - (this.starts[index] as number) + 1, offset };
  }

  spanOf(start: number, end: number): Span {
    return { start: this.pointAt(start), end: this.pointAt(end) };
  }
}

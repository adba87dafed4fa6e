/**
 * Limits on input shapes that no resolution has, checked before the work they would make (measured in
 * bench/limits.ts; the numbers and why are in docs/known-limits.md). Each refusal is one line naming the
 * file, the reason and the limit (a FatalError: exit 2):
 *
 * - the size of one input (a resolution is 20 to 100 kB; the limit is a hundred times more);
 * - lists and block quotes nested hundreds of levels deep (remark and the structure pass recurse once
 *   per level, and would exhaust the stack);
 * - what goes to remark: the fast path reads plain text, of any size, in linear time; the blocks it
 *   declines (tables, HTML, code, e-mail addresses, emphasis that does not pair simply ...) go to remark,
 *   which takes a few microseconds and a few hundred bytes per character, and much more per Markdown
 *   mark: 1 MB of small tables took 30 s and 2 GB, a paragraph of 50,000 `*` marks grows with their
 *   square. So that text is limited in size and in marks.
 */
import { FatalError } from "../diagnostics/index.js";
import type { SourceText } from "./source.js";

/** The largest input read, in characters (and, by the CLI, in bytes): 10 MB. */
export const MAX_INPUT_SIZE = 10 * 1024 * 1024;

/** The deepest nesting of lists and block quotes read. */
export const MAX_NESTING = 100;

/** The most text read by remark in one document (the rest is the fast path's): 1 MB. */
export const MAX_REMARK_SIZE = 1024 * 1024;

/** The most Markdown marks (`MARKS`) in the text read by remark in one document. */
export const MAX_REMARK_MARKS = 20_000;

/** The characters that make remark's work grow faster than the text: emphasis, tables, links, code, HTML. */
const MARKS = new Set([42, 95, 124, 60, 62, 91, 93, 96, 126, 38]);
export const MARK_CHARACTERS = "* _ | < > [ ] ` ~ &";

/** "50.7 MB", "10 MB": a size as the messages give it, rounded up to a tenth (so over a limit reads over). */
export function megabytes(size: number): string {
  const tenths = Math.ceil(size / ((1024 * 1024) / 10));
  return `${tenths % 10 === 0 ? tenths / 10 : (tenths / 10).toFixed(1)} MB`;
}

/**
 * Throws a FatalError when one input is larger than `MAX_INPUT_SIZE` (characters or bytes); `sofar`:
 * the size read so far of an input whose end is not known (standard input).
 */
export function checkInputSize(size: number, file: string, sofar = false): void {
  if (size <= MAX_INPUT_SIZE) return;
  const is = sofar ? `is more than ${megabytes(MAX_INPUT_SIZE)}` : `is ${megabytes(size)}`;
  throw new FatalError(
    `${is}; the limit is ${megabytes(MAX_INPUT_SIZE)} for one input (a resolution is well under 1 MB)`,
    file,
  );
}

/** A list marker's nesting is counted as its indentation over 2 columns a level; a quote's by its ">". */
const NESTED_LINE = /^([ \t]*)(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)|^((?:[ \t]{0,3}>){2,})/gm;

/** Throws a FatalError naming the first line nested deeper than `MAX_NESTING`. */
export function checkNesting(source: SourceText): void {
  for (const match of source.text.matchAll(NESTED_LINE)) {
    const indent = match[1] === undefined ? 0 : columns(match[1]);
    const quotes = match[2] === undefined ? 0 : (match[2].match(/>/g) ?? []).length;
    const depth = Math.max(Math.floor(indent / 2), quotes);
    if (depth <= MAX_NESTING) continue;
    const line = source.lines.lineAt(match.index ?? 0);
    throw new FatalError(
      `is nested about ${depth} levels deep here (lists or block quotes); the limit is ${MAX_NESTING}, and a resolution nests its items a few levels at most`,
      source.file,
      line,
    );
  }
}

function columns(indent: string): number {
  let width = 0;
  for (const ch of indent) width = ch === "\t" ? width + 4 - (width % 4) : width + 1;
  return width;
}

/** A part of the source given to remark. */
export interface RemarkRange {
  start: number;
  end: number;
}

/**
 * Throws a FatalError when the parts of the source that go to remark hold more than
 * `MAX_REMARK_SIZE` characters or more than `MAX_REMARK_MARKS` marks; it names the line where the
 * limit is passed.
 */
export function checkRemarkShare(source: SourceText, ranges: readonly RemarkRange[]): void {
  const { text } = source;
  let size = 0;
  for (const range of ranges) size += range.end - range.start;
  let marks = 0;
  let passedAt = -1;
  for (const range of ranges) {
    for (let i = range.start; i < range.end; i++) {
      if (MARKS.has(text.charCodeAt(i)) && ++marks > MAX_REMARK_MARKS && passedAt < 0) passedAt = i;
    }
  }
  const what =
    "text that only the full Markdown reader takes (tables, HTML, code, e-mail addresses, link definitions, or emphasis that does not pair simply)";
  if (marks > MAX_REMARK_MARKS) {
    throw new FatalError(
      `has ${marks.toLocaleString("en")} Markdown marks (${MARK_CHARACTERS}) in ${what}; the limit is ${MAX_REMARK_MARKS.toLocaleString("en")}, passed on this line`,
      source.file,
      source.lines.lineAt(passedAt),
    );
  }
  if (size > MAX_REMARK_SIZE) {
    throw new FatalError(
      `has ${megabytes(size)} of ${what}, the first of it on this line; the limit is ${megabytes(MAX_REMARK_SIZE)}`,
      source.file,
      source.lines.lineAt(ranges[0]?.start ?? 0),
    );
  }
}

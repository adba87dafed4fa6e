/**
 * Limits on input shapes that no resolution has and that would exhaust the parser's stack: lists and
 * block quotes nested hundreds of levels deep (remark and the structure pass recurse once per level).
 * A resolution nests its items a few levels at most, so such a file is refused with the line and the
 * limit, before it is parsed.
 */
import { FatalError } from "../diagnostics/index.js";
import type { SourceText } from "./source.js";

/** The deepest nesting of lists and block quotes read. */
export const MAX_NESTING = 100;

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

/** The lines of one block, indexed once: every construct parser reads them by index. */
import { isBlank, lineEnd, lineStart, type SourceText } from "../source.js";
import type { BlockRange } from "./blocks.js";

export interface Lines {
  text: string;
  /** Offsets of line starts, line content ends (before the line ending) and next line starts. */
  starts: number[];
  ends: number[];
  nexts: number[];
  /** Blank lines (only spaces and tabs); only a list item may contain them. */
  blanks: boolean[];
  /** The source line of index 0: index k of these arrays is line `firstLine + k`. */
  firstLine: number;
}

export function readBlockLines(source: SourceText, block: BlockRange): Lines {
  const { text } = source;
  const lines: Lines = { text, starts: [], ends: [], nexts: [], blanks: [], firstLine: block.startLine };
  for (let line = block.startLine; line <= block.endLine; line++) {
    const start = lineStart(source, line);
    const end = line === block.endLine ? block.end : lineEnd(source, line);
    lines.blanks.push(isBlank(text, start, end));
    lines.starts.push(start);
    lines.ends.push(end);
    lines.nexts.push(lineStart(source, line + 1));
  }
  return lines;
}

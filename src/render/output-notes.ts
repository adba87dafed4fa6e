/**
 * What the outputs write differently from the source, as warnings on the source line (the
 * `output-characters` rule): CriticMarkup delimiters, escaped in the revision Markdown
 * (./critic-markup.ts), and characters a Word file cannot hold, written U+FFFD (./word/xml-text.ts).
 * The clean Markdown outputs and the diffs keep the source as it is, so they need no note.
 */
import { diagnostic, RULES } from "../diagnostics/index.js";
import type { Diagnostic, Resolution } from "../model.js";
import { LineIndex } from "../offsets.js";
import { locateDiagnostics } from "../paragraphs.js";
import { criticDelimitersIn, escapeCriticMarkup } from "./critic-markup.js";
import { NOT_IN_WORD } from "./word/xml-text.js";

/** Which outputs are written: the revision Markdown, the Word files. */
export interface WrittenOutputs {
  revision: boolean;
  word: boolean;
}

const codePoint = (ch: string) =>
  `U+${(ch.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, "0")}`;
const more = (n: number, what: string) => (n > 0 ? ` (and ${n} more ${what}${n === 1 ? "" : "s"})` : "");

/** One warning per source line that an output writes differently, in file and line order. */
export function outputCharacterNotes(
  resolutions: readonly Resolution[],
  outputs: WrittenOutputs,
): Diagnostic[] {
  const notes: Diagnostic[] = [];
  for (const resolution of resolutions) {
    const lines = new LineIndex(resolution.source);
    const at = (offset: number) => {
      const line = lines.lineAt(offset);
      return { line, column: offset - lines.start(line) + 1 };
    };
    const found: { offset: number; message: string }[] = [];
    if (outputs.revision) {
      for (const group of byLine(criticDelimitersIn(resolution.source), lines)) {
        const first = group[0] as { offset: number; delimiter: string };
        found.push({
          offset: first.offset,
          message: `holds the CriticMarkup delimiter "${first.delimiter}"${more(group.length - 1, "delimiter")}: the revision files write it "${escapeCriticMarkup(first.delimiter)}", so that a CriticMarkup reader does not take it for a revision mark`,
        });
      }
    }
    if (outputs.word) {
      const controls = [...resolution.source.matchAll(NOT_IN_WORD)].map((m) => ({
        offset: m.index,
        ch: m[0],
      }));
      for (const group of byLine(controls, lines)) {
        const first = group[0] as { offset: number; ch: string };
        found.push({
          offset: first.offset,
          message: `holds the control character ${codePoint(first.ch)}${more(group.length - 1, "character")}, which a Word file cannot hold: the Word proposals show U+FFFD (\ufffd) in its place`,
        });
      }
    }
    found.sort((a, b) => a.offset - b.offset);
    for (const f of found) {
      notes.push(diagnostic(RULES.outputCharacters, resolution.file, at(f.offset), f.message));
    }
  }
  return locateDiagnostics(notes, resolutions);
}

/** Occurrences grouped by the line they stand on, in order. */
function byLine<T extends { offset: number }>(found: readonly T[], lines: LineIndex): T[][] {
  const groups = new Map<number, T[]>();
  for (const f of found) {
    const line = lines.lineAt(f.offset);
    groups.set(line, [...(groups.get(line) ?? []), f]);
  }
  return [...groups.values()];
}

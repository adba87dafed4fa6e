/**
 * Positions in a Word input: a resolution read from a .docx file is parsed from its Markdown reading,
 * and `Resolution.origin` maps each line of that reading back to a Word paragraph. Items and
 * diagnostics of such an input are reported by paragraph ("¶12") rather than by line.
 */
import type { Diagnostic, Resolution } from "./model.js";

/**
 * The Word paragraph that `line` (1-based, of the Markdown reading) came from: the line's own, or for
 * a blank line the nearest paragraph before it. Undefined for a Markdown input.
 */
export function paragraphAt(resolution: Pick<Resolution, "origin">, line: number | null): number | undefined {
  const map = resolution.origin?.paragraphOfLine;
  if (!map || line === null) return undefined;
  for (let index = Math.min(line, map.length) - 1; index >= 0; index--) {
    const paragraph = map[index];
    if (paragraph !== null && paragraph !== undefined) return paragraph;
  }
  for (const paragraph of map) if (paragraph !== null) return paragraph;
  return undefined;
}

/** The diagnostics, those on a Word input given the paragraph they are in. */
export function locateDiagnostics(
  diagnostics: readonly Diagnostic[],
  resolutions: Iterable<Pick<Resolution, "file" | "origin">>,
): Diagnostic[] {
  const byFile = new Map<string, Pick<Resolution, "origin">>();
  for (const resolution of resolutions) if (resolution.origin) byFile.set(resolution.file, resolution);
  return diagnostics.map((d) => {
    const resolution = byFile.get(d.file);
    if (!resolution || d.paragraph !== undefined) return d;
    const paragraph = paragraphAt(resolution, d.line);
    return paragraph === undefined ? d : { ...d, paragraph };
  });
}

/**
 * The heading part of a resolution: Resolution 140 cites itself as the coming revision in its heading
 * ("RESOLUTION 140 (REV. BUCHAREST, 2022)"), its preamble ("(Bucharest, 2022),") and front matter.
 */
import { revisionPlaceYear } from "../domain/citations.js";
import type { Resolution } from "../model.js";
import type { HeaderChange } from "./types.js";

/** Markup-free, lower-case text of a line, to recognize the heading and preamble lines. */
function plainLine(line: string): string {
  return line
    .replace(/^#+\s*/, "")
    .replace(/[*_\\]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

/** Resolution 140 cites itself as the coming revision: heading, preamble and front matter. */
export function headerChanges(pp: Resolution, revision: string): HeaderChange[] {
  const changes: HeaderChange[] = [];
  const parsed = revisionPlaceYear(revision);
  const firstSection = pp.sections[0]?.span.start.offset ?? pp.source.length;
  const lines = pp.source.slice(0, firstSection).split(/(?<=\n)/);
  let offset = 0;
  let inFrontMatter = lines[0]?.replace(/\r?\n$/, "") === "---";
  let lineNo = 0;
  let headingDone = false;
  let preambleDone = false;
  for (const raw of lines) {
    lineNo++;
    const line = raw.replace(/\r?\n$/, "");
    const at = offset;
    offset += raw.length;
    if (inFrontMatter) {
      if (lineNo > 1 && line === "---") {
        inFrontMatter = false;
        continue;
      }
      const m = /^(revision:\s*)(["']?)(.*?)\2\s*$/.exec(line);
      if (m && (m[3] as string) !== revision) {
        const start = at + (m[1] as string).length + (m[2] as string).length;
        changes.push({
          part: "front-matter",
          line: lineNo,
          start,
          end: start + (m[3] as string).length,
          from: m[3] as string,
          to: revision,
        });
      }
      continue;
    }
    if (!headingDone && pp.heading && plainLine(line) === plainLine(pp.heading)) {
      headingDone = true;
      const m = /\(\s*((?:REV\.|Rev\.)?\s*[^()]*?,\s*\d{4})\s*\)/i.exec(line);
      if (m) {
        const from = m[1] as string;
        const upper = from === from.toUpperCase();
        const to = upper ? revision.toUpperCase() : revision;
        const start = at + (m.index ?? 0) + m[0].indexOf(from);
        if (from !== to)
          changes.push({ part: "heading", line: lineNo, start, end: start + from.length, from, to });
      }
      continue;
    }
    if (!preambleDone && parsed && pp.preamble && plainLine(line) === plainLine(pp.preamble)) {
      preambleDone = true;
      const m = /\(([^()]*?,\s*\d{4})\)[^()]*$/.exec(line);
      if (m) {
        const from = m[1] as string;
        const to = `${parsed.place}, ${parsed.year}`;
        const start = at + (m.index ?? 0) + 1;
        if (from !== to)
          changes.push({ part: "preamble", line: lineNo, start, end: start + from.length, from, to });
      }
    }
  }
  return changes;
}

/** The offset of the start of the heading line ("RESOLUTION 75 (REV. GENEVA, 2022)"), or null. */
export function headingOffset(doc: Resolution): number | null {
  if (!doc.heading) return null;
  const end = doc.sections[0]?.span.start.offset ?? doc.source.length;
  let offset = 0;
  for (const raw of doc.source.slice(0, end).split(/(?<=\n)/)) {
    if (plainLine(raw.replace(/\r?\n$/, "")) === plainLine(doc.heading)) return offset;
    offset += raw.length;
  }
  return null;
}

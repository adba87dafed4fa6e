/**
 * What `wsis-consolidate parse` prints, as data: the structure of one resolution as a plain object
 * and its JSON. The readable outline built from the same object is src/terminal/outline.ts.
 */
import type { ExtraBlock, Item, Resolution, Section } from "../model.js";
import { paragraphAt } from "../paragraphs.js";

export interface OutlineItem {
  label: string | null;
  labelRaw: string | null;
  ordinal: number | null;
  line: number;
  column: number;
  endLine: number;
  text: string;
  subitems: OutlineItem[];
  /** For a Word input: the paragraph of the label (`line` is then a line of the Markdown reading). */
  paragraph?: number;
}

export interface OutlineSection {
  keyword: string;
  family: string;
  kind: Section["kind"];
  line: number;
  column: number;
  endLine: number;
  items: OutlineItem[];
  /** For a Word input: the paragraph of the keyword. */
  paragraph?: number;
}

export interface Outline {
  file: string;
  role: Resolution["role"];
  roleSource: Resolution["roleSource"];
  number: string | null;
  revision: string | null;
  revisionPlace: string | null;
  revisionYear: number | null;
  revisionSuffix: number | null;
  heading: string | null;
  title: string | null;
  preamble: string | null;
  eol: "LF" | "CRLF";
  sections: OutlineSection[];
  extras: { after: ExtraBlock["after"]; line: number; endLine: number; text: string; paragraph?: number }[];
  /** "docx" for a Word input, whose places are paragraphs; absent for Markdown. */
  format?: "docx";
}

export function outlineOf(resolution: Resolution): Outline {
  // A Word input's places are also given as paragraphs; a Markdown input's output is unchanged.
  const at = (line: number) => {
    const paragraph = paragraphAt(resolution, line);
    return paragraph === undefined ? {} : { paragraph };
  };
  const outlineItem = (item: Item): OutlineItem => ({
    label: item.label,
    labelRaw: item.labelRaw,
    ordinal: item.ordinal,
    line: item.line,
    column: item.column,
    endLine: item.endLine,
    text: item.text,
    subitems: item.subitems.map(outlineItem),
    ...at(item.line),
  });
  return {
    file: resolution.file,
    role: resolution.role,
    roleSource: resolution.roleSource,
    number: resolution.number,
    revision: resolution.revision?.text ?? null,
    revisionPlace: resolution.revision?.place ?? null,
    revisionYear: resolution.revision?.year ?? null,
    revisionSuffix: resolution.revision?.suffix ?? null,
    heading: resolution.heading,
    title: resolution.title,
    preamble: resolution.preamble,
    eol: resolution.eol === "\r\n" ? "CRLF" : "LF",
    sections: resolution.sections.map((section) => ({
      keyword: section.keyword,
      family: section.family,
      kind: section.kind,
      line: section.line,
      column: section.column,
      endLine: section.span.end.line,
      items: section.items.map(outlineItem),
      ...at(section.line),
    })),
    extras: resolution.extras.map((extra) => ({
      after: extra.after,
      line: extra.line,
      endLine: extra.endLine,
      text: extra.text,
      ...at(extra.line),
    })),
    ...(resolution.origin ? { format: resolution.origin.format } : {}),
  };
}

export function formatOutlineJson(resolution: Resolution): string {
  return `${JSON.stringify(outlineOf(resolution), null, 2)}\n`;
}

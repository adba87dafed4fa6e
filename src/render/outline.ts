/**
 * What `wsis-consolidate parse` prints, as data: the structure of one resolution as a plain object
 * and its JSON. The readable outline built from the same object is src/terminal/outline.ts.
 */
import type { ExtraBlock, Item, Resolution, Section } from "../model.js";

export interface OutlineItem {
  label: string | null;
  labelRaw: string | null;
  ordinal: number | null;
  line: number;
  column: number;
  endLine: number;
  text: string;
  subitems: OutlineItem[];
}

export interface OutlineSection {
  keyword: string;
  family: string;
  kind: Section["kind"];
  line: number;
  column: number;
  endLine: number;
  items: OutlineItem[];
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
  extras: { after: ExtraBlock["after"]; line: number; endLine: number; text: string }[];
}

export function outlineOf(resolution: Resolution): Outline {
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
    })),
    extras: resolution.extras.map((extra) => ({
      after: extra.after,
      line: extra.line,
      endLine: extra.endLine,
      text: extra.text,
    })),
  };
}

function outlineItem(item: Item): OutlineItem {
  return {
    label: item.label,
    labelRaw: item.labelRaw,
    ordinal: item.ordinal,
    line: item.line,
    column: item.column,
    endLine: item.endLine,
    text: item.text,
    subitems: item.subitems.map(outlineItem),
  };
}

export function formatOutlineJson(resolution: Resolution): string {
  return `${JSON.stringify(outlineOf(resolution), null, 2)}\n`;
}

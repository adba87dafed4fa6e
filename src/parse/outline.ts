/**
 * What `wsis-consolidate parse` prints: the structure of one resolution, as JSON (data) or as a
 * readable outline (text). Both are built from the same plain object.
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

/** The readable outline: a header, then each section with its items, one line each, by source line. */
export function formatOutlineText(resolution: Resolution, width = 100): string {
  const outline = outlineOf(resolution);
  const lines: string[] = [];
  const field = (name: string, value: string | null) => {
    if (value !== null && value !== "") lines.push(`${`${name}:`.padEnd(10)}${clip(value, width - 10)}`);
  };
  lines.push(outline.file);
  const how =
    outline.roleSource === "front-matter"
      ? "from front matter"
      : outline.roleSource === "flag"
        ? "given"
        : "from the text";
  field("role", outline.role ? `${outline.role} (${how})` : "unknown");
  field("number", outline.number);
  field("revision", outline.revision);
  field("title", outline.title);
  field("preamble", outline.preamble);
  const itemCount = outline.sections.reduce((sum, section) => sum + section.items.length, 0);
  lines.push(
    `${outline.sections.length} sections, ${itemCount} items, ${outline.extras.length} other blocks`,
  );
  const lineWidth = String(Math.max(1, ...outline.sections.map((s) => s.endLine))).length;
  const at = (line: number) => String(line).padStart(lineWidth);
  for (const [index, section] of outline.sections.entries()) {
    lines.push("");
    lines.push(`${at(section.line)}  ${section.keyword}  [${section.family}, ${section.kind}]`);
    for (const item of section.items) itemLines(item, 1);
    for (const extra of outline.extras.filter((e) => e.after === index)) {
      lines.push(`${at(extra.line)}  ${"  ".repeat(1)}(other) ${clip(extra.text, width - 16)}`);
    }
  }
  const front = outline.extras.filter((extra) => extra.after === "front");
  if (front.length > 0) {
    lines.push("");
    lines.push("before the first keyword:");
    for (const extra of front) lines.push(`${at(extra.line)}  (other) ${clip(extra.text, width - 16)}`);
  }
  return `${lines.join("\n")}\n`;

  function itemLines(item: OutlineItem, depth: number): void {
    const label = (item.label ?? "·").padEnd(5);
    const indent = "  ".repeat(depth);
    lines.push(`${at(item.line)}  ${indent}${label} ${clip(item.text, width - indent.length - 12)}`);
    for (const sub of item.subitems) itemLines(sub, depth + 1);
  }
}

function clip(text: string, width: number): string {
  const max = Math.max(20, width);
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

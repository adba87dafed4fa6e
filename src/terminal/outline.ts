/** The readable outline that `wsis-consolidate parse` prints, from the same object as its JSON. */
import type { Resolution } from "../model.js";
import { type OutlineItem, outlineOf } from "../render/outline.js";

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
  // A Word input's places are paragraphs ("¶12"), a Markdown input's lines.
  const word = outline.format === "docx";
  // Loops, not Math.max(...spread): a document may have more items than a call has room for arguments.
  let lastParagraph = 1;
  let lastLine = 1;
  for (const s of outline.sections) {
    lastParagraph = Math.max(lastParagraph, s.paragraph ?? 1);
    for (const i of s.items) lastParagraph = Math.max(lastParagraph, i.paragraph ?? 1);
    lastLine = Math.max(lastLine, s.endLine);
  }
  const lineWidth = word ? String(lastParagraph).length + 1 : String(lastLine).length;
  const at = (line: number, paragraph?: number) =>
    (word && paragraph !== undefined ? `¶${paragraph}` : String(line)).padStart(lineWidth);
  const extrasAfter = new Map<number | "front", typeof outline.extras>();
  for (const extra of outline.extras) {
    const list = extrasAfter.get(extra.after);
    if (list) list.push(extra);
    else extrasAfter.set(extra.after, [extra]);
  }
  for (const [index, section] of outline.sections.entries()) {
    lines.push("");
    lines.push(
      `${at(section.line, section.paragraph)}  ${section.keyword}  [${section.family}, ${section.kind}]`,
    );
    for (const item of section.items) itemLines(item, 1);
    for (const extra of extrasAfter.get(index) ?? []) {
      lines.push(
        `${at(extra.line, extra.paragraph)}  ${"  ".repeat(1)}(other) ${clip(extra.text, width - 16)}`,
      );
    }
  }
  const front = extrasAfter.get("front") ?? [];
  if (front.length > 0) {
    lines.push("");
    lines.push("before the first keyword:");
    for (const extra of front)
      lines.push(`${at(extra.line, extra.paragraph)}  (other) ${clip(extra.text, width - 16)}`);
  }
  return `${lines.join("\n")}\n`;

  function itemLines(item: OutlineItem, depth: number): void {
    const label = (item.label ?? "·").padEnd(5);
    const indent = "  ".repeat(depth);
    lines.push(
      `${at(item.line, item.paragraph)}  ${indent}${label} ${clip(item.text, width - indent.length - 12)}`,
    );
    for (const sub of item.subitems) itemLines(sub, depth + 1);
  }
}

function clip(text: string, width: number): string {
  const max = Math.max(20, width);
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

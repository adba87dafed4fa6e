/**
 * Items as the structure pass drafts them, and the model's items and sections made from the drafts.
 * A letter placed on a roman level ("i)" after a chapeau) takes the roman ordinal and label.
 */
import type { Item, Section } from "../../model.js";
import type { Unit } from "../lines.js";
import { collapse } from "../plain-text.js";
import { isBlank, lineEnd, lineStart, pointAt, type SourceText, spanOf } from "../source.js";
import type { Placement } from "./item-placement.js";
import { sequenceProblem } from "./label-sequence.js";
import type { LineLabel } from "./line-label.js";
import {
  currentSection,
  type ItemDraft,
  type Level,
  type Reading,
  type SectionDraft,
  warn,
} from "./state.js";

/** A line without a label: `text` at `column`. */
export function unlabelled(column: number, text: string): LineLabel {
  return { label: null, raw: null, rawRange: null, column, text };
}

/** Opens an item on the level `placement` chose (closing the levels below it); `start` is where its source starts. */
export function addItem(
  reading: Reading,
  unit: Unit,
  written: LineLabel,
  placement: Placement,
  start: number = unit.spanStart,
): void {
  reading.path = reading.path.slice(0, placement.level + 1);
  const level = reading.path[placement.level] as Level;
  if (level.kind === null || level.kind === "none") level.kind = placement.kind;
  const { label } = written;
  const asRoman = placement.kind === "roman" && label?.kind === "letter";
  const ordinal = label ? (asRoman ? label.romanOrdinal : label.ordinal) : null;
  const canonical = label ? (asRoman ? `${label.plain.replace(/[().]/g, "")})` : label.canonical) : null;
  if (label && ordinal !== null) {
    const problem = sequenceProblem(level, label, canonical as string, ordinal, placement.kind);
    if (problem) warn(reading, unit.start, problem.rule, problem.message);
  }
  if (ordinal !== null && !label?.insertion) level.lastOrdinal = ordinal;
  const item: ItemDraft = {
    label: canonical,
    labelRaw: written.raw,
    labelRange: written.rawRange,
    ordinal,
    kind: placement.kind,
    parts: [written.text],
    line: unit.line,
    column: written.column,
    start,
    end: unit.end,
    listItem: unit.marker ? (unit.containers[unit.containers.length - 1] ?? null) : null,
    children: null,
  };
  level.items.push(item);
  level.last = item;
  reading.target = { type: "item", item };
  const section = currentSection(reading) as SectionDraft;
  section.open = false;
  section.end = Math.max(section.end, unit.end);
}

/** A line that continues an item's text. */
export function extendItem(item: ItemDraft, unit: Unit, text: string): void {
  item.parts.push(text);
  item.end = Math.max(item.end, unit.end);
}

export function finishItem(draft: ItemDraft, source: SourceText): Item {
  const subitems = draft.children ? draft.children.items.map((child) => finishItem(child, source)) : [];
  // A loop, not Math.max(...spread): an item may have more sub-items than a call has room for arguments.
  let end = draft.end;
  for (const sub of subitems) end = Math.max(end, sub.span.end.offset);
  const span = spanOf(source, draft.start, end);
  const label = draft.labelRange;
  return {
    label: draft.label,
    labelRaw: draft.labelRaw,
    ordinal: draft.ordinal,
    text: collapse(draft.parts.join(" ")),
    subitems,
    line: draft.line,
    column: draft.column,
    endLine: span.end.line,
    span,
    source: source.text.slice(draft.start, end),
    labelSpan: label ? spanOf(source, label.start, label.end) : null,
    blankLineBefore: blankLineBefore(source, span.start.line),
  };
}

/** The line before `line` is blank, and is not the first line (so something stands above the blank). */
function blankLineBefore(source: SourceText, line: number): boolean {
  return line > 2 && isBlank(source.text, lineStart(source, line - 1), lineEnd(source, line - 1));
}

export function finishSection(draft: SectionDraft, source: SourceText): Section {
  const items = draft.root.items.map((item) => finishItem(item, source));
  let end = Math.max(draft.end, draft.keywordEnd);
  for (const item of items) end = Math.max(end, item.span.end.offset);
  const start = pointAt(source, draft.start);
  const keywordSpan = { start, end: pointAt(source, draft.keywordEnd) };
  return {
    keyword: draft.keyword,
    family: draft.family,
    kind: draft.kind,
    line: start.line,
    column: start.column,
    span: { start, end: pointAt(source, end) },
    items,
    keywordSource: source.text.slice(draft.start, draft.keywordEnd),
    keywordSpan,
  };
}

/**
 * Lines to structure: keyword sections, their items and sub-items, and whatever is neither (kept as
 * extra blocks). Reads the units in source order, deciding for each what it is: a keyword line
 * (keyword-lines.ts), an item or sub-item (item-placement.ts, label-sequence.ts), a continuation of the
 * line before (continuation.ts), front text, or an extra block (extras.ts).
 */

import { diagnostic, RULES } from "../../diagnostics/index.js";
import type { Diagnostic, ExtraBlock, Section } from "../../model.js";
import type { Unit } from "../lines.js";
import { pointAt, type SourceText } from "../source.js";
import { readContinuation } from "./continuation.js";
import { addExtra, opensTrailingPart, toExtra } from "./extras.js";
import { containingLevel, placeLabel } from "./item-placement.js";
import { addItem, extendItem, finishSection, unlabelled } from "./items.js";
import {
  type KeywordLine,
  keywordOf,
  looksLikeKeyword,
  openSection,
  openUnknownKeyword,
} from "./keyword-lines.js";
import { type LineLabel, lineLabel } from "./line-label.js";
import {
  currentSection,
  type ItemDraft,
  type Level,
  newReading,
  type Reading,
  type SectionDraft,
  warn,
} from "./state.js";

export { frontExtras } from "./extras.js";

export interface Structure {
  sections: Section[];
  extras: ExtraBlock[];
  /** Text units before the first keyword (heading, title, preamble ...), for `readFront`. */
  frontUnits: Unit[];
  diagnostics: Diagnostic[];
}

export function buildStructure(units: readonly Unit[], source: SourceText): Structure {
  const reading = newReading(source);
  for (let index = 0; index < units.length; index++) {
    const unit = units[index] as Unit;
    const next = units[index + 1];
    const singleLine = !next || next.blockStart || next.block !== unit.block;
    readUnit(reading, unit, singleLine);
    reading.previous = unit;
  }
  const sections = reading.sections.map((section) => finishSection(section, source));
  return {
    sections,
    extras: reading.extras.map((extra) => toExtra(extra, source)),
    frontUnits: reading.frontUnits,
    diagnostics: [...reading.diagnostics, ...emptyKeywordGroups(sections, source.file)],
  };
}

/**
 * A keyword line with no item under it (`empty-keyword-group`). Raised here only: `check` reports the
 * parser's diagnostics, so the rule has one source.
 */
export function emptyKeywordGroups(sections: readonly Section[], file: string): Diagnostic[] {
  return sections
    .filter((section) => section.items.length === 0)
    .map((section) =>
      diagnostic(
        RULES.emptyKeywordGroup,
        file,
        { line: section.line, column: section.column },
        `The keyword line "${section.keyword}" has no item under it; add the item, or remove the keyword line.`,
      ),
    );
}

function readUnit(reading: Reading, unit: Unit, singleLine: boolean): void {
  if (reading.trailing) {
    addExtra(reading, unit, !unit.blockStart);
    return;
  }
  if (unit.kind === "opaque") {
    readOpaque(reading, unit);
    return;
  }
  // "…(Rev. Dubai,\n2018) …" in a list item: CommonMark opens item "2018", a reader sees wrapped text.
  const year = unit.marker?.ordered && (unit.marker.value ?? 0) > 999 && reading.target?.type === "item";
  if (year) unit.text = `${unit.marker?.raw} ${unit.text}`;
  if (year || !(unit.blockStart || unit.marker !== null)) readContinuation(reading, unit);
  else readBlockStart(reading, unit, singleLine);
}

/** A table, quote or code block: part of the item whose list item holds it, else an extra block. */
function readOpaque(reading: Reading, unit: Unit): void {
  const level = containingLevel(reading.path, unit);
  if (reading.target?.type !== "item" || level < 0) {
    addExtra(reading, unit, false);
    return;
  }
  const owner = (reading.path[level] as Level).last as ItemDraft;
  owner.end = Math.max(owner.end, unit.end);
  const section = currentSection(reading);
  if (section) section.end = Math.max(section.end, unit.end);
}

/** The first line of a paragraph, heading or list item. */
function readBlockStart(reading: Reading, unit: Unit, singleLine: boolean): void {
  if (opensTrailingPart(reading, unit, singleLine)) {
    reading.trailing = true;
    addExtra(reading, unit, false);
    return;
  }
  const keyword = keywordOf(unit, singleLine);
  if (keyword) {
    readKeywordLine(reading, unit, keyword);
    return;
  }
  const written = lineLabel(unit, reading.source);
  const section = currentSection(reading);
  if (!section) readFrontLine(reading, unit, written);
  else if (written.label) {
    const placement = placeLabel(reading, written.label, unit, false);
    if (placement) addItem(reading, unit, written, placement);
  } else readUnlabelled(reading, unit, section, singleLine, written);
}

/** Opens the section; text after an emphasized keyword on its line is its first, unlabelled item. */
function readKeywordLine(reading: Reading, unit: Unit, keyword: KeywordLine): void {
  openSection(reading, keyword.match, unit, keyword.end);
  if (keyword.rest === "") return;
  const { text } = reading.source;
  let restStart = keyword.end;
  while (restStart < unit.end && /[\s,:]/.test(text.charAt(restStart))) restStart++;
  const column = pointAt(reading.source, restStart).column;
  addItem(reading, unit, unlabelled(column, keyword.rest), { level: 0, kind: "none" }, restStart);
}

/** Before the first keyword: heading, title and preamble text, or an item that has no section yet. */
function readFrontLine(reading: Reading, unit: Unit, written: LineLabel): void {
  const { label } = written;
  if (label && label.kind !== "dash") {
    warn(
      reading,
      unit.start,
      RULES.itemBeforeKeyword,
      `Item "${label.canonical}" stands before any keyword line; put the keyword (such as *recalling*) above it.`,
    );
    addExtra(reading, unit, false);
    return;
  }
  reading.frontUnits.push(unit);
  reading.target = { type: "front" };
}

/**
 * A paragraph without a label: more text of the list item it is in, an unknown keyword, an item of a
 * section whose items have no labels, or orphan text (kept as an extra block, with a warning).
 */
function readUnlabelled(
  reading: Reading,
  unit: Unit,
  section: SectionDraft,
  singleLine: boolean,
  written: LineLabel,
): void {
  const containing = containingLevel(reading.path, unit);
  if (containing >= 0) {
    const item = (reading.path[containing] as Level).last as ItemDraft;
    extendItem(item, unit, unit.text);
    reading.path = reading.path.slice(0, containing + 1);
    reading.target = { type: "item", item };
  } else if (looksLikeKeyword(unit, singleLine)) {
    openUnknownKeyword(reading, unit);
  } else if (section.root.kind === null || (section.root.kind === "none" && reading.path.length === 1)) {
    addItem(reading, unit, written, { level: 0, kind: "none" });
  } else {
    warn(
      reading,
      unit.start,
      RULES.orphanText,
      "This paragraph has no label and belongs to no item; give it a label, join it to the item above, or move it after the operative part.",
    );
    addExtra(reading, unit, false);
  }
}

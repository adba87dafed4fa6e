/**
 * What is open while the structure pass reads the units in order: the sections and extra blocks
 * drafted so far, the stack of open label levels, and where a continuation line would go.
 */
import { diagnostic, type Rule } from "../../diagnostics/index.js";
import type { Diagnostic, SectionKind } from "../../model.js";
import type { LabelKind } from "../labels.js";
import type { Unit } from "../lines.js";
import { pointAt, type SourceText } from "../source.js";

/** The lettering of a level: a label kind, or "none" for items without labels. */
export type LevelKind = LabelKind | "none";

export interface ItemDraft {
  label: string | null;
  labelRaw: string | null;
  labelRange: { start: number; end: number } | null;
  ordinal: number | null;
  kind: LevelKind;
  parts: string[];
  line: number;
  column: number;
  start: number;
  end: number;
  /** The list item it was opened by (the innermost container of its first line), if any. */
  listItem: number | null;
  children: Level | null;
}

/** One level of lettering: the items of a section, or the sub-items of one item. */
export interface Level {
  kind: LevelKind | null;
  items: ItemDraft[];
  last: ItemDraft | null;
  lastOrdinal: number | null;
  owner: ItemDraft | null;
}

export interface SectionDraft {
  keyword: string;
  family: string;
  kind: SectionKind;
  start: number;
  keywordEnd: number;
  end: number;
  root: Level;
  /** The keyword may still continue on the next line ("instructs the Director of the ... / Bureau"). */
  open: boolean;
}

export interface ExtraDraft {
  after: "front" | number;
  start: number;
  end: number;
  parts: string[];
  block: number;
}

/** Where a line that continues the one before it goes. */
export type Target =
  | { type: "item"; item: ItemDraft }
  | { type: "keyword"; section: SectionDraft }
  | { type: "extra"; extra: ExtraDraft }
  | { type: "front" }
  | null;

export interface Reading {
  source: SourceText;
  sections: SectionDraft[];
  extras: ExtraDraft[];
  /** Text units before the first keyword, for `readFront`. */
  frontUnits: Unit[];
  diagnostics: Diagnostic[];
  /** The open levels of the current section, outermost (its items) first. */
  path: Level[];
  target: Target;
  /** In the part after the operative text (annexes, notes): everything is an extra block. */
  trailing: boolean;
  /** The unit read just before. */
  previous: Unit | null;
  operativeSections: number;
}

export function newReading(source: SourceText): Reading {
  return {
    source,
    sections: [],
    extras: [],
    frontUnits: [],
    diagnostics: [],
    path: [],
    target: null,
    trailing: false,
    previous: null,
    operativeSections: 0,
  };
}

export const newLevel = (owner: ItemDraft | null): Level => ({
  kind: null,
  items: [],
  last: null,
  lastOrdinal: null,
  owner,
});

export function currentSection(reading: Reading): SectionDraft | null {
  return reading.sections[reading.sections.length - 1] ?? null;
}

export function warn(reading: Reading, offset: number, rule: Rule, message: string): void {
  reading.diagnostics.push(diagnostic(rule, reading.source.file, pointAt(reading.source, offset), message));
}

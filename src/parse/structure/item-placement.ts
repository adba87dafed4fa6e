/**
 * Where a labelled line goes, the way a reader follows "a) ... i) ... ii) ... b)": a label continues
 * the deepest open level that expects it, opens a level under the current item when its style is new,
 * and list nesting in the Markdown is obeyed (an item never leaves the list item it is written in).
 */
import type { Label, LabelKind } from "../labels.js";
import type { Unit } from "../lines.js";
import { type ItemDraft, type Level, type LevelKind, newLevel, type Reading } from "./state.js";

/** Where an item goes: the index of its level in the open path (maybe a new one), and the kind it takes there. */
export interface Placement {
  level: number;
  kind: LevelKind;
}

/** The deepest open item whose list item contains this unit (a later paragraph or a nested list). */
export function containingLevel(path: readonly Level[], unit: Unit): number {
  for (let i = path.length - 1; i >= 0; i--) {
    const last = (path[i] as Level).last;
    if (last?.listItem !== null && last?.listItem !== undefined && unit.containers.includes(last.listItem))
      return i;
  }
  return -1;
}

/** Where a label goes; with `dryRun`, a new sub-level is only reported, not opened. */
export function placeLabel(
  reading: Reading,
  label: Label,
  unit: Unit,
  dryRun: boolean,
): { level: number; kind: LabelKind } | null {
  const { path } = reading;
  const minimum = containingLevel(path, unit) + 1;
  const deepest = path[path.length - 1] as Level;
  const openSubLevel = (kind: LabelKind) => {
    if (dryRun) return { level: path.length, kind };
    const owner = deepest.last as ItemDraft;
    owner.children = newLevel(owner);
    path.push(owner.children);
    return { level: path.length - 1, kind };
  };
  // "h) ... the following:" then "i)": a chapeau announces sub-items, so "i)" is roman, not the letter.
  const chapeau = deepest.last !== null && deepest.last.children === null && endsWithColon(deepest.last);
  if (label.kind === "letter" && label.romanOrdinal === 1 && chapeau) return openSubLevel("roman");
  for (let j = path.length - 1; j >= minimum; j--) {
    const kind = expectedKind(path[j] as Level, label);
    if (kind) return { level: j, kind };
  }
  // "i)" that no level expects opens roman sub-items rather than being a letter out of sequence.
  const opensRoman = label.romanOrdinal === 1;
  for (let j = path.length - 1; j >= minimum; j--) {
    const kind = sameKind(path[j] as Level, label);
    if (kind && !(opensRoman && kind === "letter")) return { level: j, kind };
  }
  const kind: LabelKind = label.romanOrdinal === 1 ? "roman" : label.kind;
  if (deepest.kind === null || (deepest.kind === "none" && path.length - 1 >= minimum)) {
    return { level: path.length - 1, kind };
  }
  return openSubLevel(kind);
}

/** A label on a hard-wrapped line counts only where a new item could begin. */
export function plausibleOnContinuation(reading: Reading, label: Label, unit: Unit): boolean {
  const { previous, path } = reading;
  if (label.kind === "dash") return previous !== null && /[:;]$/.test(previous.text);
  if (path.length === 0) return false;
  const placement = placeLabel(reading, label, unit, true);
  if (!placement) return false;
  const level = path[placement.level];
  const ordinal = placement.kind === "roman" && label.kind === "letter" ? label.romanOrdinal : label.ordinal;
  if (!level || level.kind === null) return ordinal === 1;
  return ordinal === (level.lastOrdinal ?? 0) + 1;
}

function endsWithColon(item: ItemDraft): boolean {
  for (let i = item.parts.length - 1; i >= 0; i--) {
    const part = (item.parts[i] as string).trimEnd();
    if (part !== "") return part.endsWith(":");
  }
  return false;
}

/** The lettering kind a level continues with this label, if the label is the next one it expects. */
function expectedKind(level: Level, label: Label): LabelKind | null {
  const next = (level.lastOrdinal ?? 0) + 1;
  switch (level.kind) {
    case "letter":
      return label.kind === "letter" &&
        (label.ordinal === next || (label.insertion !== null && label.ordinal === next - 1))
        ? "letter"
        : null;
    case "roman":
      if (label.kind === "roman" && label.ordinal === next) return "roman";
      return label.kind === "letter" && label.romanOrdinal === next ? "roman" : null;
    case "number":
      return label.kind === "number" &&
        (label.ordinal === next || (label.insertion !== null && label.ordinal === next - 1))
        ? "number"
        : null;
    case "decimal":
      return label.kind === "decimal" && label.ordinal === next ? "decimal" : null;
    case "dash":
      return label.kind === "dash" ? "dash" : null;
    default:
      return null;
  }
}

/** The kind a level takes this label as, when the label has the level's style (in or out of sequence). */
function sameKind(level: Level, label: Label): LabelKind | null {
  if (level.kind === label.kind) return label.kind;
  if (level.kind === "roman" && label.kind === "letter" && label.romanOrdinal !== null) return "roman";
  if (level.kind === "none") return label.kind;
  return null;
}

/**
 * Whether a label follows the one before it on its level: "c)" after "b)", "a bis)" after "a)", "2.3"
 * under item 2. A label out of sequence is still read where it was placed; this only says what to fix.
 */
import { RULES, type Rule } from "../../diagnostics/index.js";
import { type Label, labelFor } from "../labels.js";
import type { Level, LevelKind } from "./state.js";

export interface SequenceProblem {
  rule: Rule;
  message: string;
}

/** What is wrong with `label` (read as `canonical`, `ordinal` on `level`), or null when it is in sequence. */
export function sequenceProblem(
  level: Level,
  label: Label,
  canonical: string,
  ordinal: number,
  kind: LevelKind,
): SequenceProblem | null {
  if (kind === "none") return null;
  const previousOrdinal = level.lastOrdinal;
  if (label.insertion) {
    if (previousOrdinal === ordinal) return null;
    return {
      rule: RULES.labelSequence,
      message: `Label "${canonical}" inserts after item ${labelFor(kind, ordinal)}, which is not the item before it; check the numbering.`,
    };
  }
  const parentOrdinal = level.owner?.ordinal;
  if (
    kind === "decimal" &&
    label.parts &&
    level.owner?.kind === "number" &&
    label.parts[0] !== parentOrdinal
  ) {
    return {
      rule: RULES.labelSequence,
      message: `Label "${canonical}" stands under item ${parentOrdinal}; renumber it ${parentOrdinal}.${ordinal} or move it.`,
    };
  }
  if (previousOrdinal !== null && ordinal === previousOrdinal) {
    return {
      rule: RULES.labelRepeated,
      message: `Label "${canonical}" repeats the label of the item before it; re-letter or renumber the items.`,
    };
  }
  const expected = (previousOrdinal ?? 0) + 1;
  if (ordinal === expected) return null;
  const parentLabel = level.owner?.label ?? undefined;
  const want = labelFor(kind, expected, parentLabel);
  const before =
    previousOrdinal === null ? "opens its list" : `follows "${labelFor(kind, previousOrdinal, parentLabel)}"`;
  return {
    rule: RULES.labelSequence,
    message: `Label "${canonical}" ${before}; expected "${want}". Fix the numbering, or add the missing item.`,
  };
}

/**
 * What the parser keeps without mapping it to the model: text before the first keyword that is not
 * the heading, title or preamble, blocks no item owns (tables, orphan paragraphs), and the part after
 * the operative text (annexes, notes). Consecutive lines of one block make one extra block.
 */
import type { ExtraBlock } from "../../model.js";
import { isTrailingPartHeading } from "../keywords.js";
import { readLabel } from "../labels.js";
import type { Unit } from "../lines.js";
import { collapse } from "../plain-text.js";
import { type SourceText, spanOf } from "../source.js";
import { currentSection, type ExtraDraft, type Reading } from "./state.js";

/** Keeps a unit as an extra block: joined to the one being drafted when `continuing` its block. */
export function addExtra(reading: Reading, unit: Unit, continuing: boolean): void {
  const last = reading.target?.type === "extra" ? reading.target.extra : null;
  if (continuing && last && last.block === unit.block) {
    last.end = Math.max(last.end, unit.end);
    last.parts.push(unit.text);
  } else {
    const extra: ExtraDraft = {
      after: reading.sections.length === 0 ? "front" : reading.sections.length - 1,
      start: unit.spanStart,
      end: unit.end,
      parts: [unit.text],
      block: unit.block,
    };
    reading.extras.push(extra);
    reading.target = { type: "extra", extra };
  }
  const section = currentSection(reading);
  if (section && !reading.trailing) section.end = Math.max(section.end, unit.end);
}

/** A line that opens the part after the operative text ("ANNEX", "Notes"), on a line of its own. */
export function opensTrailingPart(reading: Reading, unit: Unit, singleLine: boolean): boolean {
  return (
    reading.operativeSections > 0 &&
    (unit.heading || unit.lead?.whole === true || singleLine) &&
    isTrailingPartHeading(unit.text) &&
    !readLabel(unit.text)
  );
}

/** Front text that is not the heading, title or preamble (a history line, a note): kept, one per paragraph. */
export function frontExtras(
  units: readonly Unit[],
  used: ReadonlySet<Unit>,
  source: SourceText,
): ExtraBlock[] {
  const extras: ExtraBlock[] = [];
  let draft: ExtraDraft | null = null;
  for (const unit of units) {
    if (used.has(unit)) {
      if (draft) extras.push(toExtra(draft, source));
      draft = null;
      continue;
    }
    if (draft && !unit.blockStart && unit.block === draft.block) {
      draft.end = unit.end;
      draft.parts.push(unit.text);
      continue;
    }
    if (draft) extras.push(toExtra(draft, source));
    draft = { after: "front", start: unit.spanStart, end: unit.end, parts: [unit.text], block: unit.block };
  }
  if (draft) extras.push(toExtra(draft, source));
  return extras;
}

export function toExtra(extra: ExtraDraft, source: SourceText): ExtraBlock {
  const span = spanOf(source, extra.start, extra.end);
  return {
    after: extra.after,
    line: span.start.line,
    endLine: span.end.line,
    span,
    source: source.text.slice(extra.start, extra.end),
    text: collapse(extra.parts.join(" ")),
  };
}

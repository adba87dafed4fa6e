/**
 * The label a line opens with: read from its plain text ("a)" from `**a)**` or `a\)`), or given by
 * its list marker ("1." is item 1, "-" a dash item), with how it is written in the source.
 */
import { type Label, rawLabelEnd, readLabel } from "../labels.js";
import type { Unit } from "../lines.js";
import { pointAt, type SourceText } from "../source.js";

export interface LineLabel {
  label: Label | null;
  /** As written ("**a)**", "a\\)", "1.", "-"), or null without a label. */
  raw: string | null;
  /** Where `raw` stands in the source; null without a label, or when the source spells it otherwise (an entity). */
  rawRange: { start: number; end: number } | null;
  /** 1-based column of the label (of the list marker for a label it gives). */
  column: number;
  /** The line's text after the label. */
  text: string;
}

export function lineLabel(unit: Unit, source: SourceText): LineLabel {
  const label = readLabel(unit.text);
  if (label) {
    const rawEnd = rawLabelEnd(source.text, unit.start, label.plain);
    const spelt = rawEnd > unit.start;
    return {
      label,
      raw: spelt ? source.text.slice(unit.start, rawEnd) : label.plain,
      rawRange: spelt ? { start: unit.start, end: rawEnd } : null,
      column: pointAt(source, unit.start).column,
      text: unit.text.slice(label.textStart),
    };
  }
  const marker = unit.marker;
  if (marker) {
    const column = pointAt(source, unit.spanStart).column;
    const given = marker.ordered && marker.value !== null ? `${marker.value} ` : "– ";
    const rawRange = source.text.startsWith(marker.raw, unit.spanStart)
      ? { start: unit.spanStart, end: unit.spanStart + marker.raw.length }
      : null;
    return { label: readLabel(given) as Label, raw: marker.raw, rawRange, column, text: unit.text };
  }
  return {
    label: null,
    raw: null,
    rawRange: null,
    column: pointAt(source, unit.start).column,
    text: unit.text,
  };
}

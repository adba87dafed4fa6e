/**
 * The Markdown of a planned document is one list of edits over its source, applied twice: once for the
 * clean text, once for the revision marks. Every untouched byte stays as it is.
 */
import { lastAtOrBefore, lineStartsOf } from "../offsets.js";
import type { PlannedItem } from "../plan/types.js";
import { escapeCriticMarkup } from "./critic-markup.js";
import type { TextChange } from "./diff.js";

/** Where a new item starts in the clean text of an edit (`at` relative to it). */
export interface Anchor {
  item: PlannedItem;
  at: number;
}

/** One replacement of `source[start, end)`: `clean` in the proposed text, `revision` in the marked one. */
export interface Edit {
  start: number;
  end: number;
  clean: string;
  revision: string;
  anchors?: Anchor[];
}

/** A kept item, by where its chunk starts in the source. */
export interface KeptItem {
  item: PlannedItem;
  offset: number;
}

/**
 * Applies the edits, sorted (at one offset, insertions before replacements). For the clean text it
 * also records where each kept item (by its source offset) and each new item (by anchor) lands. In
 * the revision, the source between edits has its CriticMarkup delimiters escaped (./critic-markup.ts).
 */
export function applyEdits(
  source: string,
  edits: readonly Edit[],
  mode: "clean" | "revision",
  kept: readonly KeptItem[] = [],
  positions?: Map<PlannedItem, number>,
): string {
  const sorted = edits
    .map((e, order) => ({ ...e, order }))
    .sort(
      (a, b) => a.start - b.start || Number(a.end > a.start) - Number(b.end > b.start) || a.order - b.order,
    );
  const copy = mode === "revision" ? escapeCriticMarkup : (text: string) => text;
  const pending = [...kept].sort((a, b) => a.offset - b.offset);
  let next = 0;
  let out = "";
  let cursor = 0;
  const flush = (limit: number, inclusive: boolean) => {
    while (positions && next < pending.length) {
      const k = pending[next] as KeptItem;
      if (k.offset > limit || (k.offset === limit && !inclusive)) break;
      positions.set(k.item, out.length + Math.max(0, k.offset - cursor));
      next++;
    }
  };
  for (const e of sorted) {
    if (e.start < cursor) {
      throw new Error(
        `internal: overlapping edits at offset ${e.start} (text up to ${cursor} already written)`,
      );
    }
    // A kept item at an insertion point comes after the inserted text.
    flush(e.start, e.end > e.start);
    out += copy(source.slice(cursor, e.start));
    if (positions) for (const a of e.anchors ?? []) positions.set(a.item, out.length + a.at);
    out += e[mode];
    cursor = e.end;
  }
  flush(Number.POSITIVE_INFINITY, true);
  return out + copy(source.slice(cursor));
}

/** The 1-based line of each item from its offset in the text. */
export function lineNumbers(text: string, positions: Map<PlannedItem, number>): Map<PlannedItem, number> {
  const starts = lineStartsOf(text);
  const lines = new Map<PlannedItem, number>();
  for (const [item, offset] of positions) {
    // A chunk may start with blank space: its line is that of its first character.
    const at = offset + (/^\s*/.exec(text.slice(offset, offset + 200))?.[0].length ?? 0);
    lines.set(item, lastAtOrBefore(starts, at) + 1);
  }
  return lines;
}

/** The replacements of the source that give the clean text, in source order (for the unified diff). */
export function sourceChanges(source: string, edits: readonly Edit[]): TextChange[] {
  return edits
    .filter((e) => e.clean !== source.slice(e.start, e.end))
    .map((e) => ({ start: e.start, end: e.end, text: e.clean }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
}

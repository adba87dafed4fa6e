/** Line and column of an offset in a resolution's source, for findings inside an item's text. */
import type { Item, Resolution } from "../model.js";
import { lastAtOrBefore, lineStartsOf } from "../offsets.js";
import { paragraphAt } from "../paragraphs.js";

const starts = new WeakMap<Resolution, number[]>();

/** The 1-based line and column of `offset` in `resolution.source`. */
export function placeAt(resolution: Resolution, offset: number): { line: number; column: number } {
  let lines = starts.get(resolution);
  if (!lines) {
    lines = lineStartsOf(resolution.source);
    starts.set(resolution, lines);
  }
  const index = lastAtOrBefore(lines, offset);
  return { line: index + 1, column: offset - (lines[index] as number) + 1 };
}

/** Where an item stands: its label, or its first character. */
export function itemPlace(item: Item): { line: number; column: number } {
  return { line: item.line, column: item.column };
}

/** An item and its sub-items at any depth, in reading order. */
export function* itemParts(item: Item): Generator<Item> {
  yield item;
  for (const sub of item.subitems) yield* itemParts(sub);
}

/**
 * "res-140.md:22", as a message names another place; "res-140.docx ¶12" for a Word input (its
 * paragraph, as Word shows them, not a line of its Markdown reading).
 */
export function placeName(
  file: string,
  line: number | null,
  resolution?: Pick<Resolution, "origin">,
): string {
  const paragraph = resolution ? paragraphAt(resolution, line) : undefined;
  if (paragraph !== undefined) return `${file} ¶${paragraph}`;
  return line === null ? file : `${file}:${line}`;
}

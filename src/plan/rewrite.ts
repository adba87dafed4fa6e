/**
 * What a rewrite of a text for Resolution 140 collects (src/plan/neutral.ts, src/plan/agreement.ts):
 * replacements of spans of the text, the agreements made, and the words put in [square brackets]
 * because no rewrite is certain, each with the reason the drafters read in the review note.
 */
import type { Word } from "./sentence.js";

/** A replacement of `[start, end)` of the text being rewritten. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** Words in [square brackets] in the rewritten text: text the delegations still have to settle. */
export interface WordingFlag {
  rule: "neutral-wording" | "agreement" | "this-resolution";
  /** The words as they stand in the rewritten text, brackets included: "[ITU-T and ITU-D]". */
  words: string;
  /** Why, in a sentence for the drafters. */
  reason: string;
}

/** One text being rewritten, as written and as read (Markdown blanked), its words, and what was done. */
export interface Rewrite {
  text: string;
  view: string;
  words: Word[];
  edits: TextEdit[];
  agreements: string[];
  flags: WordingFlag[];
}

/** Whether `[start, end)` overlaps an edit already made. */
export function overlapsEdit(edits: readonly TextEdit[], start: number, end: number): boolean {
  return edits.some((x) => (start < x.end && x.start < end) || (start === end && x.start === start));
}

/**
 * `[inner]` in place of `[start, end)` of `text` (`inner` defaults to the words there). The opening
 * bracket is escaped where a "(" or "[" right after the closing one would make a Markdown link.
 */
export function bracketed(text: string, start: number, end: number, inner?: string): TextEdit {
  const open = /^[([]/.test(text.slice(end, end + 1)) ? "\\[" : "[";
  return { start, end, text: `${open}${inner ?? text.slice(start, end)}]` };
}

/** Adds a bracket edit and its flag. */
export function flag(
  rewrite: Rewrite,
  start: number,
  end: number,
  rule: WordingFlag["rule"],
  reason: string,
  inner?: string,
): void {
  const edit = bracketed(rewrite.text, start, end, inner);
  rewrite.edits.push(edit);
  rewrite.flags.push({ rule, words: edit.text.replace(/^\\/, ""), reason });
}

/** The edits applied to `text`, right to left. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start || b.end - a.end))
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** `word` in the case of `model`: "Has" -> "Have", "HAS" -> "HAVE". */
export function matchCase(model: string, word: string): string {
  if (model === model.toUpperCase() && model !== model.toLowerCase() && model.length > 1) {
    return word.toUpperCase();
  }
  if (model[0] && model[0] === model[0].toUpperCase() && model[0] !== model[0].toLowerCase()) {
    return word[0]?.toUpperCase() + word.slice(1);
  }
  return word;
}

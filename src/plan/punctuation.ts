/**
 * End-of-item punctuation (docs/domain.md "Anatomy"): ";" between items (often "; and" before the last
 * one), "," on the last item before the next keyword, "." on the very last item of the resolution.
 */
import type { Ending } from "./types.js";

/** Where an item stands, which decides its ending. */
export type Position = "inner" | "penultimate" | "last-in-section" | "last";

/** The ending an item written now at `position` takes; `usesAnd`: the section writes "; and" before its last item. */
export function endingFor(position: Position, usesAnd: boolean): Ending {
  switch (position) {
    case "inner":
      return ";";
    case "penultimate":
      return usesAnd ? "; and" : ";";
    case "last-in-section":
      return ",";
    case "last":
      return ".";
  }
}

/** Positions of `counts[s]` items in consecutive sections; the last non-empty section ends the text. */
export function positions(counts: readonly number[]): Position[][] {
  let lastSection = -1;
  counts.forEach((n, s) => {
    if (n > 0) lastSection = s;
  });
  return counts.map((n, s) =>
    Array.from({ length: n }, (_, k): Position => {
      if (k === n - 1) return s === lastSection ? "last" : "last-in-section";
      if (k === n - 2) return "penultimate";
      return "inner";
    }),
  );
}

export interface FoundEnding {
  /**
   * Offsets in the text of the punctuation and of any footnote marks right after it ("…;[^1]"), or
   * start === end where an ending goes when there is none (after the footnote marks of the last word).
   */
  start: number;
  end: number;
  /** As written: ";", "; and", ",", ".", ":" or "". */
  text: string;
  /** Footnote marks after the punctuation ("[^1]", "<sup>1</sup>"): they stay with their word, before the new ending. */
  marks: string;
}

/**
 * What may follow the punctuation of an item and is not text: closing markup ("...;**", "...;</u>")
 * and footnote marks ("countries;[^1]", "countries;<sup>1</sup>").
 */
const TRAILING = /(?:\s|\*|_|<\/[a-z]+>|\[\^[^\]\s]+\]|<sup>[^<]*<\/sup>)+$/i;
const MARKS = /^(?:\[\^[^\]\s]+\]|<sup>[^<]*<\/sup>)*/i;

/**
 * The terminal punctuation of an item's text (Markdown or plain): the last ";", ",", ".", ":" or
 * "; and"/"; or" before trailing spaces, closing emphasis and footnote marks. When the item has none,
 * an empty range where it belongs: after the footnote marks of the last word.
 */
export function findEnding(text: string): FoundEnding {
  const trailing = TRAILING.exec(text);
  const bodyEnd = trailing ? trailing.index : text.length;
  const body = text.slice(0, bodyEnd);
  const marks = MARKS.exec(text.slice(bodyEnd))?.[0] ?? "";
  const joined = /[;,]\s*(?:and|or)$/i.exec(body);
  if (joined)
    return { start: joined.index, end: bodyEnd + marks.length, text: body.slice(joined.index), marks };
  const last = body.slice(-1);
  if (last === ";" || last === "," || last === "." || last === ":") {
    // "etc." and "a.m." end with a dot that belongs to the word: still the end of the item.
    return { start: bodyEnd - 1, end: bodyEnd + marks.length, text: last, marks };
  }
  return { start: bodyEnd + marks.length, end: bodyEnd + marks.length, text: "", marks: "" };
}

/** The ending written in a text, as an `Ending` when it is one ("; or" counts as "; and"). */
export function asEnding(text: string): Ending | null {
  const t = text.replace(/\s+/g, " ");
  if (t === ";" || t === "," || t === ".") return t;
  if (/^; (and|or)$/i.test(t)) return "; and";
  return null;
}

/**
 * A text with its terminal punctuation replaced by `ending`. A footnote mark stays with its word: the
 * new ending comes after it ("countries;[^1]" -> "countries[^1],"), never beside the old one.
 */
export function withEnding(text: string, ending: Ending): string {
  const found = findEnding(text);
  return text.slice(0, found.start) + found.marks + ending + text.slice(found.end);
}

/** The text without its terminal punctuation ("that ...; and" -> "that ...", "countries;[^1]" -> "countries[^1]"). */
export function withoutEnding(text: string): string {
  const found = findEnding(text);
  return (text.slice(0, found.start) + found.marks + text.slice(found.end)).trimEnd();
}

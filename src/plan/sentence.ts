/**
 * A text to rewrite, as words with their roles (src/plan/syntax.ts), for neutral wording
 * (src/plan/neutral.ts). The text may carry inline Markdown (a moved item keeps its source): the
 * words are read from a view of the same length in which Markdown syntax is blanked out, so offsets
 * in the view are offsets in the text, and nothing inside a link address, code or a tag is touched.
 */
import { type TaggedWord, tagWords } from "./syntax.js";

/** A word of the text; `occurrence` is the index of the Sector term it stands for, if it is one. */
export interface Word extends TaggedWord {
  occurrence: number | null;
}

/** Markdown that is not prose: blanked in the view, and never rewritten. */
const NOT_PROSE = [
  /`+[^`]*`+/g, // code spans
  /<(?:https?|mailto|ftp):[^>\s]*>/gi, // autolinks
  /<\/?[A-Za-z][^>]*>/g, // HTML tags
  /\[\^[^\]\s]+\]/g, // footnote marks
  /\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"]*")?\)/g, // link addresses, from "](" on
  /\]\[[^\]]*\]/g, // reference links' labels
  /\b(?:https?:\/\/|www\.)[^\s<>()[\]]+/gi, // bare web addresses
];

/**
 * The text with Markdown syntax blanked out (same length): `view` is what terms are looked for in and
 * what is tagged; `blanked` are the ranges that must not be rewritten.
 */
export function proseView(text: string): { view: string; blanked: [number, number][] } {
  const units = text.split(""); // one entry per UTF-16 code unit, as offsets count
  const blanked: [number, number][] = [];
  for (const pattern of NOT_PROSE) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index ?? 0;
      blanked.push([start, start + m[0].length]);
      for (let k = start; k < start + m[0].length; k++) units[k] = " ";
    }
  }
  // Emphasis, link brackets and escapes: blanked in the view, but words next to them may change.
  for (const m of text.matchAll(/\\(?=[!-/:-@[-`{-~])|[*_[\]]+/g)) {
    for (let k = m.index ?? 0; k < (m.index ?? 0) + m[0].length; k++) units[k] = " ";
  }
  return { view: units.join(""), blanked };
}

/** What stands in for a Sector term when the text is tagged: a name the tagger reads as one subject. */
const STAND_IN = "Ghana";

/**
 * The words of the view with their roles. Each span in `terms` (a Sector term, without its article) is
 * tagged as one proper name, so that the word after it is read as it would be after a name: the tagger
 * reads "ITU-T reports" as a compound noun, "Ghana reports" as a subject and its verb.
 */
export function readWords(view: string, terms: readonly { start: number; end: number }[]): Word[] {
  const segments: { at: number; from: number; to: number; occurrence: number | null }[] = [];
  let tagText = "";
  let cursor = 0;
  const order = terms.map((t, k) => ({ ...t, k })).sort((a, b) => a.start - b.start);
  for (const t of order) {
    if (t.start < cursor) continue;
    segments.push({ at: tagText.length, from: cursor, to: t.start, occurrence: null });
    tagText += view.slice(cursor, t.start);
    segments.push({ at: tagText.length, from: t.start, to: t.end, occurrence: t.k });
    tagText += STAND_IN;
    cursor = t.end;
  }
  segments.push({ at: tagText.length, from: cursor, to: view.length, occurrence: null });
  tagText += view.slice(cursor);

  const segmentAt = (offset: number) => {
    let found = segments[0] as (typeof segments)[number];
    for (const s of segments) if (s.at <= offset) found = s;
    return found;
  };
  // A stand-in maps to the whole term; other text maps one to one.
  const toView = (offset: number, end: boolean) => {
    const s = segmentAt(end ? offset - 1 : offset);
    if (s.occurrence !== null) return end ? s.to : s.from;
    return s.from + (offset - s.at);
  };
  return tagWords(tagText).map((w) => {
    const start = toView(w.start, false);
    const end = toView(w.end, true);
    const first = segmentAt(w.start);
    const text = view.slice(start, end);
    return {
      ...w,
      start,
      end,
      text,
      lower: text.toLowerCase().replace(/’/g, "'"),
      occurrence: first.occurrence,
    };
  });
}

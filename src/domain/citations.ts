/**
 * Citations and revisions (docs/domain.md, "Citations"): how a revision is written ("Rev. Geneva,
 * 2022", "REV. GENEVA, 2022", the ITU-R "-2" suffix) and what it means. The one home of these rules
 * for the parser (headings, front matter), normalization and the plan.
 */
import type { Revision } from "../model.js";

/**
 * "Rev. Geneva, 2022" -> place Geneva, year 2022. An all-capitals heading ("REV. GENEVA, 2022") is
 * given in the usual citation case, since that is how the text cites it.
 */
export function parseRevisionWords(words: string): Revision {
  let text = words.replace(/\s+/g, " ").trim();
  if (text === text.toUpperCase() && /[A-Z]/.test(text)) {
    text = text
      .toLowerCase()
      .replace(/(^|[\s(-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
  }
  const match = /^(?:rev\.?\s*)?(.*?)[,\s]\s*(\d{4})$/i.exec(text);
  const revision: Revision = { text };
  if (match) {
    const place = match[1]?.trim().replace(/,$/, "");
    if (place) revision.place = place;
    revision.year = Number(match[2]);
  }
  return revision;
}

/** Place and year of a revision as cited ("Rev. Bucharest, 2022"), or null when either is missing. */
export function revisionPlaceYear(revision: string): { place: string; year: number } | null {
  const parsed = parseRevisionWords(revision);
  return parsed.place !== undefined && parsed.year !== undefined
    ? { place: parsed.place, year: parsed.year }
    : null;
}

/**
 * Citations and revisions (docs/domain.md, "Citations"): how a revision is written ("Rev. Geneva,
 * 2022", "REV. GENEVA, 2022", the ITU-R "-2" suffix), how a resolution is cited ("Resolution 140 (Rev.
 * Dubai, 2018)", "Resolutions 70 (Rev. Dubai, 2018) and 71", "Resolution ITU-R 61-2") and what that
 * means. The one home of these rules, for the parser (headings, front matter), normalization (a
 * revision becomes a token, so revisions of one resolution compare alike) and the plan (citations
 * found, and brought to the newest revision). Revisions of the same resolution are the same
 * reference; a UNGA resolution ("70/125") is another document and is never touched.
 *
 * The same citations are read two ways, on purpose:
 * - to rewrite them (findCitations, updateCitations), strictly: "Resolution(s)" and its numbers, a
 *   revision in brackets with a comma before its year; a false match would change a proposal's text;
 * - to compare texts (replaceCitationRevisions), leniently: also "(rev.Buenos Aires 2017)", decisions
 *   and recommendations, "Recommendation ITU-R M.2083-0"; a false match only makes two texts compare
 *   a little more alike.
 */
import type { Resolution, Revision } from "../model.js";

// ---------------------------------------------------------------------------------------------------
// How a revision is written

/**
 * A revision not yet adopted, whose place and year are not known: "Resolution 140 (Rev. [Place],
 * [Year])" (docs/domain.md, "ITU proposal conventions"). It is newer than any adopted revision.
 */
export const PENDING_REVISION = "Rev. [Place], [Year]";
/** The meeting of a pending revision, as a preamble names it: "([Place], [Year])". */
export const PENDING_MEETING = "[Place], [Year]";
/** The year that closes a revision, as a pattern: "2018", or "[Year]" while pending (any case). */
export const REVISION_YEAR = String.raw`(?:\d{4}|\[[Yy][Ee][Aa][Rr]\])`;
const PENDING_WORDS = /^(?:rev\.?\s*)?\[place\]\s*,\s*\[year\]$/i;

/** Whether a revision or meeting is the pending one: "Rev. [Place], [Year]", "[PLACE], [YEAR]". */
export function isPending(words: string): boolean {
  return PENDING_WORDS.test(words.replace(/\s+/g, " ").trim());
}

/**
 * "Rev. Geneva, 2022" -> place Geneva, year 2022; "Rev. [Place], [Year]" -> pending, no year. An
 * all-capitals heading ("REV. GENEVA, 2022") is given in the usual citation case, since that is how
 * the text cites it.
 */
export function parseRevisionWords(words: string): Revision {
  if (isPending(words)) {
    const rev = /^\s*rev/i.test(words);
    return { text: rev ? PENDING_REVISION : PENDING_MEETING, place: "[Place]", pending: true };
  }
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

/**
 * The meeting of a revision as a preamble names it: "Rev. Bucharest, 2022" -> "Bucharest, 2022",
 * "Rev. [Place], [Year]" -> "[Place], [Year]"; null when it names no place and year.
 */
export function revisionMeeting(revision: string): string | null {
  if (isPending(revision)) return PENDING_MEETING;
  const parsed = revisionPlaceYear(revision);
  return parsed ? `${parsed.place}, ${parsed.year}` : null;
}

/** "REV. GENEVA, 2022" (a heading) as a citation writes it: "Rev. Geneva, 2022". */
export function revisionAsCited(text: string, place: string | undefined, year: number): string {
  if (text !== text.toUpperCase()) return text.replace(/^\(|\)$/g, "");
  const rev = /^\(?\s*REV\./i.test(text);
  const where = place ?? text.replace(/^\(?\s*(REV\.)?\s*/i, "").replace(/,?\s*\d{4}\)?\s*$/, "");
  const titled = where
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
  return `${rev ? "Rev. " : ""}${titled}, ${year}`;
}

/** The body that adopts each of the four documents, as a citation names it after "of". */
export const ADOPTED_BY: Record<NonNullable<Resolution["role"]>, string> = {
  pp: "the Plenipotentiary Conference",
  "ITU-R": "the Radiocommunication Assembly",
  "ITU-T": "the World Telecommunication Standardization Assembly",
  "ITU-D": "the World Telecommunication Development Conference",
};

/**
 * How another body's document is cited in full: "Resolution 75 (Rev. Geneva, 2022) of the World
 * Telecommunication Standardization Assembly", "Resolution ITU-R 61-2 of the Radiocommunication
 * Assembly" (its number, revision and body).
 */
export function citeWithBody(doc: Resolution): string {
  const rev = doc.revision;
  let revision = "";
  if (doc.role !== "ITU-R" && rev?.pending) revision = ` (${PENDING_REVISION})`;
  else if (doc.role !== "ITU-R" && rev?.year !== undefined)
    revision = ` (${revisionAsCited(rev.text, rev.place, rev.year)})`;
  return `${citeDocument(doc)}${revision}${doc.role ? ` of ${ADOPTED_BY[doc.role]}` : ""}`;
}

/** How a document is cited: "Resolution 75", "Resolution ITU-R 61-2" (its number, with the ITU-R suffix). */
export function citeDocument(doc: Resolution): string {
  if (!doc.number) return doc.file;
  if (doc.role === "ITU-R") {
    const suffix = doc.revision?.suffix;
    return `Resolution ITU-R ${doc.number}${suffix ? `-${suffix}` : ""}`;
  }
  return `Resolution ${doc.number}`;
}

// ---------------------------------------------------------------------------------------------------
// The parts of a citation

/** The year that closes a revision: "2018", or "[Year]" while it is pending. */
const YEAR = REVISION_YEAR;
/** The ITU-R series, numbered on its own: "Resolution ITU-R 61". */
const ITU_R = String.raw`ITU-R\s+`;
/** Between two numbers of one citation: "Resolutions 70, 71 and 140". */
const NEXT_NUMBER = String.raw`(?:\s*,\s*|\s+and\s+)`;

// ---------------------------------------------------------------------------------------------------
// Citations to rewrite (strict)

export interface FoundCitation {
  /** "140", or "ITU-R 61" for ITU-R resolutions. */
  key: string;
  /** Offsets of the revision as written ("Rev. Dubai, 2018" or "2"), or of where none is written. */
  start: number;
  end: number;
  revision: string | null;
  /** The year of the revision; null when none is written, or it is pending ("Rev. [Place], [Year]"). */
  year: number | null;
  /** ITU-R revision count ("61-2" -> 2). */
  suffix: number | null;
}

/**
 * One cited number with its revision: "140 (Rev. Dubai, 2018)", "71 (Dubai, 2018)", "ITU-R 61-2", "71".
 * Groups: the ITU-R series, the number, the ITU-R suffix, the revision in brackets, its year.
 */
const CITED = String.raw`(${ITU_R})?(\d+)(?![\d/])(?:-(\d+))?(?:\s*\(((?:Rev\.\s*)?[^()]*?,\s*(${YEAR}))\))?`;
/** "Resolution 140 (...)", "Resolutions 70 (...) and 71": group 6 holds the numbers after the first. */
const CITATION = new RegExp(String.raw`\bResolutions?\s+${CITED}((?:${NEXT_NUMBER}${CITED})*)`, "g");
/** Each further number of a citation, read on from where the previous one ended. */
const FURTHER_CITED = new RegExp(`${NEXT_NUMBER}${CITED}`, "gy");

function toCitation(whole: string, g: (string | undefined)[], base: number): FoundCitation {
  const [itur, number, suffix, revision, year] = g;
  const key = itur !== undefined ? `ITU-R ${number}` : (number as string);
  if (suffix !== undefined) {
    const at = base + whole.lastIndexOf(`-${suffix}`) + 1;
    return { key, start: at, end: at + suffix.length, revision: suffix, year: null, suffix: Number(suffix) };
  }
  if (revision !== undefined) {
    const at = base + whole.lastIndexOf(revision);
    const known = /^\d{4}$/.test(year ?? "") ? Number(year) : null;
    return { key, start: at, end: at + revision.length, revision, year: known, suffix: null };
  }
  const at = base + whole.length;
  return { key, start: at, end: at, revision: null, year: null, suffix: null };
}

/** Every resolution cited in `text`, one per number, with where its revision is written. */
export function findCitations(text: string): FoundCitation[] {
  const found: FoundCitation[] = [];
  for (const m of text.matchAll(CITATION)) {
    const start = m.index ?? 0;
    const rest = m[6] ?? "";
    const first = m[0].slice(0, m[0].length - rest.length);
    found.push(toCitation(first, m.slice(1, 6), start));
    const base = start + first.length;
    FURTHER_CITED.lastIndex = 0;
    for (let r = FURTHER_CITED.exec(rest); r !== null; r = FURTHER_CITED.exec(rest)) {
      found.push(toCitation(r[0], r.slice(1, 6), base + (r.index ?? 0)));
    }
  }
  return found;
}

/** How new a cited revision is: its year (or ITU-R count); a pending one is newer than any. */
const PENDING_RANK = Number.MAX_SAFE_INTEGER;

/** The newest revision of each cited resolution: by year, or by ITU-R revision count. */
export function newestCitations(documents: readonly Resolution[]): Record<string, string> {
  const best = new Map<string, { revision: string; rank: number }>();
  const consider = (key: string, revision: string, rank: number) => {
    const current = best.get(key);
    if (!current || rank > current.rank) best.set(key, { revision, rank });
  };
  for (const doc of documents) {
    // The document itself: its heading is a citation of its own revision.
    if (doc.number && doc.revision) {
      const rev = doc.revision;
      if (rev.suffix !== undefined && doc.role === "ITU-R")
        consider(`ITU-R ${doc.number}`, String(rev.suffix), rev.suffix);
      else if (rev.pending) consider(doc.number, PENDING_REVISION, PENDING_RANK);
      else if (rev.year !== undefined)
        consider(doc.number, revisionAsCited(rev.text, rev.place, rev.year), rev.year);
    }
    for (const section of doc.sections) {
      for (const item of section.items) {
        for (const text of [item.text, ...item.subitems.map((s) => s.text)]) {
          for (const c of findCitations(text)) {
            if (c.revision === null) continue;
            const rank = c.suffix ?? c.year ?? (isPending(c.revision) ? PENDING_RANK : 0);
            consider(c.key, isPending(c.revision) ? PENDING_REVISION : c.revision, rank);
          }
        }
      }
    }
  }
  return Object.fromEntries(
    [...best.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, v.revision]),
  );
}

/**
 * Rewrites every citation in `text` to the newest revision in `newest`. Returns the text and what
 * changed ("Resolution 75: Rev. Hammamet, 2016 -> Rev. Geneva, 2022").
 */
export function updateCitations(
  text: string,
  newest: Record<string, string>,
): { text: string; changes: string[] } {
  const changes: string[] = [];
  let out = text;
  const citations = findCitations(text).filter((c) => c.revision !== null);
  for (const c of citations.sort((a, b) => b.start - a.start)) {
    const target = newest[c.key];
    if (!target || target === c.revision) continue;
    out = out.slice(0, c.start) + target + out.slice(c.end);
    changes.unshift(`Resolution ${c.key}: ${c.revision} -> ${target}`);
  }
  return { text: out, changes };
}

// ---------------------------------------------------------------------------------------------------
// Revisions to compare (lenient)

/**
 * "140 (Rev. Dubai, 2018)", "30 (rev.Buenos Aires 2017)", "140 (Rev. [Place], [Year])": a number and a
 * revision in brackets.
 */
const NUMBER_AND_REVISION = new RegExp(
  String.raw`(?<![\p{L}\d/.-])(\d{1,4})\s*\(\s*Rev(?:\.|\s)\s*[^()]*?${YEAR}\s*\)`,
  "giu",
);
/** "Resolution 71 (Dubai, 2018)": a place and a year, right after the number of a cited text. */
const NUMBER_AND_PLACE_YEAR = new RegExp(
  String.raw`(\b(?:Resolutions?|Decisions?|Recommendations?|and|,)\s+(?:No\.\s*)?\d{1,4})\s*\(\s*\p{Lu}[\p{L} .'-]*,\s*${YEAR}\s*\)`,
  "gu",
);
/** "Resolution ITU-R 61-2", "Recommendation ITU-R M.2083-0": the suffix counts revisions. */
const ITU_R_AND_SUFFIX = new RegExp(String.raw`\b(${ITU_R}(?:[A-Z]{1,4}\.)?\d+(?:\.\d+)?)-\d+\b`, "g");

/**
 * Each revision of a cited text written as `token`: "Resolution 140 (Rev. Dubai, 2018)" becomes
 * "Resolution 140 ⟨rev⟩" for the token "⟨rev⟩", "Resolution ITU-R 61-2" "Resolution ITU-R 61 ⟨rev⟩".
 * The number stays; a citation without a revision stays as it is.
 */
export function replaceCitationRevisions(text: string, token: string): string {
  if (!text.includes("(") && !text.includes("ITU-R")) return text;
  return text
    .replace(NUMBER_AND_REVISION, `$1 ${token}`)
    .replace(NUMBER_AND_PLACE_YEAR, `$1 ${token}`)
    .replace(ITU_R_AND_SUFFIX, `$1 ${token}`);
}

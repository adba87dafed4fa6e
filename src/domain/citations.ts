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
import {
  BODIES,
  BODY_NAME,
  type Body,
  bodyNamedAfter,
  bodyNamedBefore,
  type NamedBody,
  ROLE_BODY,
} from "./bodies.js";

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

/** How the body of a cited resolution was found. */
export type BodySource =
  /** Named next to it: "of the Plenipotentiary Conference", "Council Resolution 1332". */
  | "named"
  /** "of this conference", "of this assembly": the citing document's body. */
  | "this"
  /** The ITU-R series: "Resolution ITU-R 61" is the Radiocommunication Assembly's. */
  | "series"
  /** Not named: the citing document's own body, as ITU texts cite their own resolutions. */
  | "default";

export interface FoundCitation {
  /** "140", or "ITU-R 61" for ITU-R resolutions: the number as its body numbers it. */
  key: string;
  /**
   * The body whose resolution it is, or null when the text does not say and no citing body was given
   * (a bare number in an ITU-R text is null too: the Radiocommunication Assembly numbers "ITU-R 61").
   */
  body: Body | null;
  bodySource: BodySource;
  /** Offsets of the revision as written ("Rev. Dubai, 2018" or "2"), or of where none is written. */
  start: number;
  end: number;
  revision: string | null;
  /** The year of the revision; null when none is written, or it is pending ("Rev. [Place], [Year]"). */
  year: number | null;
  /** ITU-R revision count ("61-2" -> 2). */
  suffix: number | null;
  /** A revision not yet adopted, written with brackets: "(Rev. [Place], [Year])". Never bumped. */
  pending: boolean;
  /** The whole citation this number is part of ("Resolutions 70 and 71 (Rev. Dubai, 2018) of ..."). */
  phrase: CitationPhrase;
}

/** One citation as written, with every number in it and the body named after it. */
export interface CitationPhrase {
  /** From "Resolution(s)" to the end of its last number and revision. */
  start: number;
  end: number;
  /** The words naming the body ("of this conference"), or null when none are written. */
  named: NamedBody | null;
}

/**
 * One cited number with its revision: "140 (Rev. Dubai, 2018)", "71 (Dubai, 2018)", "ITU-R 61-2", "71",
 * "140 (Rev. [Place], [Year])". Groups: the ITU-R series, the number, the ITU-R suffix, the revision in
 * brackets, its year, a pending revision.
 */
const CITED = String.raw`(${ITU_R})?(\d+)(?![\d/])(?:-(\d+))?(?:\s*\((?:((?:Rev\.\s*)?[^()\[\]]*?,\s*(${YEAR}))|((?:Rev\.\s*)?\\?\[[^()]*?\]))\))?`;
/** "Resolution 140 (...)", "Resolutions 70 (...) and 71": group 7 holds the numbers after the first. */
const CITATION = new RegExp(String.raw`\bResolutions?\s+${CITED}((?:${NEXT_NUMBER}${CITED})*)`, "g");
/** Each further number of a citation, read on from where the previous one ended. */
const FURTHER_CITED = new RegExp(`${NEXT_NUMBER}${CITED}`, "gy");

/** Where a citation without its own body name belongs: the citing document's body, or null for a bare number in an ITU-R text. */
function defaultBody(citing: Body | null, series: boolean): Body | null {
  if (series) return "RA";
  return citing === "RA" ? null : citing;
}

function toCitation(
  whole: string,
  g: (string | undefined)[],
  base: number,
  phrase: CitationPhrase,
  citing: Body | null,
): FoundCitation {
  const [itur, number, suffix, revision, year, pending] = g;
  const key = itur !== undefined ? `ITU-R ${number}` : (number as string);
  const named = phrase.named;
  const bodySource: BodySource =
    itur !== undefined ? "series" : named === null ? "default" : named.body === "this" ? "this" : "named";
  const body =
    bodySource === "named"
      ? (named?.body as Body)
      : bodySource === "this"
        ? citing
        : defaultBody(citing, itur !== undefined);
  const common = { key, body, bodySource, phrase };
  if (suffix !== undefined) {
    const at = base + whole.lastIndexOf(`-${suffix}`) + 1;
    const end = at + suffix.length;
    return {
      ...common,
      start: at,
      end,
      revision: suffix,
      year: null,
      suffix: Number(suffix),
      pending: false,
    };
  }
  const written = revision ?? pending;
  if (written !== undefined) {
    const at = base + whole.lastIndexOf(written);
    const y = revision !== undefined ? Number(year) : null;
    const isPending = pending !== undefined;
    return {
      ...common,
      start: at,
      end: at + written.length,
      revision: written,
      year: y,
      suffix: null,
      pending: isPending,
    };
  }
  const at = base + whole.length;
  return { ...common, start: at, end: at, revision: null, year: null, suffix: null, pending: false };
}

/**
 * Every resolution cited in `text`, one per number, with where its revision is written and whose it
 * is. `citing` is the body of the document the text stands in: it owns the citations that name no
 * body ("Resolution 30 (Rev. Kigali, 2022)" in a WTDC text is the WTDC's), and "of this conference".
 */
export function findCitations(text: string, citing: Body | null = null): FoundCitation[] {
  const found: FoundCitation[] = [];
  for (const m of text.matchAll(CITATION)) {
    const start = m.index ?? 0;
    const rest = m[7] ?? "";
    const first = m[0].slice(0, m[0].length - rest.length);
    const end = start + m[0].length;
    const named = bodyNamedAfter(text, end) ?? bodyNamedBefore(text, start);
    const phrase: CitationPhrase = { start, end, named };
    found.push(toCitation(first, m.slice(1, 7), start, phrase, citing));
    const base = start + first.length;
    FURTHER_CITED.lastIndex = 0;
    for (let r = FURTHER_CITED.exec(rest); r !== null; r = FURTHER_CITED.exec(rest)) {
      found.push(toCitation(r[0], r.slice(1, 7), base + (r.index ?? 0), phrase, citing));
    }
  }
  return found;
}

/** The newest revision of each cited resolution, by body and then number ("PP" -> "71" -> "Rev. Dubai, 2018"). */
export type CitationRevisions = Partial<Record<Body, Record<string, string>>>;

/** The revision known for a citation's document, if any. */
export function revisionOf(revisions: CitationRevisions, body: Body | null, key: string): string | undefined {
  return body === null ? undefined : revisions[body]?.[key];
}

/**
 * The newest revision of each cited resolution, per (body, number): by year, or by ITU-R revision
 * count; a pending revision ("Rev. [Place], [Year]") is newer than any. The documents' own headings
 * count, each as a resolution of its body.
 */
export function newestCitations(documents: readonly Resolution[]): CitationRevisions {
  const best = new Map<string, { body: Body; key: string; revision: string; rank: number }>();
  const consider = (body: Body | null, key: string, revision: string, rank: number) => {
    if (body === null) return;
    const id = `${body}\u0000${key}`;
    const current = best.get(id);
    if (!current || rank > current.rank) best.set(id, { body, key, revision, rank });
  };
  for (const doc of documents) {
    const own = doc.role ? ROLE_BODY[doc.role] : null;
    // The document itself: its heading is a citation of its own revision.
    if (doc.number && doc.revision) {
      const rev = doc.revision;
      if (rev.suffix !== undefined && doc.role === "ITU-R")
        consider(own, `ITU-R ${doc.number}`, String(rev.suffix), rev.suffix);
      else if (rev.pending) consider(own, doc.number, PENDING_REVISION, Number.POSITIVE_INFINITY);
      else if (rev.year !== undefined)
        consider(own, doc.number, revisionAsCited(rev.text, rev.place, rev.year), rev.year);
    }
    for (const section of doc.sections) {
      for (const item of section.items) {
        for (const text of [item.text, ...item.subitems.map((s) => s.text)]) {
          for (const c of findCitations(text, own)) {
            if (c.revision === null) continue;
            const pending = c.pending || isPending(c.revision);
            consider(
              c.body,
              c.key,
              pending ? PENDING_REVISION : c.revision,
              pending ? Number.POSITIVE_INFINITY : (c.suffix ?? c.year ?? 0),
            );
          }
        }
      }
    }
  }
  const out: CitationRevisions = {};
  const sorted = [...best.values()].sort(
    (a, b) => BODIES.indexOf(a.body) - BODIES.indexOf(b.body) || compareNumbers(a.key, b.key),
  );
  for (const { body, key, revision } of sorted) {
    const numbers = out[body] ?? {};
    numbers[key] = revision;
    out[body] = numbers;
  }
  return out;
}

/** "9" before "71" before "140"; "ITU-R 61" by its number. */
function compareNumbers(a: string, b: string): number {
  const n = (k: string) => Number(/\d+/.exec(k)?.[0] ?? 0);
  // Equal keys are not collated: the first localeCompare sets up ICU's collation (~15 ms).
  return n(a) - n(b) || (a === b ? 0 : a.localeCompare(b));
}

/**
 * Rewrites every citation in `text` to the newest revision of the same document (same body, same
 * number) in `newest`; a pending revision stays. `citing` is the body of the document the text stands
 * in. Returns the text and what changed ("Resolution 75: Rev. Hammamet, 2016 -> Rev. Geneva, 2022").
 */
export function updateCitations(
  text: string,
  newest: CitationRevisions,
  citing: Body | null = null,
): CitationRewrite {
  const edits: CitationEdit[] = [];
  for (const c of findCitations(text, citing)) {
    if (c.revision === null || c.pending) continue;
    const target = revisionOf(newest, c.body, c.key);
    if (!target || target === c.revision) continue;
    edits.push({
      start: c.start,
      end: c.end,
      text: target,
      change: `Resolution ${c.key}: ${c.revision} -> ${target}`,
    });
  }
  return applyCitationEdits(text, edits);
}

/** A change of a citation: offsets in the text, the new words, and how the review note says it. */
export interface CitationEdit {
  start: number;
  end: number;
  text: string;
  change: string;
}

export interface CitationRewrite {
  text: string;
  /** What changed, for the review note. */
  changes: string[];
  /** The changes over the input, in order. */
  edits: CitationEdit[];
}

function applyCitationEdits(text: string, edits: CitationEdit[]): CitationRewrite {
  const ordered = [...edits].sort((a, b) => a.start - b.start);
  let out = text;
  for (const e of [...ordered].reverse()) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return { text: out, changes: ordered.map((e) => e.change), edits: ordered };
}

/**
 * A Sector's citations as Resolution 140 must write them: a PP resolution is "of this conference";
 * a resolution of the Sector's own body, unnamed or "of this conference/assembly" there, names its
 * body ("Resolution 30 (Rev. Kigali, 2022) of the World Telecommunication Development Conference").
 * Citations naming another body, and ITU-R's "Resolution ITU-R 61", read the same anywhere.
 */
export function citeFromResolution140(text: string, citing: Body): CitationRewrite {
  const edits: CitationEdit[] = [];
  const seen = new Set<CitationPhrase>();
  for (const c of findCitations(text, citing)) {
    if (seen.has(c.phrase)) continue;
    seen.add(c.phrase);
    // A body named before the citation ("WTDC Resolution 30") reads the same anywhere.
    if (c.phrase.named && c.phrase.named.start < c.phrase.end) continue;
    const named = c.phrase.named;
    const lead = named ? (/^\s*,?\s*/.exec(text.slice(named.start, named.end))?.[0] ?? "") : "";
    if (named && c.body === "PP" && c.bodySource === "named") {
      const written = text.slice(named.start + lead.length, named.end);
      edits.push({
        start: named.start + lead.length,
        end: named.end,
        text: "of this conference",
        change: `"${written}" -> "of this conference"`,
      });
    } else if (c.body === citing && citing !== "PP" && c.bodySource !== "series") {
      const of = `of ${BODY_NAME[citing]}`;
      if (named) {
        const written = text.slice(named.start + lead.length, named.end);
        edits.push({
          start: named.start + lead.length,
          end: named.end,
          text: of,
          change: `"${written}" -> "${of}"`,
        });
      } else {
        edits.push({ start: c.phrase.end, end: c.phrase.end, text: ` ${of}`, change: `"${of}" added` });
      }
    }
  }
  return applyCitationEdits(text, edits);
}

/** The places in `text` where a citation names its body ("of the Plenipotentiary Conference"), to leave alone. */
export function bodyNameRanges(text: string): { start: number; end: number }[] {
  const ranges = new Map<CitationPhrase, { start: number; end: number }>();
  for (const c of findCitations(text)) {
    if (c.phrase.named && !ranges.has(c.phrase))
      ranges.set(c.phrase, { start: c.phrase.named.start, end: c.phrase.named.end });
  }
  return [...ranges.values()];
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

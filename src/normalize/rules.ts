/**
 * The normalization rules, one function each. They serve comparison only: outputs always keep the
 * original text. None of them may remove a number, a resolution number, a UNGA resolution, an Action
 * Line, a year (outside a citation revision) or a verb: those are differences of substance.
 */
import { replaceCitationRevisions } from "../domain/citations.js";
import { findTermOccurrences, type SectorTerms } from "../domain/sector-terms.js";

/** Markdown and HTML remnants: emphasis, escapes, links, inline code, tags, footnote references. */
export { markup } from "./markup.js";

/** The rule ids, in the order the pipeline applies them. */
export const RULE_IDS = [
  "unicode-nfkc",
  "quotes",
  "dashes",
  "markup",
  "whitespace",
  "label",
  "inline-subitems",
  "joining-word",
  "terminal-punctuation",
  "citation-revision",
  "sector-term",
  "first-letter-case",
] as const;

export type RuleId = (typeof RULE_IDS)[number];

export interface RuleContext {
  terms: SectorTerms;
}

const ASCII = /^[\x20-\x7e]*$/;

/** Unicode compatibility forms (NFKC): ligatures, full-width letters, non-breaking spaces. */
export function unicodeNfkc(text: string): string {
  return ASCII.test(text) ? text : text.normalize("NFKC");
}

/**
 * Quotation marks of every style to straight ones: curly, low-9 and prime quotes, and guillemets (`« »`,
 * `‹ ›`, either way round) to `"`; single quotes to `'`, and a pair of single quotes around words
 * ('Tunis Agenda') to `"` as well, so the quoting style is set aside. An apostrophe inside or after a
 * word (ITU's, Members') stays. The space inside guillemets (`« Tunis »`) is taken out at the end of the
 * pipeline, with the rest of the spacing (`canonicalSpacing`).
 */
export function quotes(text: string): string {
  if (!/[\u2018\u2019\u201a\u201b\u2032\u02bc`´\u201c\u201d\u201e\u201f\u2033«»‹›']/.test(text)) return text;
  const straight = text
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u02bc`´]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033«»‹›]/g, '"');
  return straight.includes("'") ? singleQuotePairs(straight) : straight;
}

/**
 * `'` opening a quotation (after a space, a bracket or the start, before a non-space) and the next `'`
 * that closes one (after a non-space, before a space, punctuation or the end) become `"`; one pass.
 */
function singleQuotePairs(text: string): string {
  let out = "";
  let from = 0;
  let opener = -1;
  for (let i = text.indexOf("'"); i >= 0; i = text.indexOf("'", i + 1)) {
    const before = text.charAt(i - 1);
    const after = text.charAt(i + 1);
    if (opener < 0) {
      if ((before === "" || /[\s([{"]/.test(before)) && after !== "" && !/\s/.test(after)) opener = i;
    } else if (before !== "" && !/\s/.test(before) && (after === "" || /[\s,;:.!?)\]}"]/.test(after))) {
      out += `${text.slice(from, opener)}"${text.slice(opener + 1, i)}"`;
      from = i + 1;
      opener = -1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * Dashes: hyphen look-alikes to "-", and an en or em dash used as punctuation to " - " (however it is
 * spaced). Between digits ("2019–2023") the dash becomes a plain "-".
 */
export function dashes(text: string): string {
  if (!/[\u2010-\u2015\u2212\u00ad]|\s-\s/.test(text)) return text;
  return text
    .replace(/[\u2010\u2011\u2012\u2212\u00ad]/g, "-")
    .replace(/(\d)\s*[\u2013\u2014\u2015]\s*(\d)/g, "$1-$2")
    .replace(/\s*[\u2013\u2014\u2015]\s*/g, " - ")
    .replace(/(\S)\s+-\s+(\S)/g, "$1 - $2");
}

/** Runs of white space to one space; no space inside brackets or before punctuation. */
export function whitespace(text: string): string {
  let out = /\s\s|[^\S ]/u.test(text) ? text.replace(/\s+/gu, " ") : text;
  if (/ [,;:.!?)\]]|[([] /.test(out)) out = out.replace(/ ([,;:.!?)\]])/g, "$1").replace(/([([]) /g, "$1");
  return out.trim();
}

/**
 * A label left at the start of the text ("a)", "(b)", "iv)", "1)", "2.", "–"). Numbers count as a
 * label only with their ")" or "." and before a lower-case word, so "2030 Agenda" or "3.5 billion"
 * keep their number.
 */
export function label(text: string): string {
  return text.replace(
    /^(?:\(?[a-z]{1,2}\)|\(?[ivxl]{1,5}\)|[a-z]\.(?= \p{Ll})|\d{1,3}(?:\.\d{1,3})*[.)](?= \p{Ll})|[-*+•] )\s*/u,
    "",
  );
}

/**
 * Sub-items written inline ("that ...: i) ...; ii) ..."): splits the text at each label that follows
 * a ":" / ";" / "," (and an optional "and"/"or"), so inline and separate sub-items compare alike.
 */
export function inlineSubitems(text: string): string[] {
  const parts = text.split(/[:;,]\s+(?:(?:and|or)\s+)?\(?(?:[ivx]{1,4}|[a-h])\)\s+/);
  return parts.map((p) => p.trim()).filter((p) => p !== "");
}

/** "; and", ", and", "; or" at the end of an item: the joining words of an enumeration. */
export function joiningWord(text: string): string {
  if (!/(?:and|or)\W{0,2}$/i.test(text.slice(-12))) return text;
  return text.replace(/\s*[;,]\s*(?:and|or|and\/or)\s*[;,.:]?$/i, "");
}

/** The end-of-item punctuation: ";", ",", "." or ":" (several, with spaces). */
export function terminalPunctuation(text: string): string {
  // A loop from the end: /[\s;,.:]+$/ tries every run of these characters in the text ("; ; ; x").
  let end = text.length;
  while (end > 0 && /[\s;,.:]/.test(text.charAt(end - 1))) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** The token every citation revision becomes for comparison. */
const REVISION_TOKEN = "⟨rev⟩";

/**
 * Citation revisions of one resolution to one token: "Resolution 140 (Rev. Dubai, 2018)" and
 * "Resolution 140 (Rev. Busan, 2014)" both become "Resolution 140 ⟨rev⟩"; "Resolution ITU-R 61-2"
 * becomes "Resolution ITU-R 61 ⟨rev⟩". The number of the resolution stays; a citation without a
 * revision stays as it is, so it differs from one with a revision (at most a variant). How citations
 * are read is src/domain/citations.ts.
 */
export function citationRevision(text: string): string {
  return replaceCitationRevisions(text, REVISION_TOKEN);
}

/** Sector terms (any Sector's, and the neutral forms of Resolution 140) to their concept's placeholder. */
export function sectorTerms(text: string, context: RuleContext): string {
  const found = findTermOccurrences(text, context.terms);
  if (found.length === 0) return text;
  let out = "";
  let at = 0;
  for (const o of found) {
    out += text.slice(at, o.start) + o.placeholder;
    at = o.end;
  }
  return out + text.slice(at);
}

/**
 * The case of the first letter: "The ..." and "the ..." compare alike. Only a capitalized word is
 * lowered ("Internet", "A"), never an abbreviation ("ICTs", "ITU").
 */
export function firstLetterCase(text: string): string {
  return text.replace(
    /^([^\p{L}\p{N}⟨]*)(\p{Lu})(?=\p{Ll}|[^\p{L}\p{N}]|$)/u,
    (_m, lead: string, letter: string) => {
      return lead + letter.toLowerCase();
    },
  );
}

/**
 * Neutral wording for Resolution 140 (docs/domain.md "Sector terms"): a Sector's own terms become the
 * neutral forms of the term table ("ITU-T" -> "the three Sectors"), and where that changes the number
 * of a subject the words that agree with it follow ("ITU-T has" -> "the three Sectors have", "its
 * mandate" -> "their mandates"). The result is derived text: every change is listed for review.
 */

import { findTermOccurrences, type SectorTerms, type TermOccurrence } from "../domain/sector-terms.js";
import type { SectorRole } from "../model.js";
import { agreePronouns, agreeVerb, isUncountable, plural, pluralVerb, type TextEdit } from "./agreement.js";

/** A self-reference the term table leaves out because it only means "this Sector" inside a Sector text. */
const SELF_REFERENCES: { form: RegExp; concept: string }[] = [
  { form: /\b(?:the|this) Sector\b/giu, concept: "sector" },
  { form: /\b(?:the|this) Bureau\b/giu, concept: "bureau" },
];

/** Words after an abbreviation that show it is not used as an adjective ("ITU-T shall", "ITU-T and"). */
const NOT_NOUNS = new Set([
  "shall",
  "should",
  "will",
  "would",
  "may",
  "might",
  "must",
  "can",
  "could",
  "have",
  "are",
  "were",
  "do",
  "also",
  "and",
  "or",
  "nor",
  "but",
  "to",
  "in",
  "of",
  "on",
  "for",
  "with",
  "by",
  "at",
  "as",
  "from",
  "into",
  "within",
  "that",
  "which",
  "who",
  "not",
  "already",
  "still",
  "further",
  "continue",
]);

export interface NeutralWording {
  text: string;
  /** "ITU-T -> the three Sectors", "has -> have", "its mandate -> their mandates". */
  substitutions: string[];
  agreements: string[];
  /** Terms left as written because they name one meeting ("WTSA-20"). */
  meetings: string[];
  /**
   * The changes over the input, in order (`text` is the input with them applied): a moved item's
   * Markdown is rewritten exactly where its words changed (src/plan/prose.ts).
   */
  edits: TextEdit[];
}

interface Occurrence {
  start: number;
  end: number;
  text: string;
  neutral: string;
  /** The neutral form is plural where the Sector's form was singular. */
  becomesPlural: boolean;
}

/** Singular or plural as written: "ITU-T study groups", "the Sector assemblies" are plural. */
export function isPluralPhrase(phrase: string): boolean {
  if (/\band\b/i.test(phrase)) return true;
  const head = phrase.split(/\s+of\s+/i)[0] ?? phrase;
  const last = head.trim().split(/\s+/).pop() ?? "";
  if (/^\p{Lu}[\p{Lu}\d-]*$/u.test(last)) return false; // ITU-T, TSB, WTSA
  return /(?:[^s']s|x)$/i.test(last);
}

function occurrencesIn(text: string, role: SectorRole, terms: SectorTerms): Occurrence[] {
  const fromTable = findTermOccurrences(text, terms, role).filter((o: TermOccurrence) => o.role === role);
  const found: Occurrence[] = fromTable.map((o) => ({
    start: o.start,
    end: o.end,
    text: o.text,
    neutral: o.neutral,
    becomesPlural: o.plural && !isPluralPhrase(o.text),
  }));
  for (const self of SELF_REFERENCES) {
    const concept = terms.concepts.find((c) => c.id === self.concept);
    const neutral = concept?.neutral[0];
    if (!neutral) continue;
    for (const m of text.matchAll(self.form)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (found.some((o) => start < o.end && o.start < end)) continue;
      // "the Sector Members" and "Sector assemblies" are other things.
      if (/^\s+(?:Members?|assemblies|advisory|study)\b/i.test(text.slice(end))) continue;
      found.push({ start, end, text: m[0], neutral: neutral.form, becomesPlural: neutral.plural });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Rewrites a Sector's wording neutrally. `role` is the Sector whose text it is: only its own terms
 * are replaced (another Sector named in the text stays named).
 */
export function neutralWording(text: string, role: SectorRole, terms: SectorTerms): NeutralWording {
  const substitutions: string[] = [];
  const agreements: string[] = [];
  const meetings: string[] = [];
  // Edits over the original text, applied right to left at the end.
  const edits: TextEdit[] = [];
  for (const o of occurrencesIn(text, role, terms)) {
    const meeting = meetingName(text, o);
    if (meeting !== null) {
      meetings.push(meeting);
      continue;
    }
    const edit = attributiveUse(text, o) ?? termReplacement(text, o);
    substitutions.push(`${text.slice(edit.start, edit.end)} -> ${edit.text}`);
    edits.push(edit);
    if (edit.agrees && o.becomesPlural) {
      agreeVerb(text, edit.end, edits, agreements);
      agreePronouns(text, edit.end, edits, agreements);
    }
  }
  let out = text;
  const ordered = [...edits].sort((a, b) => a.start - b.start);
  for (const e of [...ordered].reverse()) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return { text: out, substitutions, agreements, meetings, edits: ordered };
}

/** A term followed by "-20" names one meeting ("WTSA-20"): left as written. */
function meetingName(text: string, o: Occurrence): string | null {
  if (!/^-\d/.test(text.slice(o.end))) return null;
  return text.slice(o.start, o.end + (/^-\d+/.exec(text.slice(o.end))?.[0].length ?? 0));
}

/** A replacement of a term; `agrees`: the words that agree with it as a subject may follow its number. */
type TermEdit = TextEdit & { agrees: boolean };

/** An abbreviation used as an adjective: "the ITU-T website" -> "the websites of the three Sectors". */
function attributiveUse(text: string, o: Occurrence): TermEdit | null {
  const attributive = /^ ([\p{Ll}][\p{Ll}-]*)\b/u.exec(text.slice(o.end));
  const noun = attributive?.[1];
  const core = /^(?:(the)\s+)?(.*)$/isu.exec(o.text) as RegExpExecArray;
  if (!noun || !/^[\p{Lu}][\p{Lu}-]+$/u.test(core[2] as string) || NOT_NOUNS.has(noun) || pluralVerb(noun))
    return null;
  let start = o.start;
  const article = core[1] ?? /\b(the)\s+$/i.exec(text.slice(0, start))?.[1];
  if (!core[1] && article) start -= article.length + (/\s+$/.exec(text.slice(0, start))?.[0].length ?? 0);
  const head = isUncountable(noun) || /s$/.test(noun) ? noun : plural(noun);
  const end = o.end + (attributive?.[0].length ?? 0);
  return { start, end, text: `${article ?? "the"} ${head} of ${o.neutral}`, agrees: false };
}

/**
 * A term replaced by its neutral form, with the article it brings and the case of a sentence start;
 * a possessive ("ITU-T's") follows the plural ("the three Sectors'"), and then nothing agrees with it.
 */
function termReplacement(text: string, o: Occurrence): TermEdit {
  let start = o.start;
  let replacement = o.neutral;
  let end = o.end;
  // "the ITU-T study groups" matched without its article: the neutral form brings its own.
  const article = /\b(the)\s+$/i.exec(text.slice(0, start));
  if (article && /^the\s/i.test(replacement)) start = article.index;
  // Capitals at the start of a sentence, or where the text had "The"; an item starts in lower case.
  if (/[.!?]\s+$/.test(text.slice(0, start)) || /^The\s/.test(text.slice(start))) {
    replacement = replacement[0]?.toUpperCase() + replacement.slice(1);
  }
  const possessive = /^['’]s\b/.exec(text.slice(end));
  if (possessive && /s$/.test(replacement)) {
    end += possessive[0].length;
    replacement += "'";
  }
  return { start, end, text: replacement, agrees: !possessive };
}

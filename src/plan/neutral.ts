/**
 * Neutral wording for Resolution 140 (DOMAIN.md "Sector terms"): a Sector's own terms become the
 * neutral forms of the term table ("ITU-T" -> "the three Sectors"), and where that changes the number
 * of a subject the words that agree with it follow ("ITU-T has" -> "the three Sectors have", "its
 * mandate" -> "their mandates"). The result is derived text: every change is listed for review.
 */

import { findTermOccurrences, type SectorTerms, type TermOccurrence } from "../domain/sector-terms.js";
import type { SectorRole } from "../model.js";

/** A self-reference the term table leaves out because it only means "this Sector" inside a Sector text. */
const SELF_REFERENCES: { form: RegExp; concept: string }[] = [
  { form: /\b(?:the|this) Sector\b/giu, concept: "sector" },
  { form: /\b(?:the|this) Bureau\b/giu, concept: "bureau" },
];

/** Singular verbs and their plural, for a subject that becomes plural. */
const VERB_AGREEMENT: Record<string, string> = {
  has: "have",
  is: "are",
  was: "were",
  does: "do",
  "hasn't": "haven't",
  "isn't": "aren't",
  "doesn't": "don't",
  acts: "act",
  assists: "assist",
  carries: "carry",
  collaborates: "collaborate",
  continues: "continue",
  contributes: "contribute",
  cooperates: "cooperate",
  coordinates: "coordinate",
  develops: "develop",
  ensures: "ensure",
  facilitates: "facilitate",
  holds: "hold",
  leads: "lead",
  maintains: "maintain",
  needs: "need",
  participates: "participate",
  plays: "play",
  promotes: "promote",
  provides: "provide",
  remains: "remain",
  seeks: "seek",
  supports: "support",
  takes: "take",
  undertakes: "undertake",
  works: "work",
};

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

/** Adverbs that may stand between a subject and its verb ("ITU-T also has"). */
const ADVERBS = new Set([
  "also",
  "already",
  "further",
  "still",
  "actively",
  "currently",
  "now",
  "continuously",
]);
/** Words between "its" and its noun that do not change ("its own mandate"). */
const ADJECTIVES = new Set([
  "own",
  "relevant",
  "respective",
  "current",
  "existing",
  "specific",
  "main",
  "core",
]);
/** Nouns that do not take a plural ("their work", not "their works"). */
const UNCOUNTABLE = new Set([
  "work",
  "expertise",
  "knowledge",
  "information",
  "assistance",
  "support",
  "membership",
  "participation",
  "cooperation",
  "collaboration",
  "development",
  "standardization",
  "engagement",
  "leadership",
  "guidance",
  "research",
  "progress",
  "staff",
  "budget",
]);

export interface NeutralWording {
  text: string;
  /** "ITU-T -> the three Sectors", "has -> have", "its mandate -> their mandates". */
  substitutions: string[];
  agreements: string[];
  /** Terms left as written because they name one meeting ("WTSA-20"). */
  meetings: string[];
}

export function plural(noun: string): string {
  if (/(?:s|x|z|ch|sh)$/i.test(noun)) return `${noun}es`;
  if (/[^aeiou]y$/i.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
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

function matchCase(model: string, word: string): string {
  if (model === model.toUpperCase() && model !== model.toLowerCase()) return word.toUpperCase();
  if (model[0] && model[0] === model[0].toUpperCase() && model[0] !== model[0].toLowerCase()) {
    return word[0]?.toUpperCase() + word.slice(1);
  }
  return word;
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
  const edits: { start: number; end: number; text: string }[] = [];
  const occupied = (s: number, e: number) => edits.some((x) => s < x.end && x.start < e);

  for (const o of occurrencesIn(text, role, terms)) {
    if (/^-\d/.test(text.slice(o.end))) {
      meetings.push(text.slice(o.start, o.end + (/^-\d+/.exec(text.slice(o.end))?.[0].length ?? 0)));
      continue;
    }
    let start = o.start;
    let replacement = o.neutral;
    let end = o.end;
    // An abbreviation used as an adjective: "the ITU-T website" -> "the websites of the three Sectors".
    const attributive = /^ ([\p{Ll}][\p{Ll}-]*)\b/u.exec(text.slice(o.end));
    const noun = attributive?.[1];
    const core = /^(?:(the)\s+)?(.*)$/isu.exec(o.text) as RegExpExecArray;
    if (
      noun &&
      /^[\p{Lu}][\p{Lu}-]+$/u.test(core[2] as string) &&
      !NOT_NOUNS.has(noun) &&
      !VERB_AGREEMENT[noun]
    ) {
      const article = core[1] ?? /\b(the)\s+$/i.exec(text.slice(0, start))?.[1];
      if (!core[1] && article) start -= article.length + (/\s+$/.exec(text.slice(0, start))?.[0].length ?? 0);
      const head = UNCOUNTABLE.has(noun) || /s$/.test(noun) ? noun : plural(noun);
      replacement = `${article ?? "the"} ${head} of ${o.neutral}`;
      end = o.end + (attributive?.[0].length ?? 0);
      substitutions.push(`${text.slice(start, end)} -> ${replacement}`);
      edits.push({ start, end, text: replacement });
      continue;
    }
    // "the ITU-T study groups" matched without its article: the neutral form brings its own.
    const before = text.slice(0, start);
    const article = /\b(the)\s+$/i.exec(before);
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
    substitutions.push(`${text.slice(start, end)} -> ${replacement}`);
    edits.push({ start, end, text: replacement });
    if (!o.becomesPlural || possessive) continue;

    // The verb of which it is the subject, possibly after adverbs: "ITU-T also has" -> "... also have".
    const wordRe = /^(\s+)([\p{L}'’-]+)/u;
    let at = end;
    for (let step = 0; step < 3; step++) {
      const w = wordRe.exec(text.slice(at));
      if (!w) break;
      const word = w[2] as string;
      const wordStart = at + (w[1] as string).length;
      const lower = word.toLowerCase().replace("’", "'");
      if (ADVERBS.has(lower)) {
        at = wordStart + word.length;
        continue;
      }
      const pluralVerb = VERB_AGREEMENT[lower];
      if (pluralVerb && !occupied(wordStart, wordStart + word.length)) {
        const fixed = matchCase(word, pluralVerb);
        edits.push({ start: wordStart, end: wordStart + word.length, text: fixed });
        agreements.push(`${word} -> ${fixed}`);
      }
      break;
    }
    // Pronouns that refer back to it in the same clause: "its mandate" -> "their mandates".
    const clauseEnd = (() => {
      const m = /[;:.](?:\s|$)/.exec(text.slice(end));
      return m ? end + (m.index ?? 0) : text.length;
    })();
    const clause = text.slice(end, clauseEnd);
    for (const p of clause.matchAll(/\b(its|itself)\b/giu)) {
      const pStart = end + (p.index ?? 0);
      const pronoun = p[0];
      if (occupied(pStart, pStart + pronoun.length)) continue;
      if (pronoun.toLowerCase() === "itself") {
        const fixed = matchCase(pronoun, "themselves");
        edits.push({ start: pStart, end: pStart + pronoun.length, text: fixed });
        agreements.push(`${pronoun} -> ${fixed}`);
        continue;
      }
      const fixed = matchCase(pronoun, "their");
      edits.push({ start: pStart, end: pStart + pronoun.length, text: fixed });
      // The noun it qualifies, after adjectives that do not change.
      let at2 = pStart + pronoun.length;
      const phrase: string[] = [pronoun];
      const fixedPhrase: string[] = [fixed];
      for (let step = 0; step < 3; step++) {
        const w = wordRe.exec(text.slice(at2));
        if (!w) break;
        const word = w[2] as string;
        const wordStart = at2 + (w[1] as string).length;
        at2 = wordStart + word.length;
        phrase.push(word);
        if (ADJECTIVES.has(word.toLowerCase())) {
          fixedPhrase.push(word);
          continue;
        }
        if (!UNCOUNTABLE.has(word.toLowerCase()) && !/s$/i.test(word) && /^\p{Ll}/u.test(word)) {
          const nounPlural = plural(word);
          edits.push({ start: wordStart, end: wordStart + word.length, text: nounPlural });
          fixedPhrase.push(nounPlural);
        } else {
          fixedPhrase.push(word);
        }
        break;
      }
      agreements.push(`${phrase.join(" ")} -> ${fixedPhrase.join(" ")}`);
    }
  }
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start))
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return { text: out, substitutions, agreements, meetings };
}

/**
 * English agreement for neutral wording (src/plan/neutral.ts): where a Sector's singular subject
 * becomes the plural "the three Sectors", the verb and the pronouns that refer back to it follow
 * ("ITU-T has" -> "the three Sectors have", "its mandate" -> "their mandates").
 */

/** A replacement of `[start, end)` of the text being rewritten. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

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

export function plural(noun: string): string {
  if (/(?:s|x|z|ch|sh)$/i.test(noun)) return `${noun}es`;
  if (/[^aeiou]y$/i.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

function matchCase(model: string, word: string): string {
  if (model === model.toUpperCase() && model !== model.toLowerCase()) return word.toUpperCase();
  if (model[0] && model[0] === model[0].toUpperCase() && model[0] !== model[0].toLowerCase()) {
    return word[0]?.toUpperCase() + word.slice(1);
  }
  return word;
}

/** Whether `[start, end)` overlaps an edit already made. */
function overlapsEdit(edits: readonly TextEdit[], start: number, end: number): boolean {
  return edits.some((x) => start < x.end && x.start < end);
}

/** A singular verb and its plural, or undefined: "has" -> "have". */
export function pluralVerb(word: string): string | undefined {
  return VERB_AGREEMENT[word];
}

/** The next word after `at`, and where it starts. */
const WORD_AFTER = /^(\s+)([\p{L}'’-]+)/u;

/** The verb of which a subject ending at `end` is the subject, after adverbs: "ITU-T also has" -> "... also have". */
export function agreeVerb(text: string, end: number, edits: TextEdit[], agreements: string[]): void {
  let at = end;
  for (let step = 0; step < 3; step++) {
    const w = WORD_AFTER.exec(text.slice(at));
    if (!w) break;
    const word = w[2] as string;
    const wordStart = at + (w[1] as string).length;
    const lower = word.toLowerCase().replace("’", "'");
    if (ADVERBS.has(lower)) {
      at = wordStart + word.length;
      continue;
    }
    const pluralForm = VERB_AGREEMENT[lower];
    if (pluralForm && !overlapsEdit(edits, wordStart, wordStart + word.length)) {
      const fixed = matchCase(word, pluralForm);
      edits.push({ start: wordStart, end: wordStart + word.length, text: fixed });
      agreements.push(`${word} -> ${fixed}`);
    }
    break;
  }
}

/** Pronouns that refer back to a subject ending at `end`, in the same clause: "its mandate" -> "their mandates". */
export function agreePronouns(text: string, end: number, edits: TextEdit[], agreements: string[]): void {
  const m = /[;:.](?:\s|$)/.exec(text.slice(end));
  const clauseEnd = m ? end + (m.index ?? 0) : text.length;
  const clause = text.slice(end, clauseEnd);
  for (const p of clause.matchAll(/\b(its|itself)\b/giu)) {
    const pStart = end + (p.index ?? 0);
    const pronoun = p[0];
    if (overlapsEdit(edits, pStart, pStart + pronoun.length)) continue;
    if (pronoun.toLowerCase() === "itself") {
      const fixed = matchCase(pronoun, "themselves");
      edits.push({ start: pStart, end: pStart + pronoun.length, text: fixed });
      agreements.push(`${pronoun} -> ${fixed}`);
      continue;
    }
    const fixed = matchCase(pronoun, "their");
    edits.push({ start: pStart, end: pStart + pronoun.length, text: fixed });
    const noun = pluralNounAfter(text, pStart + pronoun.length, edits);
    agreements.push(`${[pronoun, ...noun.was].join(" ")} -> ${[fixed, ...noun.now].join(" ")}`);
  }
}

/**
 * The noun a possessive qualifies, after adjectives that do not change, made plural ("its own mandate"
 * -> "their own mandates"): the words after the pronoun as they were and as they are now.
 */
function pluralNounAfter(text: string, from: number, edits: TextEdit[]): { was: string[]; now: string[] } {
  let at = from;
  const was: string[] = [];
  const now: string[] = [];
  for (let step = 0; step < 3; step++) {
    const w = WORD_AFTER.exec(text.slice(at));
    if (!w) break;
    const word = w[2] as string;
    const wordStart = at + (w[1] as string).length;
    at = wordStart + word.length;
    was.push(word);
    if (ADJECTIVES.has(word.toLowerCase())) {
      now.push(word);
      continue;
    }
    if (!UNCOUNTABLE.has(word.toLowerCase()) && !/s$/i.test(word) && /^\p{Ll}/u.test(word)) {
      const nounPlural = plural(word);
      edits.push({ start: wordStart, end: wordStart + word.length, text: nounPlural });
      now.push(nounPlural);
    } else {
      now.push(word);
    }
    break;
  }
  return { was, now };
}

/** A noun that takes no plural ("work", "support"). */
export function isUncountable(noun: string): boolean {
  return UNCOUNTABLE.has(noun);
}

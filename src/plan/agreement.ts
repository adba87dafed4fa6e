/**
 * English agreement for neutral wording (src/plan/neutral.ts): where a Sector's singular subject
 * becomes a plural ("ITU-T" -> "the three Sectors"), its verbs and the possessives that refer back to
 * it follow ("ITU-T actively contributes" -> "the three Sectors actively contribute", "its mandate" ->
 * "their mandates"). Words are read with their roles (src/plan/sentence.ts); a possessive that may
 * refer to something else ("the Forum and its sessions") is left as written, in brackets.
 */
import { flag, matchCase, overlapsEdit, type Rewrite } from "./rewrite.js";
import type { Word } from "./sentence.js";
import { isThirdPersonSingular, isUncountable, pluralNoun, pluralVerb } from "./syntax.js";

/** Punctuation after a word that ends its clause. */
const CLAUSE_END = /[;:.!?]/;
/** Words that open a clause with its own subject: a verb after them is not the Sector's. */
const CLAUSE_OPENERS = new Set(["which", "who", "that", "whose", "whom", "where", "when", "whereby", "if"]);
/** Adverbs the tagger may read otherwise, between a subject and its verb. */
const ADVERBS = new Set(["also", "already", "further", "still", "actively", "currently", "now", "not"]);
/** Words that attach a possessive to the noun before it: "the Forum and its sessions". */
const ATTACHING = new Set(["and", "or", "with", "including", "through"]);
const DETERMINERS = new Set(["the", "a", "an", "this", "that", "each", "every", "any", "another"]);

const isAdverb = (w: Word) => ADVERBS.has(w.lower) || (w.tags.has("Adverb") && !w.tags.has("Verb"));

/** The index of the first word starting at or after `offset` (the word count when none). */
export function wordIndexAt(words: readonly Word[], offset: number): number {
  const i = words.findIndex((w) => w.start >= offset);
  return i < 0 ? words.length : i;
}

/**
 * The words of a parenthesis right after a subject ending at `from` (", through the Bureau and TSAG,"
 * or "(...)"): the index of the first word and of the first word after it; none when there is none.
 */
function parenthesisAfter(r: Rewrite, from: number): { first: number; after: number } | null {
  const first = wordIndexAt(r.words, from);
  const opening = /^\s*([,(])/.exec(r.view.slice(from, r.words[first]?.start ?? r.view.length))?.[1];
  if (!opening) return null;
  const closing = opening === "," ? "," : ")";
  for (let k = first; k < r.words.length; k++) {
    const post = (r.words[k] as Word).post;
    if (post.includes(closing)) return { first, after: k + 1 };
    if (CLAUSE_END.test(post)) return null;
  }
  return null;
}

/**
 * A verb in the present tense, third person singular: "publishes", "is", "has". The tagger reads a few
 * verbs after a name as plural nouns ("hosts", "needs"): one is a verb after an adverb ("still
 * needs"), or before a determiner or an adjective ("hosts the", "needs additional").
 */
export function isSingularVerb(w: Word, next: Word | undefined, afterAdverb = false): boolean {
  if (w.occurrence !== null || !isThirdPersonSingular(w.text)) return false;
  if (w.tags.has("Verb")) return !w.tags.has("Gerund") && !w.tags.has("Modal");
  if (!w.tags.has("Plural") || /\S/.test(w.post)) return false;
  if (afterAdverb) return true;
  return next !== undefined && ["Determiner", "Possessive", "Adjective"].some((t) => next.tags.has(t));
}

function makePlural(r: Rewrite, w: Word): void {
  if (overlapsEdit(r.edits, w.start, w.end)) return;
  const fixed = matchCase(w.text, pluralVerb(w.text));
  r.edits.push({ start: w.start, end: w.end, text: fixed });
  r.agreements.push(`${w.text} -> ${fixed}`);
}

/**
 * The verbs of a subject ending at `end` that became plural: the first finite verb after it (past
 * adverbs, a parenthesis, "which"), and verbs coordinated with it ("develops ... and publishes"). A
 * relative clause in the parenthesis agrees too ("ITU-D, which leads ..., reports").
 */
export function agreeVerbs(r: Rewrite, end: number): void {
  const parenthesis = parenthesisAfter(r, end);
  const opening = parenthesis ? r.words[parenthesis.first] : undefined;
  if (parenthesis && opening && (opening.lower === "which" || opening.lower === "who")) {
    agreeVerbAt(r, parenthesis.first + 1);
  }
  let i = parenthesis?.after ?? wordIndexAt(r.words, end);
  const first = r.words[i];
  if (!parenthesis && first && (first.lower === "which" || first.lower === "who")) i++;
  agreeVerbAt(r, i, parenthesis !== null);
}

/**
 * The verb at word `i` (after adverbs), and the verbs coordinated with it, made plural. `separated`:
 * a parenthesis stands between it and its subject, so a plural noun there can only be the verb.
 */
function agreeVerbAt(r: Rewrite, from: number, separated = false): void {
  let i = from;
  while (r.words[i] && isAdverb(r.words[i] as Word)) i++;
  const verb = r.words[i];
  if (!verb || !isSingularVerb(verb, r.words[i + 1], i > from || separated)) return;
  makePlural(r, verb);
  for (let k = i; k < r.words.length - 1; k++) {
    const w = r.words[k] as Word;
    if (CLAUSE_END.test(w.post) || (k > i && CLAUSE_OPENERS.has(w.lower))) return;
    const next = r.words[k + 1] as Word;
    if (next.lower !== "and" && next.lower !== "or") continue;
    let j = k + 2;
    while (r.words[j] && isAdverb(r.words[j] as Word)) j++;
    const coordinated = r.words[j];
    if (coordinated?.tags.has("Verb") && isSingularVerb(coordinated, r.words[j + 1]))
      makePlural(r, coordinated);
  }
}

/** A singular noun that heads its phrase and could be what "its" refers to: "the Forum", "UNESCO". */
function antecedent(r: Rewrite, j: number): string | null {
  const words = r.words;
  const w = words[j] as Word;
  const next = words[j + 1];
  if (w.occurrence !== null || !w.tags.has("Noun") || w.tags.has("Plural")) return null;
  if (w.tags.has("Pronoun") || w.tags.has("Possessive") || w.tags.has("Value")) return null;
  // A noun before another noun modifies it ("review" in "review sessions").
  if (next?.tags.has("Noun") && !next.tags.has("Pronoun") && !/\S/.test(w.post)) return null;
  let k = j;
  while (k > 0) {
    const before = words[k - 1] as Word;
    if (/\S/.test(before.post) || !(before.tags.has("Adjective") || before.tags.has("Noun"))) break;
    if (before.tags.has("Pronoun") || before.occurrence !== null) break;
    k--;
  }
  const determiner = words[k - 1];
  const named = w.tags.has("ProperNoun") || w.tags.has("Acronym") || /^\p{Lu}/u.test(w.text);
  const determined =
    determiner !== undefined && DETERMINERS.has(determiner.lower) && !/\S/.test(determiner.post);
  if (!named && !determined) return null;
  const from = determined ? (determiner as Word) : (words[k] as Word);
  return `"${r.text.slice(from.start, w.end)}"`;
}

/**
 * Something else "its" at word `to` may refer to, between a term (word `from`, -1 for the subject of
 * a lead-in) and it. After a subject, only a noun right before the possessive ("the Forum and its")
 * or the subject of another clause ("that the Forum publishes its") competes; after an object, any.
 */
function competing(r: Rewrite, from: number, to: number, subject: boolean, skip: Set<number>): string | null {
  for (let j = to - 1; j > from; j--) {
    if (skip.has(j)) continue;
    const candidate = antecedent(r, j);
    if (!candidate) continue;
    if (!subject) return candidate;
    const between = r.words.slice(j + 1, to);
    const attached =
      between.length === 0 || (between.length === 1 && ATTACHING.has((between[0] as Word).lower));
    const next = r.words[j + 1];
    const opensClause = next?.tags.has("Verb") && !next.tags.has("Infinitive") && !next.tags.has("Gerund");
    if (attached || opensClause) return candidate;
  }
  return null;
}

/**
 * "its" and "itself" after a term (word `termWord`; -1: the subject of the lead-in) that became plural,
 * up to `limit` or the end of the clause: "their" ("their mandates") and "themselves", or kept in
 * brackets where they may refer to something else.
 */
export function agreePossessives(
  r: Rewrite,
  termWord: number,
  limit: number,
  subject: boolean,
  neutral: string,
): void {
  const parenthesis = termWord >= 0 ? parenthesisAfter(r, (r.words[termWord] as Word).end) : null;
  const skip = new Set<number>();
  if (parenthesis) for (let k = parenthesis.first; k < parenthesis.after; k++) skip.add(k);
  let sameClause = true;
  for (let k = termWord + 1; k < r.words.length; k++) {
    const w = r.words[k] as Word;
    if (w.start >= limit) return;
    // In a later clause ("...; its study groups"), any noun between may be what "its" means.
    if (k > termWord + 1 && CLAUSE_END.test((r.words[k - 1] as Word).post)) sameClause = false;
    if (w.lower === "it") {
      flagSubjectIt(r, k, neutral);
      continue;
    }
    if (w.lower !== "its" && w.lower !== "itself") continue;
    if (overlapsEdit(r.edits, w.start, w.end)) continue;
    const other = competing(r, termWord, k, subject && sameClause, skip);
    if (other) {
      const their = w.lower === "its" ? "their" : "themselves";
      flag(
        r,
        w.start,
        w.end,
        "agreement",
        `may refer to ${other} or to ${neutral}: keep "${w.text}" or write "${their}"`,
      );
      continue;
    }
    const fixed = matchCase(w.text, w.lower === "its" ? "their" : "themselves");
    r.edits.push({ start: w.start, end: w.end, text: fixed });
    const noun = w.lower === "its" ? pluralHeadAfter(r, k) : { was: [], now: [] }; // unchanged: []
    r.agreements.push(`${[w.text, ...noun.was].join(" ")} -> ${[fixed, ...noun.now].join(" ")}`);
  }
}

/**
 * "it" as the subject of a verb after a term that became plural ("; it reviews them"): it may mean the
 * term ("they review") or something else ("it is important"), so both words stay in brackets.
 */
function flagSubjectIt(r: Rewrite, k: number, neutral: string): void {
  const it = r.words[k] as Word;
  const verb = r.words[k + 1];
  if (!verb || /\S/.test(it.post) || !isSingularVerb(verb, r.words[k + 2])) return;
  if (overlapsEdit(r.edits, it.start, verb.end)) return;
  const they = `they ${pluralVerb(verb.text)}`;
  flag(r, it.start, verb.end, "agreement", `"it" may refer to ${neutral} ("${they}") or to something else`);
}

/**
 * The noun a possessive qualifies, made plural ("its own mandate" -> "their own mandates"): the words
 * after the pronoun up to that noun, as they were and as they are now. Names, uncountable nouns
 * ("their work") and plurals stay.
 */
function pluralHeadAfter(r: Rewrite, pronoun: number): { was: string[]; now: string[] } {
  const chain: Word[] = [];
  for (let j = pronoun + 1; j < r.words.length; j++) {
    const w = r.words[j] as Word;
    if (/\S/.test((r.words[j - 1] as Word).post) || w.occurrence !== null) break;
    const modifier = w.tags.has("Adjective") || w.tags.has("Acronym") || w.tags.has("ProperNoun");
    if (!(modifier || w.tags.has("Noun")) || w.tags.has("Pronoun") || w.tags.has("Determiner")) break;
    chain.push(w);
  }
  const head = chain[chain.length - 1];
  if (!head) return { was: [], now: [] };
  const was = chain.map((w) => w.text);
  const countable =
    head.tags.has("Noun") &&
    !head.tags.has("Plural") &&
    !head.tags.has("Acronym") &&
    /^\p{Ll}/u.test(head.text) &&
    !isUncountable(head.text);
  if (!countable || overlapsEdit(r.edits, head.start, head.end)) return { was: [], now: [] };
  const plural = pluralNoun(head.text);
  r.edits.push({ start: head.start, end: head.end, text: plural });
  return { was, now: [...was.slice(0, -1), plural] };
}

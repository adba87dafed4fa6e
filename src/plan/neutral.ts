/**
 * Neutral wording for Resolution 140 (docs/how-it-works.md "Neutral wording"): a Sector's own terms
 * become the neutral forms of the term table ("ITU-T" -> "the three Sectors"), read with the roles of
 * the words around them (src/plan/syntax.ts): a noun after an abbreviation makes an "of" phrase ("the
 * ITU-T website" -> "the websites of the three Sectors"); a verb or an adverb does not ("ITU-T actively
 * contributes" -> "the three Sectors actively contribute"), and where the subject becomes plural its
 * verbs and possessives agree (src/plan/agreement.ts). Where no rewrite is certain, the source words
 * stay in [square brackets] with a flag saying why (src/plan/doubts.ts). Every change is listed for review.
 */
import type { SectorTerms } from "../domain/sector-terms.js";
import { SECTOR_ROLES, type SectorRole } from "../model.js";
import { agreePossessives, agreeVerbs, isSingularVerb, wordIndexAt } from "./agreement.js";
import { flagCompounds, flagOtherSectors, flagSelfReferences } from "./doubts.js";
import { applyTextEdits, flag, type Rewrite, type TextEdit, type WordingFlag } from "./rewrite.js";
import { proseView, readWords, type Word } from "./sentence.js";
import { isUncountable, pluralNoun } from "./syntax.js";
import { meetingName, type Occurrence, occurrencesOf, type TermUnit, termUnits } from "./term-groups.js";

export type { WordingFlag } from "./rewrite.js";
export { isPluralPhrase } from "./term-groups.js";

export interface NeutralOptions {
  /**
   * The text is a sub-item of a lead-in whose subject became plural ("that the three Sectors shall:"):
   * a verb it opens with and its possessives agree with that subject.
   */
  pluralSubject?: boolean;
  /** The item this text belongs to already speaks for the three Sectors: another Sector named here is flagged. */
  neutralized?: boolean;
}

export interface NeutralWording {
  text: string;
  /** "ITU-T -> the three Sectors". */
  substitutions: string[];
  /** "has -> have", "its mandate -> their mandates". */
  agreements: string[];
  /** Terms left as written because they name one meeting ("WTSA-20"). */
  meetings: string[];
  /** Words in [square brackets] in `text`, because no rewrite of them is certain. */
  flags: WordingFlag[];
  /** A subject of the text became plural: sub-items after a lead-in agree with it. */
  pluralSubject: boolean;
  /**
   * The changes over the input, in order (`text` is the input with them applied): a moved item's
   * Markdown is rewritten exactly where its words changed (src/plan/prose.ts).
   */
  edits: TextEdit[];
}

/** Determiners after which an abbreviation used as an adjective is rewritten ("the ITU-T website"). */
const ARTICLE = /(?<!\p{L})the\s+$/iu;
const OTHER_DETERMINER = /(?<!\p{L})(?:an?|each|every|this|its|any)\s+$/iu;

/**
 * Rewrites a Sector's wording neutrally. `role` is the Sector whose text it is: only its own terms
 * become neutral. The text may carry inline Markdown; link addresses, code and tags are left alone.
 */
export function neutralWording(
  text: string,
  role: SectorRole,
  terms: SectorTerms,
  options: NeutralOptions = {},
): NeutralWording {
  const { view } = proseView(text);
  const r: Rewrite = { text, view, words: [], edits: [], agreements: [], flags: [] };
  const result = { substitutions: [] as string[], meetings: [] as string[], pluralSubject: false };
  const notMeeting = (o: Occurrence) => {
    const meeting = meetingName(view, o);
    if (meeting !== null && o.role === role) result.meetings.push(meeting);
    return meeting === null;
  };
  const own = occurrencesOf(view, role, terms, true).filter(notMeeting);
  const others = SECTOR_ROLES.filter((x) => x !== role).flatMap((x) =>
    occurrencesOf(view, x, terms, false).filter(notMeeting),
  );
  flagCompounds(r, role, terms);
  flagSelfReferences(r);
  const units = termUnits(view, own, others);
  // The tagger is loaded only here, for a text with a term to rewrite.
  if (own.length > 0 || options.pluralSubject) {
    r.words = readWords(view, [...own, ...others]);
    units.forEach((unit, k) => {
      const limit = units[k + 1] ? unitStart(units[k + 1] as TermUnit) : view.length;
      rewriteUnit(r, unit, limit, result, role);
    });
    if (options.pluralSubject) {
      agreeVerbs(r, 0);
      agreePossessives(
        r,
        -1,
        units[0] ? unitStart(units[0]) : view.length,
        true,
        "the subject of the lead-in",
      );
    }
  }
  if (own.length > 0 || options.neutralized) flagOtherSectors(r, units, role);
  return {
    text: applyTextEdits(text, r.edits),
    substitutions: result.substitutions,
    agreements: r.agreements,
    meetings: result.meetings,
    flags: r.flags,
    pluralSubject: result.pluralSubject,
    edits: [...r.edits].sort((x, y) => x.start - y.start),
  };
}

function unitStart(unit: TermUnit): number {
  return unit.kind === "list" ? unit.start : unit.occurrence.start;
}

interface UnitResult {
  substitutions: string[];
  pluralSubject: boolean;
}

function rewriteUnit(r: Rewrite, unit: TermUnit, limit: number, result: UnitResult, role: SectorRole): void {
  if (unit.kind === "other") return;
  if (unit.kind === "list") {
    if (!unit.members.some((m) => m.role === role)) return;
    const first = unit.members[0] as Occurrence;
    const source = r.text.slice(unit.start, unit.end);
    if (unit.all) {
      const edit = replacement(r, { ...first, start: unit.start, end: unit.end, text: source });
      r.edits.push(edit);
      result.substitutions.push(`${source} -> ${edit.text}`);
    } else {
      const roles = unit.members.map((m) => m.role).join(" and ");
      flag(
        r,
        unit.start,
        unit.end,
        "neutral-wording",
        `names ${roles} only: say which Sectors Resolution 140 means`,
      );
    }
    return;
  }
  const o = unit.occurrence;
  const termWord = r.words.findIndex((w) => w.occurrence !== null && w.start <= o.end && w.end > o.start);
  const attributive = attributiveUse(r, o, termWord);
  if (attributive === "doubt") {
    flag(
      r,
      o.start,
      o.end,
      "neutral-wording",
      `${o.text} before a noun: reword it for the three Sectors (one for all, or one each?)`,
    );
    return;
  }
  const edit = attributive ?? replacement(r, o);
  r.edits.push(edit);
  // Shown with the article the text keeps: "the ITU-T website -> the websites of the three Sectors".
  const article = /^the\s/i.test(edit.text) ? null : ARTICLE.exec(r.view.slice(0, edit.start));
  const shown = article ? r.view.slice(article.index, edit.start).replace(/\s+/g, " ") : "";
  result.substitutions.push(`${shown}${r.text.slice(edit.start, edit.end)} -> ${shown}${edit.text}`);
  const plural = attributive ? attributive.becomesPlural : o.becomesPlural && !edit.possessive;
  if (!plural) return;
  const subject = isSubject(r, edit.start);
  if (subject) {
    agreeVerbs(r, edit.end);
    result.pluralSubject = true;
  }
  const last = wordIndexAt(r.words, edit.end) - 1;
  agreePossessives(r, last, limit, subject, `"${edit.text}"`);
}

type TermEdit = TextEdit & { possessive?: boolean };

/**
 * A term replaced by its neutral form, with the article it brings and the case of a sentence start;
 * a possessive ("ITU-T's") follows the plural ("the three Sectors'").
 */
function replacement(r: Rewrite, o: Occurrence): TermEdit {
  const start = o.start;
  let text = o.neutral;
  let end = o.end;
  // "the ITU-T study groups" matched without its article: the text's article stands for the neutral
  // form's (so that Markdown between them stays as it is).
  if (ARTICLE.test(r.view.slice(0, start))) text = text.replace(/^the\s+/i, "");
  // Capitals at the start of a sentence, or where the text had "The"; an item starts in lower case.
  else if (/[.!?]\s+$/.test(r.view.slice(0, start)) || /^The\s/.test(r.view.slice(start))) {
    text = (text[0] as string).toUpperCase() + text.slice(1);
  }
  const possessive = /^(['’])s(?![\p{L}\p{N}])/u.exec(r.view.slice(end));
  if (possessive && /s$/.test(text)) {
    end += possessive[0].length;
    text += possessive[1];
  }
  return { start, end, text, possessive: possessive !== null };
}

type Attributive = TermEdit & { becomesPlural: boolean };

/**
 * An abbreviation used as an adjective before a noun: "the ITU-T website" -> "the websites of the three
 * Sectors", "ITU-T members" -> "the members of the three Sectors". The noun is what the tagger reads as
 * one after a name ("Ghana website"), not a verb or an adverb ("ITU-T publishes", "ITU-R freely").
 * "doubt" where it is not certain: after another determiner ("an ITU-T workshop": one for all, or one
 * each?), or an adjective after a bare abbreviation that no preposition governs.
 */
function attributiveUse(r: Rewrite, o: Occurrence, termWord: number): Attributive | "doubt" | null {
  if (!/^\p{Lu}[\p{Lu}\d-]*$/u.test(o.text) || termWord < 0 || /^['’]s/.test(r.view.slice(o.end)))
    return null;
  const chain: Word[] = [];
  for (let j = termWord + 1; j < r.words.length; j++) {
    const w = r.words[j] as Word;
    if (/\S/.test((r.words[j - 1] as Word).post) || w.occurrence !== null) break;
    const noun = w.tags.has("Noun") && !w.tags.has("Pronoun") && !w.tags.has("Possessive");
    if (!(noun || (w.tags.has("Adjective") && !w.tags.has("Verb"))) || w.tags.has("Determiner")) break;
    chain.push(w);
    if (w.tags.has("Plural")) break;
  }
  while (chain.length > 0 && !(chain[chain.length - 1] as Word).tags.has("Noun")) chain.pop();
  const head = chain[chain.length - 1];
  // "ITU-T hosts the Forum": a verb the tagger reads as a plural noun.
  if (!head || (chain.length === 1 && isSingularVerb(head, r.words[termWord + 2]))) return null;
  const before = r.view.slice(0, o.start);
  const article = ARTICLE.exec(before);
  const countable = !head.tags.has("Plural") && /^\p{Ll}/u.test(head.text) && !isUncountable(head.text);
  if (!article) {
    if (OTHER_DETERMINER.test(before)) return "doubt";
    // "with ITU-D national experience": after a preposition, a phrase of its own; elsewhere ("to
    // provide ITU-D regional offices") either reading may be meant.
    if (!(chain[0] as Word).tags.has("Noun")) return afterPreposition(r, termWord) ? null : "doubt";
    // A singular noun needs an article: in "the activities of ITU-R need to", "need" is a verb.
    if (countable) return null;
  }
  // Emphasis or a link around part of the phrase would not survive rewriting it whole.
  if (/[*_[\]\\`<]/.test(r.text.slice(o.end, head.start))) return "doubt";
  const headText = countable ? pluralNoun(head.text) : head.text;
  // The text's own article stays where it is ("the [ITU-T website](...)"); otherwise one is added.
  const theWord = article ? "" : /[.!?]\s+$/.test(before) ? "The " : "the ";
  const modifiers = r.text.slice((chain[0] as Word).start, head.start);
  return {
    start: o.start,
    end: head.end,
    text: `${theWord}${modifiers}${headText} of ${o.neutral}`,
    becomesPlural: headText !== head.text,
  };
}

function afterPreposition(r: Rewrite, termWord: number): boolean {
  const previous = r.words[termWord - 1];
  return previous !== undefined && !/\S/.test(previous.post) && previous.tags.has("Preposition");
}

/**
 * Whether a phrase starting at `start` is a subject: not the object of a preposition or a verb before
 * it ("publications of ITU-R", "to invite ITU-T").
 */
function isSubject(r: Rewrite, start: number): boolean {
  let i = wordIndexAt(r.words, start);
  // The phrase's own article: "the work of the Sector relates" is about the word before "the".
  if (r.words[i - 1]?.lower === "the" && !/[^\s*_[]/.test((r.words[i - 1] as Word).post)) i--;
  const previous = r.words[i - 1];
  if (!previous || /[,;:(]/.test(previous.post)) return true;
  if (previous.lower === "to") return false;
  return !(previous.tags.has("Preposition") || (previous.tags.has("Verb") && !previous.tags.has("Copula")));
}

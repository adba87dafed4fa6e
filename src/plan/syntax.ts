/**
 * The roles of words, for neutral wording (src/plan/neutral.ts): a part-of-speech tagger tells
 * "publishes" (a verb) from "website" (a noun) and "freely" (an adverb) after a Sector name, and
 * conjugates ("publishes" -> "publish") and pluralizes ("activity" -> "activities").
 *
 * The tagger is compromise (its tagging level, `compromise/two`). It costs a good part of a second to
 * load, so it is loaded on first use, when a text has a Sector term to rewrite: `analyze`, `check` and
 * `parse` never load it (test/plan/tagger-lazy.test.ts). `require` of the package is synchronous, so
 * the plan stays a plain function.
 */
import { createRequire } from "node:module";

/** A word of the text with its part-of-speech tags ("Verb", "PresentTense", "Noun", "Plural" ...). */
export interface TaggedWord {
  /** Offsets in the text given to `tagWords`, end exclusive. */
  start: number;
  end: number;
  text: string;
  lower: string;
  tags: ReadonlySet<string>;
  /** The punctuation and spaces after the word, as the tagger read them. */
  post: string;
}

interface RawTerm {
  text: string;
  post: string;
  tags: string[];
  offset: { start: number; length: number };
}

interface Compromise {
  (text: string): { json(options: object): { terms: RawTerm[] }[] };
  methods(): {
    two: {
      transform: {
        verb: { toInfinitive(word: string, model: unknown, tense: string): string };
        noun: { toPlural(word: string, model: unknown): string };
      };
    };
  };
  model(): unknown;
}

let tagger: Compromise | undefined;

function loadTagger(): Compromise {
  if (!tagger) {
    const loaded = createRequire(import.meta.url)("compromise/two") as Compromise | { default: Compromise };
    tagger = "default" in loaded ? loaded.default : loaded;
  }
  return tagger;
}

/** Whether the tagger has been loaded in this process (for the test that `analyze` does not load it). */
export function taggerLoaded(): boolean {
  return tagger !== undefined;
}

/** The words of `text` with their tags (offsets into `text`; contractions' empty parts left out). */
export function tagWords(text: string): TaggedWord[] {
  const nlp = loadTagger();
  const words: TaggedWord[] = [];
  for (const sentence of nlp(text).json({ offset: true })) {
    for (const term of sentence.terms) {
      if (term.offset.length === 0) continue;
      const start = term.offset.start;
      const word = text.slice(start, start + term.offset.length);
      words.push({
        start,
        end: start + word.length,
        text: word,
        lower: word.toLowerCase().replace(/’/g, "'"),
        tags: new Set(term.tags),
        post: term.post,
      });
    }
  }
  return words;
}

/** The plural of a verb in the present tense: "publishes" -> "publish", "is" -> "are", "has" -> "have". */
export function pluralVerb(verb: string): string {
  const lower = verb.toLowerCase().replace(/’/g, "'");
  const irregular = IRREGULAR_PLURAL_VERBS[lower];
  if (irregular) return irregular;
  const nlp = loadTagger();
  return nlp.methods().two.transform.verb.toInfinitive(lower, nlp.model(), "PresentTense");
}

const IRREGULAR_PLURAL_VERBS: Record<string, string> = {
  is: "are",
  was: "were",
  has: "have",
  does: "do",
  "isn't": "aren't",
  "wasn't": "weren't",
  "hasn't": "haven't",
  "doesn't": "don't",
};

/** Whether a present-tense verb form is the third person singular ("publishes", "is", "has"). */
export function isThirdPersonSingular(verb: string): boolean {
  const lower = verb.toLowerCase().replace(/’/g, "'");
  if (lower in IRREGULAR_PLURAL_VERBS) return true;
  return /s$/.test(lower) && pluralVerb(lower) !== lower;
}

/** Nouns that take no plural in resolutions ("their work", not "their works"). */
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
  "experience",
  "capacity",
  "infrastructure",
  "equipment",
  "personnel",
]);

/** A noun that takes no plural ("work", "support"). */
export function isUncountable(noun: string): boolean {
  return UNCOUNTABLE.has(noun.toLowerCase());
}

/** The plural of a noun ("website" -> "websites", "activity" -> "activities"); uncountable nouns stay. */
export function pluralNoun(noun: string): string {
  if (isUncountable(noun)) return noun;
  const nlp = loadTagger();
  return nlp.methods().two.transform.noun.toPlural(noun, nlp.model());
}

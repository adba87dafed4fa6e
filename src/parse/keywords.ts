import {
  ADDRESSEES,
  KEYWORD_MODIFIERS,
  OPERATIVE_VERBS,
  PREAMBULAR_KEYWORDS,
  TRAILING_PART_WORDS,
} from "../domain/keywords.js";
import type { SectionKind } from "../model.js";

export interface KeywordMatch {
  /** The keyword as written, spacing collapsed and a trailing ":" or "," dropped. */
  keyword: string;
  family: string;
  kind: SectionKind;
  /** For an operative verb: the words after it (whom it addresses), or "". */
  addressee: string;
  /** The addressee is one of the known ones in the data (not a slug of unknown words). */
  knownAddressee: boolean;
}

const preambular = new Map<string, string>();
for (const entry of PREAMBULAR_KEYWORDS) for (const form of entry.forms) preambular.set(form, entry.family);

const verbs = OPERATIVE_VERBS.flatMap((verb) => verb.forms.map((form) => ({ form, verb }))).sort(
  (a, b) => b.form.length - a.form.length,
);

const addressees = ADDRESSEES.flatMap((entry) =>
  entry.prefixes.map((prefix) => ({ prefix, family: entry.family })),
).sort((a, b) => b.prefix.length - a.prefix.length);

/** First words a keyword line can start with: a quick "no" for the many lines that are not keywords. */
const firstWords = new Set<string>(
  [...preambular.keys(), ...verbs.map(({ form }) => form), ...KEYWORD_MODIFIERS.before].map(
    (form) => form.split(" ")[0] as string,
  ),
);

const before = [...KEYWORD_MODIFIERS.before].map((word) => `${word} `);
const after = [...KEYWORD_MODIFIERS.after].sort((a, b) => b.length - a.length).map((word) => ` ${word}`);

/** One or more modifiers and nothing else: "further", "also", "with satisfaction", "further, also". */
const MODIFIERS_ONLY = new RegExp(
  `^(?:(?:${[...new Set<string>([...KEYWORD_MODIFIERS.after, ...KEYWORD_MODIFIERS.before])]
    .sort((a, b) => b.length - a.length)
    .join("|")})(?:[\\s,]+|$))+$`,
  "u",
);

/**
 * Whether a text is keyword modifiers only: what may follow a keyword outside its emphasis
 * (`*recalling* further`) or on the line after it, and still be part of the keyword.
 */
export function isModifierOnly(text: string): boolean {
  const lower = cleanKeyword(text).toLowerCase();
  return lower !== "" && MODIFIERS_ONLY.test(lower);
}

/** Tidies a keyword line: non-breaking spaces, spacing, a trailing ":" or ",". */
export function cleanKeyword(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/\s*[:,]$/, "");
}

function stripModifiers(lower: string): string {
  let value = lower;
  for (let changed = true; changed; ) {
    changed = false;
    for (const word of before) {
      if (value.startsWith(word)) {
        value = value.slice(word.length);
        changed = true;
      }
    }
    for (const word of after) {
      if (value.endsWith(word)) {
        value = value.slice(0, -word.length);
        changed = true;
      }
    }
  }
  return value;
}

/**
 * The keyword a line (its plain text) states, or null. Preambular keywords must be the whole line (with
 * their modifiers); operative verbs may be followed by an addressee. Whether a line that matches is
 * really a keyword line (and not a sentence) is for the caller to judge from its shape.
 */
export function matchKeyword(text: string): KeywordMatch | null {
  if (text.length > 240) return null;
  const first = /^\s*([\p{L}-]+)/u.exec(text)?.[1]?.toLowerCase();
  if (first === undefined || !firstWords.has(first)) return null;
  const keyword = cleanKeyword(text);
  if (keyword === "" || keyword.length > 200) return null;
  const lower = stripModifiers(keyword.toLowerCase());
  const family = preambular.get(lower);
  if (family) return { keyword, family, kind: "preambular", addressee: "", knownAddressee: false };
  for (const { form, verb } of verbs) {
    if (lower !== form && !lower.startsWith(`${form} `)) continue;
    const rest = stripModifiers(lower.slice(form.length).trim());
    if (rest === "")
      return { keyword, family: verb.family, kind: "operative", addressee: "", knownAddressee: false };
    if (!verb.takesAddressee) return null;
    const known = addressees.find(
      ({ prefix }) => rest === prefix || rest.startsWith(`${prefix} `) || rest.startsWith(`${prefix},`),
    );
    const at = keyword.toLowerCase().indexOf(rest, form.length);
    const addressee = at >= 0 ? keyword.slice(at, at + rest.length) : rest;
    if (known)
      return {
        keyword,
        family: `${verb.family}-${known.family}`,
        kind: "operative",
        addressee,
        knownAddressee: true,
      };
    return {
      keyword,
      family: `${verb.family}-${slug(rest)}`,
      kind: "operative",
      addressee,
      knownAddressee: false,
    };
  }
  return null;
}

/** "the Regional Telecommunity, in cooperation" -> "regional-telecommunity" (first clause, six words). */
export function slug(words: string): string {
  const clause = words.split(/[,;:(]/)[0] ?? words;
  return (
    clause
      .toLowerCase()
      .replace(/^the\s+/, "")
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
      .slice(0, 6)
      .join("-") || "other"
  );
}

/** A line that opens the part after the operative text: "ANNEX", "Annex 1", "Attachment", "Notes". */
export function isTrailingPartHeading(text: string): boolean {
  if (text.length > 120) return false;
  const first = /^[\p{L}]+/u.exec(text.trim())?.[0]?.toLowerCase();
  return first !== undefined && TRAILING_PART_WORDS.includes(first) && text.length <= 120;
}

/**
 * The tokens of a normalized text, and its spacing made a function of them. Word differences
 * (src/align/differences.ts) are computed over these tokens, spaces aside; so that two normalized texts
 * that differ always show a difference, the last step of normalization rewrites the spacing between
 * tokens by one fixed rule (`canonicalSpacing`): after it, equal tokens mean equal texts. Without it,
 * `« Tunis »` and `"Tunis"` (both `"`, `Tunis`, `"`) were two texts with no difference to show.
 */

/** A placeholder (with its "'s"), a word or number (with inner `'./-`), or one other character. */
const TOKEN = /⟨[^⟩]*⟩(?:'s)?|[\p{L}\p{N}]+(?:['./-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

/** The tokens of a text, spaces dropped: what word differences align. */
export function comparisonTokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** No space before these. */
const CLOSING = new Set([",", ";", ":", ".", "!", "?", ")", "]", "}", "%", "'"]);
/** No space after these. */
const OPENING = new Set(["(", "[", "{"]);

/**
 * The text rebuilt from its tokens: one space between two tokens, except before `,;:.!?)]}%` and a
 * standalone apostrophe ("Members' rights"), after `([{`, and inside double quotes (the first `"` of a
 * text opens, the next closes, and so on: `" Tunis "` becomes `"Tunis"`). Tokens never run together
 * (a space always separates two words, and an apostrophe, dash or stop from a following word), so the
 * result has the same tokens, and the rule applied again changes nothing.
 */
export function canonicalSpacing(text: string): string {
  return isCanonical(text) ? text : rebuildSpacing(text);
}

/** `canonicalSpacing` the long way: the tokens joined by the rule. */
export function rebuildSpacing(text: string): string {
  const tokens = comparisonTokens(text);
  let out = "";
  let previous = "";
  let quoteOpen = false;
  /** The `"` just written opened a quotation. */
  let afterOpeningQuote = false;
  for (const token of tokens) {
    let tight = out === "" || CLOSING.has(token) || OPENING.has(previous) || afterOpeningQuote;
    afterOpeningQuote = false;
    if (token === '"') {
      if (quoteOpen) tight = true;
      else afterOpeningQuote = true;
      quoteOpen = !quoteOpen;
    }
    out += tight ? token : ` ${token}`;
    previous = token;
  }
  return out;
}

/** A placeholder as the tokens read it, when it has no space inside (a stand-in replaces it below). */
const PLACEHOLDER = /⟨[^⟩\s]*⟩(?:'s)?/g;
const STAND_IN = "\ue000";

/**
 * Spacing that could differ from the rule: irregular white space; a quotation mark; a character other
 * than letters, numbers, brackets and `,;:.!?%'-/`; a hyphen or slash that is not inside a word; a
 * space before `,;:.!?)]}%'` or after `([{`; no space before `([{` or a placeholder, or after
 * `,;:!?)]}%` or a placeholder; a stop or apostrophe not inside a word right before a word.
 */
const IRREGULAR = [
  /\s\s|[^\S ]|^\s|\s$|["⟨⟩]/u,
  /[^\p{L}\p{N}\s([{,;:.!?)\]}%'\-/\ue000]/u,
  /(?<![\p{L}\p{N}])[-/]|[-/](?![\p{L}\p{N}])/u,
  / [,;:.!?)\]}%']|[([{] /,
  /[^\s([{][([{\ue000]|[,;:!?)\]}%\ue000][^\s,;:.!?)\]}%']/,
  /(?<![\p{L}\p{N}])['.][\p{L}\p{N}([{\ue000]|['.][([{\ue000]/u,
  /[([{][^\p{L}\p{N}([{\ue000]/u,
];

/**
 * Whether the text is already spaced by the rule, told by searching for what could break it (no token
 * list): most texts are, and a 10 MB item is checked in a few passes of the regular expression engine.
 * When in doubt it says no, and `canonicalSpacing` rebuilds the text.
 */
export function isCanonical(text: string): boolean {
  if (text.includes(STAND_IN)) return false;
  const plain = text.includes("⟨") ? text.replace(PLACEHOLDER, STAND_IN) : text;
  return !IRREGULAR.some((pattern) => pattern.test(plain));
}

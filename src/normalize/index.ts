/**
 * Normalization for comparison: an item's text and its sub-items become one comparable string, plus
 * the list of rules that changed something (the report explains every match with them). The original
 * text is never replaced: the outputs of the tool always quote the source.
 */

import { defaultSectorTerms, type SectorTerms } from "../domain/sector-terms.js";
import type { Item } from "../model.js";
import {
  citationRevision,
  dashes,
  firstLetterCase,
  inlineSubitems,
  joiningWord,
  label,
  markup,
  quotes,
  RULE_IDS,
  type RuleContext,
  type RuleId,
  sectorTerms,
  terminalPunctuation,
  unicodeNfkc,
  whitespace,
} from "./rules.js";
import { canonicalSpacing } from "./tokens.js";

export { RULE_IDS, type RuleId } from "./rules.js";
export { canonicalSpacing, comparisonTokens } from "./tokens.js";

export interface NormalizeOptions {
  /** The Sector-term table; default: the shipped one. */
  terms?: SectorTerms;
}

export interface NormalizedText {
  /** The comparable text: readable, Sector terms as placeholders, sub-items joined with "; ". */
  text: string;
  /** Word tokens of `text`, lower-cased: what similarity is computed over. */
  words: string[];
  /** The rules that changed something, in pipeline order. */
  rules: RuleId[];
}

/** Separator between an item's text and its sub-items (and between sub-items) in the comparable text. */
export const PART_SEPARATOR = "; ";

/** Normalizes one piece of text (an item without its sub-items, or a sub-item). */
export function normalizeText(text: string, options: NormalizeOptions = {}): NormalizedText {
  const fired = new Set<RuleId>();
  const parts = normalizeParts(text, contextOf(options), fired);
  return finish(parts, fired);
}

/** Normalizes an item with its sub-items (at any depth): sub-items are part of what is compared. */
export function normalizeItem(item: Item, options: NormalizeOptions = {}): NormalizedText {
  const context = contextOf(options);
  const fired = new Set<RuleId>();
  const parts: string[] = [];
  const visit = (node: Item) => {
    parts.push(...normalizeParts(node.text, context, fired));
    for (const sub of node.subitems) visit(sub);
  };
  visit(item);
  return finish(parts, fired);
}

const WORD = /⟨[^⟩]*⟩(?:'s)?|\p{N}+(?:[./-]\p{N}+)+|[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu;

/** The word tokens of a normalized text, lower-cased; a placeholder is one token. */
export function comparisonWords(text: string): string[] {
  // `match` with a global pattern returns the strings alone: much cheaper than `matchAll`.
  return text.toLowerCase().match(WORD) ?? [];
}

function contextOf(options: NormalizeOptions): RuleContext {
  return { terms: options.terms ?? defaultSectorTerms() };
}

function finish(parts: string[], fired: Set<RuleId>): NormalizedText {
  const joined = parts.join(PART_SEPARATOR);
  // The spacing between tokens by one rule, so that texts with equal tokens are equal (./tokens.ts).
  const text = canonicalSpacing(joined);
  if (text !== joined) fired.add("whitespace");
  return { text, words: comparisonWords(text), rules: RULE_IDS.filter((id) => fired.has(id)) };
}

/** The pipeline, in the order of RULE_IDS; each rule that changes the text is recorded. */
function normalizeParts(raw: string, context: RuleContext, fired: Set<RuleId>): string[] {
  const apply = (text: string, id: RuleId, rule: (t: string) => string): string => {
    const out = rule(text);
    if (out !== text) fired.add(id);
    return out;
  };
  let text = apply(raw, "unicode-nfkc", unicodeNfkc);
  text = apply(text, "quotes", quotes);
  text = apply(text, "dashes", dashes);
  text = apply(text, "markup", markup);
  // Trimming the edges of a text is not worth reporting; collapsing space inside it is.
  text = apply(text.trim(), "whitespace", whitespace);
  text = apply(text, "label", label);
  const pieces = inlineSubitems(text);
  if (pieces.length > 1) fired.add("inline-subitems");
  const out: string[] = [];
  for (const piece of pieces) {
    let p = apply(piece, "joining-word", joiningWord);
    p = apply(p, "terminal-punctuation", terminalPunctuation);
    p = apply(p, "citation-revision", citationRevision);
    p = apply(p, "sector-term", (t) => sectorTerms(t, context));
    p = apply(p, "first-letter-case", firstLetterCase);
    // Removing words may leave a double space or an edge space behind.
    if (/\s\s|^\s|\s$/.test(p)) p = whitespace(p);
    if (p !== "") out.push(p);
  }
  return out;
}

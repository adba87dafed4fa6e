/**
 * Editorial or substantive (docs/domain.md "What counts as common"): each word difference of a variant
 * is classed by the difference classes of the Sector-term table (its `differences:` section, data a
 * user extends in YAML). A difference is substantive when a substantive class finds it (a number, a
 * year, an Action Line, a named body, a modal verb, a negation or an opposite verb, money, frequency,
 * or the addressee); otherwise it is editorial, named by the first editorial class that explains it,
 * as reordered clauses when the same words stand elsewhere in the other wording, else as wording.
 *
 * A class finds a difference when its words (or a token matching its pattern) are not the same in
 * every reading of that place: "shall" in one and "should" in another, "not" in one only. An opposite
 * pair finds it when one reading has one word of the pair and another reading the other.
 */

import type { DifferenceClass, DifferenceClasses } from "../domain/difference-classes.js";
import type { SectorRole, WordDifference } from "../model.js";
import { diffTokens } from "./differences.js";

export type { DifferenceClasses } from "../domain/difference-classes.js";

/** Sets `class`, `category` and `reason` on each difference of one group. */
export function classifyDifferences(differences: WordDifference[], classes: DifferenceClasses): void {
  differences.forEach((difference, index) => {
    const verdict = classify(difference, index, differences, classes);
    difference.class = verdict.class;
    difference.category = verdict.category;
    difference.reason = verdict.reason;
  });
}

interface Verdict {
  class: "editorial" | "substantive";
  category: string;
  reason: string;
}

function classify(
  difference: WordDifference,
  index: number,
  all: readonly WordDifference[],
  classes: DifferenceClasses,
): Verdict {
  const readings = Object.entries(difference.readings) as [SectorRole, string][];
  const shown = readings.map(([, text]) => (text === "" ? "(nothing)" : text)).join(" / ");
  if (difference.in === "addressee") {
    return { class: "substantive", category: "addressee", reason: `the addressee differs: ${shown}` };
  }
  if (isMove(readings, index, all)) {
    return { class: "editorial", category: "order", reason: "the same words in another order" };
  }
  // Each reading with the words around the place, which every member shares: "so as" / "in order"
  // before "to" read as "so as to" / "in order to".
  const tokens = readings.map(([, text]) =>
    tokensOf(`${difference.before ?? ""} ${text} ${difference.after ?? ""}`),
  );
  for (const c of classes.substantive) {
    if (finds(c, tokens)) return { class: "substantive", category: c.id, reason: `${c.reason}: ${shown}` };
  }
  for (const c of classes.editorial) {
    if (explains(c, tokens)) return { class: "editorial", category: c.id, reason: `${c.reason}: ${shown}` };
  }
  if (addsContent(readings.map(([, text]) => tokensOf(text)))) {
    return {
      class: "substantive",
      category: "addition",
      reason: `words one wording has and another lacks: ${shown}`,
    };
  }
  return { class: "editorial", category: "wording", reason: `the wording differs: ${shown}` };
}

/** Function words: they do not make a clause of their own. */
const SMALL_WORDS = new Set(
  "a an the of and or to in on at by for with from as that this these its their it is are be which who".split(
    " ",
  ),
);

/**
 * Whether one wording has nothing at this place where another has two or more content words (a whole
 * clause or object added: "each Question [or work item]"): what the provision covers differs.
 */
function addsContent(readings: readonly string[][]): boolean {
  const content = (tokens: readonly string[]) => tokens.filter((t) => !SMALL_WORDS.has(t)).length;
  return readings.some((r) => content(r) === 0) && readings.some((r) => content(r) >= 2);
}

function tokensOf(text: string): string[] {
  return diffTokens(text.toLowerCase()).filter((t) => /[\p{L}\p{N}⟨]/u.test(t));
}

const joinedTokens = new WeakMap<readonly string[], string>();

/** Whether `phrase` (space-separated words) occurs in `tokens` as whole words. */
function has(tokens: readonly string[], phrase: string): boolean {
  let joined = joinedTokens.get(tokens);
  if (joined === undefined) {
    joined = ` ${tokens.join(" ")} `;
    joinedTokens.set(tokens, joined);
  }
  return joined.includes(` ${phrase} `);
}

/** A word of a pair in a reading, allowing inflection ("continues", "ceased"). */
function hasForm(tokens: readonly string[], word: string): boolean {
  if (word.includes(" ")) return has(tokens, word);
  const stem = word.length > 4 ? word.replace(/e$/, "") : word;
  return tokens.some(
    (t) => t === word || (stem !== word && t.startsWith(stem) && t.length - stem.length <= 3),
  );
}

function finds(c: DifferenceClass, readings: readonly string[][]): boolean {
  const differ = (present: (tokens: readonly string[]) => string) => new Set(readings.map(present)).size > 1;
  if (c.pattern) {
    const pattern = c.pattern;
    if (differ((tokens) => tokens.filter((t) => pattern.test(t)).join(" "))) return true;
  }
  if (c.words.length > 0 && differ((tokens) => c.words.filter((w) => has(tokens, w)).join("|"))) return true;
  for (const [a, b] of c.pairs) {
    const hasA = readings.map((tokens) => hasForm(tokens, a) && !hasForm(tokens, b));
    const hasB = readings.map((tokens) => hasForm(tokens, b) && !hasForm(tokens, a));
    if (hasA.some(Boolean) && hasB.some(Boolean)) return true;
  }
  return false;
}

/** Whether the readings are the same once the class's words (or one side of its pairs) are set aside. */
function explains(c: DifferenceClass, readings: readonly string[][]): boolean {
  const strip = (tokens: readonly string[]) => {
    let text = ` ${tokens.join(" ")} `;
    for (const [a, b] of c.pairs) text = text.replaceAll(` ${b} `, ` ${a} `);
    for (const w of c.words) text = text.replaceAll(` ${w} `, " ");
    return text.replace(/\s+/g, " ").trim();
  };
  return new Set(readings.map(strip)).size === 1;
}

/**
 * Whether a difference is a move: for every two members, the words one has here and the other lacks
 * stand in the other's readings of other places (clauses given in another order).
 */
function isMove(
  readings: readonly [SectorRole, string][],
  index: number,
  all: readonly WordDifference[],
): boolean {
  let moved = false;
  for (const [x, textX] of readings) {
    for (const [y, textY] of readings) {
      if (x === y) continue;
      const extra = minus(tokensOf(textX), tokensOf(textY));
      if (extra.length === 0) continue;
      const elsewhere = all.flatMap((d, i) => (i === index ? [] : tokensOf(d.readings[y] ?? "")));
      const otherwise = all.flatMap((d, i) => (i === index ? [] : tokensOf(d.readings[x] ?? "")));
      if (minus(extra, minus(elsewhere, otherwise)).length > 0) return false;
      moved = true;
    }
  }
  return moved;
}

/** The multiset difference a − b. */
function minus(a: readonly string[], b: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const t of b) counts.set(t, (counts.get(t) ?? 0) + 1);
  const out: string[] = [];
  for (const t of a) {
    const n = counts.get(t) ?? 0;
    if (n > 0) counts.set(t, n - 1);
    else out.push(t);
  }
  return out;
}

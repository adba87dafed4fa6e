/**
 * Candidate pairs between two lists of items of one keyword family. Small families are compared in
 * full; large ones are blocked by shared word bigrams, so the cost grows near-linearly with the
 * number of items (no all-pairs over every item).
 */
import { similarity, type WordBag } from "./similarity.js";

export interface Comparable {
  words: readonly string[];
  bag: WordBag;
}

export interface ScoredPair {
  a: number;
  b: number;
  score: number;
}

/** Up to this many pairs a family is compared in full. */
export const FULL_COMPARISON_LIMIT = 4096;
/** A bigram shared by more items than this says little; it is used only when an item has no rarer one. */
export const POSTING_LIMIT = 32;
/** How many items of a common bigram are looked at, when an item has nothing rarer. */
const FALLBACK_LIMIT = 64;

/** All pairs (a in `as`, b in `bs`) with similarity at least `threshold`. */
export function candidatePairs(
  as: readonly Comparable[],
  bs: readonly Comparable[],
  threshold: number,
): ScoredPair[] {
  const pairs: ScoredPair[] = [];
  const consider = (a: number, b: number) => {
    const score = similarity((as[a] as Comparable).bag, (bs[b] as Comparable).bag, threshold);
    if (score >= threshold) pairs.push({ a, b, score });
  };
  if (as.length * bs.length <= FULL_COMPARISON_LIMIT) {
    for (let a = 0; a < as.length; a++) for (let b = 0; b < bs.length; b++) consider(a, b);
    return pairs;
  }
  const postings = new Map<string, number[]>();
  bs.forEach((item, b) => {
    for (const key of blockingKeys(item.words)) {
      const list = postings.get(key);
      if (list) list.push(b);
      else postings.set(key, [b]);
    }
  });
  const seen = new Set<number>();
  for (let a = 0; a < as.length; a++) {
    seen.clear();
    const keys = blockingKeys((as[a] as Comparable).words)
      .map((key) => postings.get(key))
      .filter((list): list is number[] => list !== undefined)
      .sort((x, y) => x.length - y.length);
    const rare = keys.filter((list) => list.length <= POSTING_LIMIT);
    const lists = rare.length > 0 ? rare : keys.slice(0, 2).map((list) => list.slice(0, FALLBACK_LIMIT));
    for (const list of lists) {
      for (const b of list) {
        if (seen.has(b)) continue;
        seen.add(b);
        consider(a, b);
      }
    }
  }
  return pairs;
}

/** Distinct word bigrams; an item of one word blocks on that word. */
function blockingKeys(words: readonly string[]): string[] {
  if (words.length === 1) return [words[0] as string];
  const keys = new Set<string>();
  for (let i = 0; i + 1 < words.length; i++) keys.add(`${words[i]} ${words[i + 1]}`);
  return [...keys];
}

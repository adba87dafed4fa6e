/**
 * Which items of one keyword family are worth comparing: pairs from different documents. A small
 * family is compared in full; a large one is blocked by shared word bigrams, so the cost grows
 * near-linearly with the number of items (no all-pairs over every item).
 */
import type { WordBag } from "./similarity.js";

export interface Comparable {
  words: readonly string[];
  bag: WordBag;
}

/** Up to this many cross-document pairs a family is compared in full. */
export const FULL_COMPARISON_LIMIT = 2048;
/** A bigram shared by more items than this says little; it is used only when an item has no rarer one. */
export const POSTING_LIMIT = 32;
/**
 * How many of an item's rarest shared bigrams select its candidates. A partner that is identical or a
 * variant shares most bigrams, so the rarest few find it; a changed word only removes the bigrams it
 * is in.
 */
export const RAREST_KEYS = 6;
/** How many items of a common bigram are looked at, when an item has nothing rarer. */
const FALLBACK_LIMIT = 64;

/**
 * The pairs [i, j] (i < j) of `items` from different documents (`documentOf(i) !== documentOf(j)`)
 * worth comparing: all of them in a small family; otherwise those where one item's rarest bigrams
 * (at most RAREST_KEYS of them, each shared by at most POSTING_LIMIT items) include one of the other's.
 */
export function crossPairs(
  items: readonly Comparable[],
  documentOf: (i: number) => number,
): [number, number][] {
  const n = items.length;
  const pairs: [number, number][] = [];
  const perDocument = new Map<number, number>();
  for (let i = 0; i < n; i++) perDocument.set(documentOf(i), (perDocument.get(documentOf(i)) ?? 0) + 1);
  const sizes = [...perDocument.values()];
  let cross = 0;
  for (let a = 0; a < sizes.length; a++)
    for (let b = a + 1; b < sizes.length; b++) cross += (sizes[a] as number) * (sizes[b] as number);
  if (cross <= FULL_COMPARISON_LIMIT) {
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++) if (documentOf(i) !== documentOf(j)) pairs.push([i, j]);
    return pairs;
  }
  // Bigrams as numbers (word ids), cheaper to hash than strings.
  const ids = new Map<string, number>();
  const id = (w: string) => {
    let k = ids.get(w);
    if (k === undefined) {
      k = ids.size;
      ids.set(w, k);
    }
    return k;
  };
  const keys = items.map(({ words }) => {
    if (words.length === 1) return [id(words[0] as string)];
    const out = new Set<number>();
    for (let i = 0; i + 1 < words.length; i++)
      out.add(id(words[i] as string) * 2 ** 24 + id(words[i + 1] as string) + 2 ** 23);
    return [...out];
  });
  const postings = new Map<number, number[]>();
  keys.forEach((list, i) => {
    for (const key of list) {
      const posting = postings.get(key);
      if (posting) posting.push(i);
      else postings.set(key, [i]);
    }
  });
  const seen = new Set<number>();
  for (let i = 0; i < n; i++) {
    const shared = (keys[i] as number[])
      .map((key) => postings.get(key) as number[])
      .filter((posting) => posting.length > 1)
      .sort((x, y) => x.length - y.length);
    const rare = shared.filter((posting) => posting.length <= POSTING_LIMIT).slice(0, RAREST_KEYS);
    const lists =
      rare.length > 0 ? rare : shared.slice(0, 2).map((posting) => posting.slice(0, FALLBACK_LIMIT));
    const doc = documentOf(i);
    for (const posting of lists) {
      for (const j of posting) {
        if (j === i || documentOf(j) === doc) continue;
        const [a, b] = i < j ? [i, j] : [j, i];
        const code = a * n + b;
        if (seen.has(code)) continue;
        seen.add(code);
        pairs.push([a, b]);
      }
    }
  }
  return pairs;
}

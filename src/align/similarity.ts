/**
 * Similarity of two normalized items: a weighted Dice coefficient over their word tokens (as bags).
 *
 *   sim(A, B) = 2 * Σ_w min(countA(w), countB(w)) * weight(w) / (weight(A) + weight(B))
 *
 * Why Dice over bags of words: it is linear in the item length (an LCS is quadratic, and the
 * matching computes many pairs), it is symmetric, and "shall" vs "should" or an added "also" costs
 * about one word each. Function words and Sector placeholders weigh less than content words, so that
 * two short items that share only "to invite ⟨sector⟩ to" do not look alike: in short items the
 * Sector names are a large share of the words, and they are the same in every Sector once
 * normalized.
 */

/** Words that carry little of a provision's meaning. */
const FUNCTION_WORDS = new Set(
  (
    "a an the of and or to in on at by for with from as that this these those its their it is are be " +
    "been was were which who whom whose into within between such also other all any each its"
  ).split(" "),
);

export const WEIGHTS = { functionWord: 0.4, placeholder: 0.6, word: 1 } as const;

export function wordWeight(word: string): number {
  if (word.startsWith("⟨")) return WEIGHTS.placeholder;
  return FUNCTION_WORDS.has(word) ? WEIGHTS.functionWord : WEIGHTS.word;
}

/** A bag of words with its total weight, prepared once per item. */
export interface WordBag {
  counts: Map<string, number>;
  weight: number;
}

export function wordBag(words: readonly string[]): WordBag {
  const counts = new Map<string, number>();
  let weight = 0;
  for (const w of words) {
    counts.set(w, (counts.get(w) ?? 0) + 1);
    weight += wordWeight(w);
  }
  return { counts, weight };
}

/** Weighted Dice similarity, 0..1; 1 for two empty bags. */
export function similarity(a: WordBag, b: WordBag): number {
  if (a.weight === 0 && b.weight === 0) return 1;
  const [small, large] = a.counts.size <= b.counts.size ? [a, b] : [b, a];
  let shared = 0;
  for (const [word, count] of small.counts) {
    const other = large.counts.get(word);
    if (other !== undefined) shared += Math.min(count, other) * wordWeight(word);
  }
  return (2 * shared) / (a.weight + b.weight);
}

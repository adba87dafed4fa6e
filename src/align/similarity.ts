/**
 * Similarity of two normalized items: a weighted edit similarity over their word tokens.
 *
 *   sim(A, B) = 1 - editDistance(A, B) / max(weight(A), weight(B))
 *
 * where inserting or deleting a word costs its weight and replacing one word by another costs the
 * larger of the two weights. Content words weigh 1, Sector placeholders 0.5, function words (articles,
 * prepositions, modal verbs) 0.1.
 *
 * Why an edit distance and not a bag of words: word order carries meaning once Sector names are
 * placeholders. "that TSB shall assist ITU-T" and "that ITU-D shall assist BDT" have the same words
 * (⟨bureau⟩ shall assist ⟨sector⟩ / ⟨sector⟩ shall assist ⟨bureau⟩) but say opposite things; an edit
 * distance sees two replacements. Why the weights: in short items the Sector names and function words
 * are most of the words, and they are the same in every Sector once normalized; two short items that
 * share only "that ⟨sector⟩ shall ... ⟨bureau⟩" are different provisions. A real variant ("shall" vs
 * "should", an added "also", another number) costs about one word in many.
 *
 * The quadratic edit distance runs only for pairs whose bag-of-words bound reaches the threshold: the
 * words of A missing from B (as a multiset) must each be deleted or replaced, so their weight is a
 * lower bound of the distance.
 */

/** Words that carry little of a provision's meaning. */
const FUNCTION_WORDS = new Set(
  (
    "a an the of and or nor to in on at by for with from as that this these those its their it is are be been " +
    "being was were has have had which who whom whose into within between such also other all any each both " +
    "shall should may might will would must can could"
  ).split(" "),
);

export const WEIGHTS = { functionWord: 0.1, placeholder: 0.5, word: 1 } as const;

export function wordWeight(word: string): number {
  if (word.startsWith("⟨")) return WEIGHTS.placeholder;
  return FUNCTION_WORDS.has(word) ? WEIGHTS.functionWord : WEIGHTS.word;
}

/** An item's words prepared once for comparison. */
export interface WordBag {
  words: readonly string[];
  weights: Float64Array;
  counts: Map<string, number>;
  weight: number;
}

export function wordBag(words: readonly string[]): WordBag {
  const counts = new Map<string, number>();
  const weights = new Float64Array(words.length);
  let weight = 0;
  words.forEach((w, i) => {
    counts.set(w, (counts.get(w) ?? 0) + 1);
    const ww = wordWeight(w);
    weights[i] = ww;
    weight += ww;
  });
  return { words, weights, counts, weight };
}

/**
 * The similarity of two items, 0..1 (1 for equal word sequences). With `floor`, a pair that cannot
 * reach it returns an upper bound below `floor` without the edit distance.
 */
export function similarity(a: WordBag, b: WordBag, floor = 0): number {
  const longest = Math.max(a.weight, b.weight);
  if (longest === 0) return 1;
  const bound = 1 - Math.max(missingWeight(a, b), missingWeight(b, a)) / longest;
  if (bound < floor) return bound;
  return Math.max(0, 1 - editDistance(a, b) / longest);
}

/** The weight of the words of `a` that `b` lacks, counted as multisets. */
function missingWeight(a: WordBag, b: WordBag): number {
  let missing = 0;
  for (const [word, count] of a.counts) {
    const extra = count - (b.counts.get(word) ?? 0);
    if (extra > 0) missing += extra * wordWeight(word);
  }
  return missing;
}

/** Weighted Levenshtein distance over words, two rows. */
function editDistance(a: WordBag, b: WordBag): number {
  const n = a.words.length;
  const m = b.words.length;
  let previous = new Float64Array(m + 1);
  let current = new Float64Array(m + 1);
  for (let j = 1; j <= m; j++) previous[j] = (previous[j - 1] as number) + (b.weights[j - 1] as number);
  for (let i = 1; i <= n; i++) {
    const wa = a.weights[i - 1] as number;
    const word = a.words[i - 1];
    current[0] = (previous[0] as number) + wa;
    for (let j = 1; j <= m; j++) {
      const wb = b.weights[j - 1] as number;
      const replace = (previous[j - 1] as number) + (word === b.words[j - 1] ? 0 : Math.max(wa, wb));
      const remove = (previous[j] as number) + wa;
      const insert = (current[j - 1] as number) + wb;
      current[j] = Math.min(replace, remove, insert);
    }
    [previous, current] = [current, previous];
  }
  return previous[m] as number;
}

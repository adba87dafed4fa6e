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
import type { SectorTerms } from "../domain/sector-terms.js";
import type { Item } from "../model.js";
import { normalizeItem } from "../normalize/index.js";

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

/** An item's words prepared once for comparison: word ids, weights, and the bag as sorted ids. */
export interface WordBag {
  words: readonly string[];
  ids: Int32Array;
  weights: Float64Array;
  /** Distinct word ids in ascending order, with their counts and weights: the bag, for the bound. */
  distinct: Int32Array;
  distinctCounts: Int32Array;
  distinctWeights: Float64Array;
  weight: number;
}

/**
 * Word ids shared by all bags, so comparing two words is comparing two numbers. It grows with the
 * vocabulary of the documents compared (a few thousand words), which is bounded.
 */
const wordIds = new Map<string, number>();

function idOf(word: string): number {
  let id = wordIds.get(word);
  if (id === undefined) {
    id = wordIds.size;
    wordIds.set(word, id);
  }
  return id;
}

/** Weights by word id, filled as words get ids. */
const idWeights: number[] = [];

export function wordBag(words: readonly string[]): WordBag {
  const n = words.length;
  const ids = new Int32Array(n);
  const weights = new Float64Array(n);
  let weight = 0;
  for (let i = 0; i < n; i++) {
    const word = words[i] as string;
    const id = idOf(word);
    ids[i] = id;
    let w = idWeights[id];
    if (w === undefined) {
      w = wordWeight(word);
      idWeights[id] = w;
    }
    weights[i] = w;
    weight += w;
  }
  // The bag: ids sorted (a typed-array sort is numeric), then runs counted.
  const sorted = ids.slice().sort();
  let distinctCount = 0;
  for (let i = 0; i < n; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) distinctCount++;
  const distinct = new Int32Array(distinctCount);
  const distinctCounts = new Int32Array(distinctCount);
  const distinctWeights = new Float64Array(distinctCount);
  let k = -1;
  for (let i = 0; i < n; i++) {
    const id = sorted[i] as number;
    if (i === 0 || id !== sorted[i - 1]) {
      k++;
      distinct[k] = id;
      distinctWeights[k] = idWeights[id] as number;
    }
    distinctCounts[k] = (distinctCounts[k] as number) + 1;
  }
  return { words, ids, weights, distinct, distinctCounts, distinctWeights, weight };
}

/**
 * The similarity of two items, 0..1 (1 for equal word sequences). With `floor`, a pair that cannot
 * reach it returns an upper bound below `floor` without the edit distance.
 */
export function similarity(a: WordBag, b: WordBag, floor = 0): number {
  const longest = Math.max(a.weight, b.weight);
  if (longest === 0) return 1;
  const bound = similarityBound(a, b, floor);
  if (bound < floor) return bound;
  return Math.max(0, 1 - editDistance(a, b) / longest);
}

/**
 * An upper bound of `similarity(a, b)` from the bags alone, linear in the number of words. With
 * `floor`, it may stop early and return any value below `floor` once the pair cannot reach it.
 */
export function similarityBound(a: WordBag, b: WordBag, floor = 0): number {
  const longest = Math.max(a.weight, b.weight);
  if (longest === 0) return 1;
  const allowed = (1 - floor) * longest;
  const missingA = missingWeight(a, b, allowed);
  if (missingA > allowed) return 1 - missingA / longest;
  return 1 - Math.max(missingA, missingWeight(b, a, allowed)) / longest;
}

/** The weight of the words of `a` that `b` lacks, counted as multisets; stops once above `limit`. */
function missingWeight(a: WordBag, b: WordBag, limit: number): number {
  let missing = 0;
  let j = 0;
  const bn = b.distinct.length;
  for (let i = 0; i < a.distinct.length; i++) {
    const id = a.distinct[i] as number;
    while (j < bn && (b.distinct[j] as number) < id) j++;
    const other = j < bn && b.distinct[j] === id ? (b.distinctCounts[j] as number) : 0;
    const extra = (a.distinctCounts[i] as number) - other;
    if (extra > 0) {
      missing += extra * (a.distinctWeights[i] as number);
      if (missing > limit) return missing;
    }
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
    const word = a.ids[i - 1];
    current[0] = (previous[0] as number) + wa;
    for (let j = 1; j <= m; j++) {
      const wb = b.weights[j - 1] as number;
      const replace = (previous[j - 1] as number) + (word === b.ids[j - 1] ? 0 : Math.max(wa, wb));
      const remove = (previous[j] as number) + wa;
      const insert = (current[j - 1] as number) + wb;
      current[j] = Math.min(replace, remove, insert);
    }
    [previous, current] = [current, previous];
  }
  return previous[m] as number;
}

/** A normalized item as align scores it: its comparable text and its word bag. */
export interface Scorable {
  text: string;
  bag: WordBag;
}

/** An item normalized as align normalizes it, ready for `pairScore`. */
export function scorableItem(item: Item, terms: SectorTerms): Scorable {
  const norm = normalizeItem(item, { terms });
  return { text: norm.text, bag: wordBag(norm.words) };
}

/**
 * The score of two items, as align scores every two members of a group: 1 when their normalized texts
 * are equal, else their similarity, or their similarity with clauses in order (`clauseOrderSimilarity`)
 * when that is higher and the plain one falls below `floor`. With `floor`, as in `similarity`.
 */
export function pairScore(a: Scorable, b: Scorable, floor = 0): number {
  if (a.text === b.text) return 1;
  const plain = similarity(a.bag, b.bag, floor);
  if (plain >= floor || floor === 0) return plain;
  return Math.max(plain, clauseOrderSimilarity(a.bag, b.bag, floor));
}

/** Words that join clauses of a list ("in the WSIS Forum and in the WSIS Stocktaking process"). */
const CLAUSE_JOINERS = new Set(["and", "or", "nor"]);

/**
 * Clause order ("in the WSIS Forum and in the WSIS Stocktaking process" against "in the WSIS
 * Stocktaking process and in the WSIS Forum" is the same provision): for each "and"/"or"/"nor" of `a`,
 * the clause after it is looked for, word for word, in `b`, and the clause before it is taken as the
 * longest run of words before the joiner that `b` also has elsewhere; the two are swapped in `a`, and
 * the best edit similarity of a swapped `a` to `b` is returned, less one word's weight for the move.
 * Words keep their order inside a clause, so "that TSB shall assist ITU-T" and "that ITU-D shall
 * assist BDT" (one clause, roles exchanged) still differ.
 */
export function clauseOrderSimilarity(a: WordBag, b: WordBag, floor = 0): number {
  const longest = Math.max(a.weight, b.weight);
  if (longest === 0) return 1;
  let best = 0;
  for (const swapped of clauseSwaps(a.words, b.words)) {
    const bag = wordBag(swapped);
    if (similarityBound(bag, b, floor) < floor) continue;
    best = Math.max(best, 1 - (editDistance(bag, b) + WEIGHTS.word) / longest);
  }
  return Math.max(0, best);
}

/** `a` with one pair of clauses around a joiner swapped so that both stand as they do in `b`. */
function clauseSwaps(a: readonly string[], b: readonly string[]): string[][] {
  const out: string[][] = [];
  const text = ` ${b.join(" ")} `;
  const inB = (words: readonly string[]) => words.length > 0 && text.includes(` ${words.join(" ")} `);
  for (let j = 1; j < a.length - 1; j++) {
    if (!CLAUSE_JOINERS.has(a[j] as string)) continue;
    let end = j + 1;
    while (end < a.length && !CLAUSE_JOINERS.has(a[end] as string)) end++;
    const right = a.slice(j + 1, end);
    if (!inB(right)) continue;
    let start = j - 1;
    while (start > 0 && !CLAUSE_JOINERS.has(a[start - 1] as string) && inB(a.slice(start - 1, j))) start--;
    const left = a.slice(start, j);
    if (!inB(left)) continue;
    out.push([...a.slice(0, start), ...right, a[j] as string, ...left, ...a.slice(end)]);
  }
  return out;
}

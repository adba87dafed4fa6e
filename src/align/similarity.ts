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
// The array diff alone: the package index loads every diff and the patch code (19 modules).
import { diffArrays } from "diff/lib/diff/array.js";
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

/**
 * A word's comparison key: a plural and its singular ("year" / "years", "report" / "reports") are one
 * word for similarity, which a number or a frequency changes around ("each year" / "every four years").
 */
function keyOf(word: string): string {
  return word.length > 3 && word.endsWith("s") && !/(?:ss|us|is|ics)$/.test(word) ? word.slice(0, -1) : word;
}

function idOf(word: string): number {
  const key = keyOf(word);
  let id = wordIds.get(key);
  if (id === undefined) {
    id = wordIds.size;
    wordIds.set(key, id);
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
  if (rolesExchanged(a.bag, b.bag)) return 0;
  const plain = similarity(a.bag, b.bag, floor);
  if (plain >= floor || floor === 0) return plain;
  return Math.max(plain, clauseOrderSimilarity(a.bag, b.bag, floor));
}

/**
 * Whether the two items name the same Sector placeholders in another order ("that ⟨bureau⟩ shall
 * assist ⟨study-groups⟩" / "that ⟨study-groups⟩ shall assist ⟨bureau⟩"): the same words in other
 * roles, which say something else however close the words are. Not the same provision.
 */
export function rolesExchanged(a: WordBag, b: WordBag): boolean {
  const names = (bag: WordBag) => bag.words.filter((w) => w.startsWith("⟨"));
  const x = names(a);
  const y = names(b);
  if (x.length < 2 || x.length !== y.length || x.join(" ") === y.join(" ")) return false;
  return [...x].sort().join(" ") === [...y].sort().join(" ");
}

/** A moved run of words counts as one move only when it weighs at least this (two content words). */
const MOVE_MIN_WEIGHT = 2;

/**
 * Clause order ("in the WSIS Forum and in the WSIS Stocktaking process" against "in the WSIS
 * Stocktaking process and in the WSIS Forum"; "A, B and C" against "C, A and B"): the edit distance,
 * less what moved runs cost. jsdiff aligns the two word sequences; a run of words deleted in one place
 * and inserted word for word in another is a move, and costs one word's weight instead of being
 * deleted and inserted. Only runs of at least two content words count, so "that TSB shall assist
 * ITU-T" and "that ITU-D shall assist BDT" (single names in other roles) still differ.
 */
export function clauseOrderSimilarity(a: WordBag, b: WordBag, floor = 0): number {
  const longest = Math.max(a.weight, b.weight);
  if (longest === 0) return 1;
  if (similarityBound(a, b, floor) < floor) return 0;
  const removed: number[][] = [];
  const added: number[][] = [];
  let i = 0;
  let j = 0;
  for (const change of diffArrays(Array.from(a.ids), Array.from(b.ids))) {
    const n = change.count ?? change.value.length;
    if (change.removed) {
      removed.push(Array.from(a.ids.subarray(i, i + n)));
      i += n;
    } else if (change.added) {
      added.push(Array.from(b.ids.subarray(j, j + n)));
      j += n;
    } else {
      i += n;
      j += n;
    }
  }
  let credit = 0;
  for (const run of removed) {
    for (let k = 0; k < added.length; k++) {
      const [at, length, weight] = longestCommonRun(run, added[k] as number[]);
      if (weight < MOVE_MIN_WEIGHT) continue;
      credit += 2 * weight - WEIGHTS.word;
      const other = added[k] as number[];
      added.splice(k, 1, other.slice(0, at), other.slice(at + length));
      break;
    }
  }
  if (credit === 0) return 0;
  return Math.max(0, 1 - Math.max(0, editDistance(a, b) - credit) / longest);
}

/** The longest run of ids `x` and `y` share: its start in `y`, its length and its weight. */
function longestCommonRun(x: readonly number[], y: readonly number[]): [number, number, number] {
  let best: [number, number, number] = [0, 0, 0];
  for (let p = 0; p < x.length; p++) {
    for (let q = 0; q < y.length; q++) {
      let n = 0;
      let weight = 0;
      while (p + n < x.length && q + n < y.length && x[p + n] === y[q + n]) {
        weight += idWeights[x[p + n] as number] ?? WEIGHTS.word;
        n++;
      }
      if (weight > best[2]) best = [q, n, weight];
    }
  }
  return best;
}

/**
 * The best one-to-one assignment: from candidate groups (each a set of items with a score), choose
 * groups that share no item and maximize the total score. First come, first served (take the best
 * group, then the next that still fits) can lose: one strong group may block two good ones.
 *
 * Candidates that share items form connected components; each component is solved on its own,
 * exactly (branch and bound) when it has at most EXACT_LIMIT candidates, which covers real
 * resolutions, and otherwise greedily with improving swaps (a local optimum, stated in the README).
 */

export interface Candidate {
  /** Item keys, unique across all candidates ("ITU-R:3:1"). */
  items: readonly string[];
  score: number;
  /** Deterministic tie-break (e.g. the normalized texts): lower first. */
  order: string;
}

export const EXACT_LIMIT = 18;

/** The indices (into `candidates`) of the chosen groups, in ascending order. */
export function selectDisjoint(candidates: readonly Candidate[]): number[] {
  const chosen: number[] = [];
  for (const component of components(candidates)) {
    const sorted = component.sort(
      (a, b) => compare(candidates[a] as Candidate, candidates[b] as Candidate) || a - b,
    );
    const picked =
      sorted.length <= EXACT_LIMIT ? exact(sorted, candidates) : greedyWithSwaps(sorted, candidates);
    chosen.push(...picked);
  }
  return chosen.sort((a, b) => a - b);
}

function compare(a: Candidate, b: Candidate): number {
  return b.score - a.score || (a.order < b.order ? -1 : a.order > b.order ? 1 : 0);
}

/** Connected components of the "shares an item" relation (union-find over item keys). */
function components(candidates: readonly Candidate[]): number[][] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root) as string;
    let node = x;
    while (node !== root) {
      const next = parent.get(node) as string;
      parent.set(node, root);
      node = next;
    }
    return root;
  };
  for (const c of candidates) {
    for (const item of c.items) if (!parent.has(item)) parent.set(item, item);
    const first = find(c.items[0] as string);
    for (const item of c.items.slice(1)) {
      const root = find(item);
      if (root !== first) parent.set(root, first);
    }
  }
  const groups = new Map<string, number[]>();
  candidates.forEach((c, index) => {
    const root = find(c.items[0] as string);
    const list = groups.get(root) ?? [];
    list.push(index);
    groups.set(root, list);
  });
  return [...groups.values()];
}

/** Branch and bound over candidates sorted best first; ties keep the earlier (better-ordered) choice. */
function exact(sorted: number[], candidates: readonly Candidate[]): number[] {
  const scores = sorted.map((i) => (candidates[i] as Candidate).score);
  const suffix = new Array<number>(sorted.length + 1).fill(0);
  for (let k = sorted.length - 1; k >= 0; k--) suffix[k] = (suffix[k + 1] as number) + (scores[k] as number);
  let best: number[] = [];
  let bestScore = -1;
  const used = new Set<string>();
  const current: number[] = [];
  const EPS = 1e-9;
  const search = (k: number, total: number) => {
    if (total > bestScore + EPS) {
      bestScore = total;
      best = [...current];
    }
    if (k === sorted.length || total + (suffix[k] as number) <= bestScore + EPS) return;
    const index = sorted[k] as number;
    const items = (candidates[index] as Candidate).items;
    if (items.every((item) => !used.has(item))) {
      for (const item of items) used.add(item);
      current.push(index);
      search(k + 1, total + (scores[k] as number));
      current.pop();
      for (const item of items) used.delete(item);
    }
    search(k + 1, total);
  };
  search(0, 0);
  return best;
}

/** Greedy in score order, then swaps: add a candidate and drop those it conflicts with when that gains. */
function greedyWithSwaps(sorted: number[], candidates: readonly Candidate[]): number[] {
  const owner = new Map<string, number>();
  const chosen = new Set<number>();
  const take = (index: number) => {
    chosen.add(index);
    for (const item of (candidates[index] as Candidate).items) owner.set(item, index);
  };
  const drop = (index: number) => {
    chosen.delete(index);
    for (const item of (candidates[index] as Candidate).items)
      if (owner.get(item) === index) owner.delete(item);
  };
  for (const index of sorted) {
    if ((candidates[index] as Candidate).items.every((item) => !owner.has(item))) take(index);
  }
  for (let round = 0, improved = true; improved && round < 10; round++) {
    improved = false;
    for (const index of sorted) {
      if (chosen.has(index)) continue;
      const candidate = candidates[index] as Candidate;
      const conflicts = new Set<number>();
      for (const item of candidate.items) {
        const o = owner.get(item);
        if (o !== undefined) conflicts.add(o);
      }
      let lost = 0;
      for (const c of conflicts) lost += (candidates[c] as Candidate).score;
      if (candidate.score > lost + 1e-9) {
        for (const c of conflicts) drop(c);
        take(index);
        improved = true;
      }
    }
  }
  return [...chosen];
}

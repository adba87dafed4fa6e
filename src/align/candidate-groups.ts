/**
 * Candidate groups within one comparison pool (all preambular items, or one operative family):
 * items whose normalized texts are equal in all three Sectors first (any number of them), then pairs
 * of items from two Sectors at least `threshold` similar, and groups of three formed around each item
 * from its best candidates in the two other Sectors, kept when every two members are at least
 * `threshold` similar.
 *
 * A group whose members stand under different keyword families (placement differs) is chosen only
 * when nothing as good keeps them together: its selection score is lowered by PLACEMENT_PENALTY per
 * extra family, which breaks ties and never outweighs a real difference of wording.
 */
import { type Role, SECTOR_ROLES, type SectorRole } from "../model.js";
import { crossPairs } from "./candidates.js";
import { compareText, type Entry, isIdentical, ROLE_INDEX, sortMembers } from "./entries.js";
import type { Candidate } from "./select.js";
import { pairScore } from "./similarity.js";

/** How many candidates per item and per other Sector are combined into groups of three. */
const CANDIDATES_PER_ITEM = 8;

/** Lowers the selection score of a group per keyword family beyond the first (a tie-break). */
export const PLACEMENT_PENALTY = 1e-4;

/** A candidate group with its members. */
export interface Scored {
  candidate: Candidate;
  members: Entry[];
  score: number;
}

/** The candidates of every family, and the Resolution 140 items worth comparing with each Sector item. */
export interface Candidates {
  triples: Scored[];
  pairs: Scored[];
  /** By Sector entry key: the Resolution 140 items blocked with it, for the links. */
  ppNeighbours: Map<string, Entry[]>;
}

/** The score of two entries, computed once per pair (a pair below `threshold` may get a bound). */
export function pairScorer(count: number, threshold: number): (x: Entry, y: Entry) => number {
  const cache = new Map<number, number>();
  return (x, y) => {
    const key = x.id < y.id ? x.id * count + y.id : y.id * count + x.id;
    let score = cache.get(key);
    if (score === undefined) {
      score = pairScore(x, y, threshold);
      cache.set(key, score);
    }
    return score;
  };
}

/**
 * The groups of three whose normalized texts are equal, however many items share a text: in each text,
 * the k-th item of each Sector (same keyword family first, then document order) form a candidate.
 * The per-item cap of the similarity candidates (CANDIDATES_PER_ITEM) would otherwise leave all but
 * a few of many look-alike items without their group, so exactness would depend on how many items
 * look alike.
 */
export function exactTriples(entries: readonly Entry[], out: Scored[]): void {
  const byText = new Map<string, Entry[]>();
  for (const entry of entries) {
    if (entry.role === "pp") continue;
    const list = byText.get(entry.text);
    if (list) list.push(entry);
    else byText.set(entry.text, [entry]);
  }
  for (const list of byText.values()) {
    const bySector = SECTOR_ROLES.map((role) => list.filter((e) => e.role === role));
    if (bySector.some((l) => l.length === 0)) continue;
    // Items of a placement (family and addressee) all three Sectors use pair first, in document
    // order; the rest after.
    const shared = (placement: string) => bySector.every((l) => l.some((e) => e.placement === placement));
    for (const l of bySector)
      l.sort(
        (a, b) =>
          Number(shared(b.placement)) - Number(shared(a.placement)) ||
          a.placement.localeCompare(b.placement) ||
          a.ref.line - b.ref.line,
      );
    const [r, t, d] = bySector as [Entry[], Entry[], Entry[]];
    for (let k = 0; k < Math.min(r.length, t.length, d.length); k++) {
      out.push(makeCandidate([r[k], t[k], d[k]] as Entry[], 1));
    }
  }
}

/** Adds the candidates of one pool (its entries from all four documents) to `out`. */
export function familyCandidates(
  entries: Entry[],
  score: (x: Entry, y: Entry) => number,
  threshold: number,
  out: Candidates,
): void {
  // Candidate pairs between two Sectors, as adjacency lists, best first.
  const adjacency = new Map<Entry, Map<Role, { entry: Entry; score: number }[]>>();
  const link = (x: Entry, y: Entry, s: number) => {
    let byRoleOf = adjacency.get(x);
    if (!byRoleOf) {
      byRoleOf = new Map();
      adjacency.set(x, byRoleOf);
    }
    const list = byRoleOf.get(y.role);
    if (list) list.push({ entry: y, score: s });
    else byRoleOf.set(y.role, [{ entry: y, score: s }]);
  };
  for (const [i, j] of crossPairs(entries, (k) => ROLE_INDEX[(entries[k] as Entry).role])) {
    const x = entries[i] as Entry;
    const y = entries[j] as Entry;
    if (x.role === "pp" || y.role === "pp") {
      const [sector, pp] = x.role === "pp" ? [y, x] : [x, y];
      const list = out.ppNeighbours.get(sector.key);
      if (list) list.push(pp);
      else out.ppNeighbours.set(sector.key, [pp]);
      continue;
    }
    const s = score(x, y);
    if (s < threshold) continue;
    link(x, y, s);
    link(y, x, s);
    out.pairs.push(makeCandidate([x, y], s));
  }
  for (const byRoleOf of adjacency.values()) {
    for (const list of byRoleOf.values()) {
      list.sort((p, q) => q.score - p.score || compareText(p.entry, q.entry));
      list.length = Math.min(list.length, CANDIDATES_PER_ITEM);
    }
  }
  tripleCandidates(adjacency, score, threshold, out.triples);
}

/** Groups of three around each item: its candidates in the two other Sectors. */
function tripleCandidates(
  adjacency: Map<Entry, Map<Role, { entry: Entry; score: number }[]>>,
  score: (x: Entry, y: Entry) => number,
  threshold: number,
  out: Scored[],
): void {
  const seen = new Set<string>();
  for (const [center, byRoleOf] of adjacency) {
    const others = SECTOR_ROLES.filter((r) => r !== center.role);
    for (const p of byRoleOf.get(others[0] as SectorRole) ?? []) {
      for (const q of byRoleOf.get(others[1] as SectorRole) ?? []) {
        const members = sortMembers([center, p.entry, q.entry]);
        const id = members.map((m) => m.key).join("|");
        if (seen.has(id)) continue;
        seen.add(id);
        const [r, t, d] = members as [Entry, Entry, Entry];
        const scores = [score(r, t), score(r, d), score(t, d)] as [number, number, number];
        if (scores.some((s) => s < threshold)) continue;
        const mean = isIdentical(members) ? 1 : (scores[0] + scores[1] + scores[2]) / 3;
        out.push(makeCandidate(members, mean));
      }
    }
  }
}

function makeCandidate(members: Entry[], score: number): Scored {
  const sorted = sortMembers(members);
  const placements = new Set(sorted.map((m) => m.placement)).size;
  return {
    candidate: {
      items: sorted.map((m) => m.key),
      score: score - PLACEMENT_PENALTY * (placements - 1),
      order: sorted.map((m) => String(m.rank).padStart(8, "0")).join("."),
    },
    members: sorted,
    score,
  };
}

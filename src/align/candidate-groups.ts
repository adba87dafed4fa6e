/**
 * Candidate groups within one keyword family: pairs of items from two Sectors at least `threshold`
 * similar, and groups of three formed around each item from its best candidates in the two other
 * Sectors, kept when every two members are at least `threshold` similar.
 */
import { type Role, SECTOR_ROLES, type SectorRole } from "../model.js";
import { crossPairs } from "./candidates.js";
import { compareText, type Entry, isIdentical, ROLE_INDEX, sortMembers } from "./entries.js";
import type { Candidate } from "./select.js";
import { pairScore } from "./similarity.js";

/** How many candidates per item and per other Sector are combined into groups of three. */
const CANDIDATES_PER_ITEM = 8;

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

/** Adds the candidates of one family (its entries from all four documents) to `out`. */
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
  return {
    candidate: {
      items: sorted.map((m) => m.key),
      score,
      order: sorted.map((m) => String(m.rank).padStart(8, "0")).join("."),
    },
    members: sorted,
    score,
  };
}

/**
 * The Resolution 140 link of each group: the item of the same family that already says the same
 * thing, one-to-one, best total first.
 */
import type { CommonGroup } from "../model.js";
import type { Entry } from "./entries.js";
import { type Candidate, selectDisjoint } from "./select.js";
import { similarity, similarityBound } from "./similarity.js";

/** A group with the entries of its members, which the Resolution 140 link compares against. */
export interface Built {
  group: CommonGroup;
  entries: Entry[];
}

/**
 * One-to-one links from groups to Resolution 140 items of the same family, best total first. The link
 * score is the mean similarity of the Resolution 140 item to the members; only the Resolution 140
 * items blocked with one of the members are compared.
 */
export function linkToPp(
  groups: Built[],
  ppNeighbours: Map<string, Entry[]>,
  ppUsed: Set<string>,
  threshold: number,
): void {
  const links: { group: number; pp: Entry; score: number; candidate: Candidate }[] = [];
  groups.forEach(({ entries }, g) => {
    const compared = new Set<Entry>();
    for (const member of entries) {
      for (const pp of ppNeighbours.get(member.key) ?? []) {
        if (compared.has(pp) || ppUsed.has(pp.key)) continue;
        compared.add(pp);
        const equal = entries.every((m) => m.norm.text === pp.norm.text);
        const mean = (f: (m: Entry) => number) => entries.reduce((sum, m) => sum + f(m), 0) / entries.length;
        if (!equal && mean((m) => similarityBound(m.bag, pp.bag)) < threshold) continue;
        const score = equal ? 1 : mean((m) => similarity(m.bag, pp.bag));
        if (score < threshold) continue;
        links.push({
          group: g,
          pp,
          score,
          candidate: {
            items: [`group:${g}`, pp.key],
            score,
            order: [...entries, pp].map((m) => String(m.rank).padStart(8, "0")).join("."),
          },
        });
      }
    }
  });
  for (const i of selectDisjoint(links.map((l) => l.candidate))) {
    const l = links[i];
    if (!l) continue;
    const { group } = groups[l.group] as Built;
    group.pp = { ...l.pp.ref };
    group.ppScore = round(l.score);
    ppUsed.add(l.pp.key);
  }
}

/** A score as reported: three decimals. */
export function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

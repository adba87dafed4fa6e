/**
 * align: the items common to the three Sector resolutions, one group per provision, each identical or
 * a variant, linked to the Resolution 140 item that already says the same thing.
 *
 * 1. Every item (with its sub-items) is normalized for comparison (src/normalize).
 * 2. Within each keyword family, candidate pairs between two Sectors are those with similarity at
 *    least `threshold` (blocked by shared bigrams in large families).
 * 3. Candidate groups of three are formed around each item from its candidates in the two other
 *    Sectors, kept when every pair of members is similar at least `threshold`; the group's score is
 *    the mean of its three pair scores (1 when the three normalized texts are equal).
 * 4. The groups are chosen as the best one-to-one assignment (max total score, src/align/select.ts).
 * 5. Items left over pair up across two Sectors the same way: the partial groups.
 * 6. Each group is linked to the best Resolution 140 item of its family, one-to-one, or to none.
 */

import { defaultSectorTerms, type SectorTerms } from "../domain/sector-terms.js";
import {
  type AlignResult,
  type CommonGroup,
  type ItemRef,
  type Resolution,
  type Role,
  SECTOR_ROLES,
  type SectorRole,
} from "../model.js";
import { RULE_IDS } from "../normalize/index.js";
import { type Candidates, familyCandidates, pairScorer } from "./candidate-groups.js";
import { DEFAULT_LINK_THRESHOLD, DEFAULT_THRESHOLD } from "./defaults.js";
import { wordDifferences } from "./differences.js";
import { collectAllEntries, type Entry, isIdentical, rankFamilies } from "./entries.js";
import { type Built, linkToPp, round } from "./link.js";
import { selectDisjoint } from "./select.js";

export { wordDifferences } from "./differences.js";
export { selectDisjoint } from "./select.js";
export { similarity, wordBag } from "./similarity.js";

export interface AlignOptions {
  /** Minimum similarity (0..1) of every two members of a variant group. Default 0.65 (`DEFAULT_THRESHOLD`). */
  threshold?: number;
  /** Minimum similarity (0..1) of a Resolution 140 item to a group's members (mean) for a link. Default: the larger of 0.7 and `threshold`. */
  linkThreshold?: number;
  /** The Sector-term table; default: the shipped one. */
  terms?: SectorTerms;
}

export { DEFAULT_LINK_THRESHOLD, DEFAULT_THRESHOLD } from "./defaults.js";

export function alignSectors(
  byRole: Partial<Record<Role, Resolution>>,
  options: AlignOptions = {},
): AlignResult {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  if (!(threshold > 0 && threshold <= 1))
    throw new RangeError(`threshold must be in (0, 1], got ${threshold}`);
  const linkThreshold = options.linkThreshold ?? Math.max(DEFAULT_LINK_THRESHOLD, threshold);
  if (!(linkThreshold > 0 && linkThreshold <= 1)) {
    throw new RangeError(`linkThreshold must be in (0, 1], got ${linkThreshold}`);
  }
  const { all, families } = collectAllEntries(byRole, options.terms ?? defaultSectorTerms());
  const familyRank = rankFamilies(byRole);
  const score = pairScorer(all.length, threshold);
  const candidates: Candidates = { triples: [], pairs: [], ppNeighbours: new Map() };
  for (const entries of families.values()) familyCandidates(entries, score, threshold, candidates);

  const used = new Set<string>();
  const common: Built[] = [];
  for (const i of selectDisjoint(candidates.triples.map((t) => t.candidate))) {
    const t = candidates.triples[i];
    if (!t) continue;
    for (const m of t.members) used.add(m.key);
    common.push(buildGroup(t.members, t.score));
  }
  const leftover = candidates.pairs.filter((p) => p.members.every((m) => !used.has(m.key)));
  const partial: Built[] = [];
  for (const i of selectDisjoint(leftover.map((p) => p.candidate))) {
    const p = leftover[i];
    if (p) partial.push(buildGroup(p.members, p.score));
  }

  const ppUsed = new Set<string>();
  linkToPp(common, candidates.ppNeighbours, ppUsed, linkThreshold);
  linkToPp(partial, candidates.ppNeighbours, ppUsed, linkThreshold);

  const order = (g: CommonGroup) => familyRank(g.family);
  const sortGroups = (built: Built[]) =>
    built.map((b) => b.group).sort((a, b) => order(a) - order(b) || compareMembers(a.members, b.members));
  return { common: sortGroups(common), partial: sortGroups(partial) };
}

function buildGroup(members: Entry[], score: number): Built {
  const identical = isIdentical(members);
  const fired = new Set(members.flatMap((m) => m.norm.rules));
  const group: CommonGroup = {
    kind: identical ? "identical" : "variant",
    family: (members[0] as Entry).family,
    score: identical ? 1 : round(score),
    members: members.map((m) => m.ref),
    pp: null,
    ppScore: null,
    rules: RULE_IDS.filter((id) => fired.has(id)),
    differences: identical
      ? []
      : wordDifferences(members.map((m) => ({ role: m.role as SectorRole, text: m.norm.text }))),
  };
  return { group, entries: members };
}

function compareMembers(a: readonly ItemRef[], b: readonly ItemRef[]): number {
  const first = (refs: readonly ItemRef[]) => refs[0] as ItemRef;
  const ra = SECTOR_ROLES.indexOf(first(a).role as SectorRole);
  const rb = SECTOR_ROLES.indexOf(first(b).role as SectorRole);
  return ra - rb || first(a).line - first(b).line || (a[1]?.line ?? 0) - (b[1]?.line ?? 0);
}

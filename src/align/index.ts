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
  type WordDifference,
} from "../model.js";
import { RULE_IDS } from "../normalize/index.js";
import { type Addressee, addresseeOf, addresseeText, sameAddressee } from "./addressees.js";
import { type Candidates, exactTriples, familyCandidates, pairScorer } from "./candidate-groups.js";
import { classifyDifferences, type DifferenceClasses } from "./classes.js";
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
  const terms = options.terms ?? defaultSectorTerms();
  const { all, pools } = collectAllEntries(byRole, terms);
  const familyRank = rankFamilies(byRole);
  const score = pairScorer(all.length, threshold);
  const candidates: Candidates = { triples: [], pairs: [], ppNeighbours: new Map() };
  for (const entries of pools.values()) {
    familyCandidates(entries, score, threshold, candidates);
    exactTriples(entries, candidates.triples);
  }
  const classes = terms.differences;
  const used = new Set<string>();
  const common: Built[] = [];
  for (const i of selectDisjoint(candidates.triples.map((t) => t.candidate))) {
    const t = candidates.triples[i];
    if (!t) continue;
    for (const m of t.members) used.add(m.key);
    common.push(buildGroup(t.members, t.score, classes));
  }
  const leftover = candidates.pairs.filter((p) => p.members.every((m) => !used.has(m.key)));
  const partial: Built[] = [];
  for (const i of selectDisjoint(leftover.map((p) => p.candidate))) {
    const p = leftover[i];
    if (p) partial.push(buildGroup(p.members, p.score, classes));
  }

  const ppByText = new Map<string, Entry[]>();
  for (const entry of all) {
    if (entry.role !== "pp") continue;
    const list = ppByText.get(entry.text);
    if (list) list.push(entry);
    else ppByText.set(entry.text, [entry]);
  }
  const ppUsed = new Set<string>();
  linkToPp(common, candidates.ppNeighbours, ppByText, ppUsed, linkThreshold, classes);
  linkToPp(partial, candidates.ppNeighbours, ppByText, ppUsed, linkThreshold, classes);

  const order = (g: CommonGroup) => familyRank(g.family);
  const sortGroups = (built: Built[]) =>
    built.map((b) => b.group).sort((a, b) => order(a) - order(b) || compareMembers(a.members, b.members));
  return { common: sortGroups(common), partial: sortGroups(partial) };
}

function buildGroup(members: Entry[], score: number, classes: DifferenceClasses): Built {
  const fired = new Set(members.flatMap((m) => m.norm.rules));
  const wordings = members.map((m) => ({ role: m.role as SectorRole, text: m.norm.text }));
  const differences = [
    ...addresseeDifferences(members),
    ...(isIdentical(members) ? [] : wordDifferences(wordings)),
  ];
  classifyDifferences(differences, classes);
  const identical = differences.length === 0;
  const families = new Set(members.map((m) => m.family));
  const group: CommonGroup = {
    kind: identical ? "identical" : "variant",
    family: majorityFamily(members),
    placement: families.size > 1 ? "differs" : "same",
    score: isIdentical(members) ? 1 : round(score),
    members: members.map((m) => m.ref),
    pp: null,
    ppScore: null,
    ppCoverage: null,
    ppMissing: [],
    ppNote: null,
    rules: RULE_IDS.filter((id) => fired.has(id)),
    variantClass: identical
      ? null
      : differences.some((d) => d.class === "substantive")
        ? "substantive"
        : "editorial",
    differences,
  };
  return { group, entries: members };
}

/** The family most members use; on a tie, the first member's (ITU-R's when present). */
function majorityFamily(members: readonly Entry[]): string {
  let best = (members[0] as Entry).family;
  let bestCount = 0;
  for (const m of members) {
    const count = members.filter((o) => o.family === m.family).length;
    if (count > bestCount) {
      best = m.family;
      bestCount = count;
    }
  }
  return best;
}

/** Members addressing different parties ("Member States" / "Member States and Sector Members") differ there. */
function addresseeDifferences(members: readonly Entry[]): WordDifference[] {
  const addressees = members.map((m) => addresseeOf(m.ref.keyword));
  const first = addressees[0] as Addressee;
  if (addressees.every((a) => sameAddressee(a, first))) return [];
  const readings: Partial<Record<SectorRole, string>> = {};
  members.forEach((m, i) => {
    readings[m.role as SectorRole] = addresseeText(addressees[i] as Addressee);
  });
  return [{ readings, before: "", after: "", in: "addressee" }];
}

function compareMembers(a: readonly ItemRef[], b: readonly ItemRef[]): number {
  const first = (refs: readonly ItemRef[]) => refs[0] as ItemRef;
  const ra = SECTOR_ROLES.indexOf(first(a).role as SectorRole);
  const rb = SECTOR_ROLES.indexOf(first(b).role as SectorRole);
  return ra - rb || first(a).line - first(b).line || (a[1]?.line ?? 0) - (b[1]?.line ?? 0);
}

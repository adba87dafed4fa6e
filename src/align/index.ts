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
import { type NormalizedText, normalizeItem, RULE_IDS } from "../normalize/index.js";
import { crossPairs } from "./candidates.js";
import { DEFAULT_LINK_THRESHOLD, DEFAULT_THRESHOLD } from "./defaults.js";
import { wordDifferences } from "./differences.js";
import { type Candidate, selectDisjoint } from "./select.js";
import { pairScore, similarity, similarityBound, type WordBag, wordBag } from "./similarity.js";

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

/** How many candidates per item and per other Sector are combined into groups of three. */
const CANDIDATES_PER_ITEM = 8;

const ROLE_INDEX: Record<Role, number> = { "ITU-R": 0, "ITU-T": 1, "ITU-D": 2, pp: 3 };

/** A candidate group with its members. */
interface Scored {
  candidate: Candidate;
  members: Entry[];
  score: number;
}

interface Entry {
  key: string;
  /** A number for the entry, for cheap pair keys. */
  id: number;
  /** Rank of the entry when all are sorted by normalized text (then document, then line): the tie-break. */
  rank: number;
  role: Role;
  family: string;
  ref: ItemRef;
  norm: NormalizedText;
  /** `norm.text`, so an entry is `Scorable`. */
  text: string;
  words: readonly string[];
  bag: WordBag;
}

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

  const entriesByRole = new Map<Role, Entry[]>();
  for (const role of ["pp", ...SECTOR_ROLES] as Role[]) {
    const resolution = byRole[role];
    entriesByRole.set(role, resolution ? collectEntries(resolution, role, terms) : []);
  }
  const familyRank = rankFamilies(byRole);
  // Each family: its items from all four documents, Resolution 140 included (for the links).
  const families = new Map<string, Entry[]>();
  for (const role of [...SECTOR_ROLES, "pp"] as Role[]) {
    for (const entry of entriesByRole.get(role) as Entry[]) {
      const list = families.get(entry.family);
      if (list) list.push(entry);
      else families.set(entry.family, [entry]);
    }
  }

  // Ids and tie-break ranks over all entries.
  const all = [...entriesByRole.values()].flat();
  all.forEach((entry, id) => {
    entry.id = id;
  });
  [...all]
    .sort((a, b) => compareText(a, b) || ROLE_INDEX[a.role] - ROLE_INDEX[b.role])
    .forEach((entry, rank) => {
      entry.rank = rank;
    });
  const scoreCache = new Map<number, number>();
  const pairKey = (x: Entry, y: Entry) => (x.id < y.id ? x.id * all.length + y.id : y.id * all.length + x.id);
  const cachedScore = (x: Entry, y: Entry): number => {
    const key = pairKey(x, y);
    let score = scoreCache.get(key);
    if (score === undefined) {
      score = pairScore(x, y, threshold);
      scoreCache.set(key, score);
    }
    return score;
  };

  const tripleCandidates: Scored[] = [];
  const pairCandidates: Scored[] = [];
  /** Resolution 140 items worth comparing with each Sector item (blocked like the Sector pairs). */
  const ppNeighbours = new Map<string, Entry[]>();
  for (const entries of families.values()) {
    // Candidate pairs between two Sectors, as adjacency lists, best first.
    const adjacency = new Map<Entry, Map<Role, { entry: Entry; score: number }[]>>();
    const link = (x: Entry, y: Entry, score: number) => {
      let byRoleOf = adjacency.get(x);
      if (!byRoleOf) {
        byRoleOf = new Map();
        adjacency.set(x, byRoleOf);
      }
      const list = byRoleOf.get(y.role);
      if (list) list.push({ entry: y, score });
      else byRoleOf.set(y.role, [{ entry: y, score }]);
    };
    for (const [i, j] of crossPairs(entries, (k) => ROLE_INDEX[(entries[k] as Entry).role])) {
      const x = entries[i] as Entry;
      const y = entries[j] as Entry;
      if (x.role === "pp" || y.role === "pp") {
        const [sector, pp] = x.role === "pp" ? [y, x] : [x, y];
        const list = ppNeighbours.get(sector.key);
        if (list) list.push(pp);
        else ppNeighbours.set(sector.key, [pp]);
        continue;
      }
      const score = cachedScore(x, y);
      if (score < threshold) continue;
      link(x, y, score);
      link(y, x, score);
      pairCandidates.push(makeCandidate([x, y], score));
    }
    for (const byRoleOf of adjacency.values()) {
      for (const list of byRoleOf.values()) {
        list.sort((p, q) => q.score - p.score || compareText(p.entry, q.entry));
        list.length = Math.min(list.length, CANDIDATES_PER_ITEM);
      }
    }
    // Groups of three around each item: its candidates in the two other Sectors.
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
          const scores = [cachedScore(r, t), cachedScore(r, d), cachedScore(t, d)] as [
            number,
            number,
            number,
          ];
          if (scores.some((s) => s < threshold)) continue;
          const score = isIdentical(members) ? 1 : (scores[0] + scores[1] + scores[2]) / 3;
          tripleCandidates.push(makeCandidate(members, score));
        }
      }
    }
  }

  const used = new Set<string>();
  const chosenTriples = selectDisjoint(tripleCandidates.map((t) => t.candidate)).map(
    (i) => tripleCandidates[i],
  );
  const common: Built[] = [];
  for (const t of chosenTriples) {
    if (!t) continue;
    for (const m of t.members) used.add(m.key);
    common.push(buildGroup(t.members, t.score));
  }
  const leftover = pairCandidates.filter((p) => p.members.every((m) => !used.has(m.key)));
  const partial: Built[] = [];
  for (const i of selectDisjoint(leftover.map((p) => p.candidate))) {
    const p = leftover[i];
    if (p) partial.push(buildGroup(p.members, p.score));
  }

  const ppUsed = new Set<string>();
  linkToPp(common, ppNeighbours, ppUsed, linkThreshold);
  linkToPp(partial, ppNeighbours, ppUsed, linkThreshold);

  const order = (g: CommonGroup) => familyRank(g.family);
  const sortGroups = (built: Built[]) =>
    built.map((b) => b.group).sort((a, b) => order(a) - order(b) || compareMembers(a.members, b.members));
  return { common: sortGroups(common), partial: sortGroups(partial) };
}

// ---------------------------------------------------------------------------------------------------

function collectEntries(resolution: Resolution, role: Role, terms: SectorTerms): Entry[] {
  const entries: Entry[] = [];
  resolution.sections.forEach((section, s) => {
    section.items.forEach((item, i) => {
      const norm = normalizeItem(item, { terms });
      if (norm.words.length === 0) return;
      const ref: ItemRef = {
        role,
        file: resolution.file,
        section: s,
        item: i,
        line: item.line,
        label: item.label,
        keyword: section.keyword,
        normalized: norm.text,
        rules: [...norm.rules],
      };
      entries.push({
        key: `${role}:${s}:${i}`,
        id: 0,
        rank: 0,
        role,
        family: section.family,
        ref,
        norm,
        text: norm.text,
        words: norm.words,
        bag: wordBag(norm.words),
      });
    });
  });
  return entries;
}

/** Families in the order they first appear: ITU-R first, then ITU-T, ITU-D, Resolution 140. */
function rankFamilies(byRole: Partial<Record<Role, Resolution>>): (family: string) => number {
  const rank = new Map<string, number>();
  for (const role of [...SECTOR_ROLES, "pp"] as Role[]) {
    for (const section of byRole[role]?.sections ?? []) {
      if (!rank.has(section.family)) rank.set(section.family, rank.size);
    }
  }
  return (family) => rank.get(family) ?? rank.size;
}

function sortMembers(members: Entry[]): Entry[] {
  return [...members].sort(
    (a, b) => SECTOR_ROLES.indexOf(a.role as SectorRole) - SECTOR_ROLES.indexOf(b.role as SectorRole),
  );
}

/** Ties are broken by text, then position, so the result does not depend on the order items come in. */
function compareText(a: Entry, b: Entry): number {
  return a.norm.text < b.norm.text ? -1 : a.norm.text > b.norm.text ? 1 : a.ref.line - b.ref.line;
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

function isIdentical(members: readonly Entry[]): boolean {
  return members.every((m) => m.norm.text === (members[0] as Entry).norm.text);
}

/** A group with the entries of its members, which the Resolution 140 link compares against. */
interface Built {
  group: CommonGroup;
  entries: Entry[];
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

/**
 * One-to-one links from groups to Resolution 140 items of the same family, best total first. The link
 * score is the mean similarity of the Resolution 140 item to the members; only the Resolution 140
 * items blocked with one of the members are compared.
 */
function linkToPp(
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

function compareMembers(a: readonly ItemRef[], b: readonly ItemRef[]): number {
  const first = (refs: readonly ItemRef[]) => refs[0] as ItemRef;
  const ra = SECTOR_ROLES.indexOf(first(a).role as SectorRole);
  const rb = SECTOR_ROLES.indexOf(first(b).role as SectorRole);
  return ra - rb || first(a).line - first(b).line || (a[1]?.line ?? 0) - (b[1]?.line ?? 0);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/**
 * The Resolution 140 link of each group: the item of the same comparison pool (any preambular
 * keyword, or the same operative family) that already says the same thing, one-to-one, best total
 * first. A Resolution 140 item under another preambular keyword is still the link (the provision is
 * there, placed differently); one whose addressee is narrower than the Sectors' is a *narrower* link
 * (src/align/addressees.ts): named, with what it leaves out, and never "already in Resolution 140".
 */
import type { CommonGroup } from "../model.js";
import { addresseeOf, missingParties, narrowerNote, type Party } from "./addressees.js";
import { PLACEMENT_PENALTY } from "./candidate-groups.js";
import { classifyDifferences, type DifferenceClasses } from "./classes.js";
import { wordDifferences } from "./differences.js";
import type { Entry } from "./entries.js";
import { type Candidate, selectDisjoint } from "./select.js";
import { similarity, similarityBound } from "./similarity.js";

/** A group with the entries of its members, which the Resolution 140 link compares against. */
export interface Built {
  group: CommonGroup;
  entries: Entry[];
}

/** A full link is preferred to a narrower one of nearly the same score. */
const NARROWER_PENALTY = 0.01;

interface Link {
  group: number;
  pp: Entry;
  score: number;
  missing: Party[];
  /** The Sectors whose addressee the Resolution 140 item does not cover. */
  wider: string[];
  candidate: Candidate;
}

/**
 * One-to-one links from groups to Resolution 140 items of their pool, best total first. The link
 * score is the mean similarity of the Resolution 140 item to the members; the Resolution 140 items
 * compared are those blocked with one of the members and those whose normalized text equals theirs.
 */
export function linkToPp(
  groups: Built[],
  ppNeighbours: Map<string, Entry[]>,
  ppByText: Map<string, Entry[]>,
  ppUsed: Set<string>,
  threshold: number,
  classes: DifferenceClasses,
): void {
  const links: Link[] = [];
  groups.forEach(({ group, entries }, g) => {
    const compared = new Set<Entry>();
    const candidates = [
      ...(ppByText.get(entries[0]?.text ?? "") ?? []),
      ...entries.flatMap((member) => ppNeighbours.get(member.key) ?? []),
    ];
    const first = entries[0] as Entry;
    for (const pp of candidates) {
      // Same pool; or, for the same words, an operative item of the same verb whose addressee covers
      // the members' ("invites Member States and Sector Members" for an "invites Sector Members" group).
      const samePool = pp.pool === first.pool;
      const sameVerb = first.verb !== "" && pp.verb === first.verb && pp.text === first.text;
      if (compared.has(pp) || ppUsed.has(pp.key) || !(samePool || sameVerb)) continue;
      compared.add(pp);
      if (!samePool && missingOf(pp, entries).missing.length > 0) continue;
      const equal = entries.every((m) => m.norm.text === pp.norm.text);
      const mean = (f: (m: Entry) => number) => entries.reduce((sum, m) => sum + f(m), 0) / entries.length;
      if (!equal && mean((m) => similarityBound(m.bag, pp.bag)) < threshold) continue;
      const score = equal ? 1 : mean((m) => similarity(m.bag, pp.bag));
      if (score < threshold) continue;
      // "Already says the same" excludes a substantive difference (another number, body, modal ...).
      if (!equal && entries.every((m) => differsInSubstance(m, pp, classes))) continue;
      const { missing, wider } = missingOf(pp, entries);
      const penalty =
        (pp.family === group.family ? 0 : PLACEMENT_PENALTY) + (missing.length > 0 ? NARROWER_PENALTY : 0);
      links.push({
        group: g,
        pp,
        score,
        missing,
        wider,
        candidate: {
          items: [`group:${g}`, pp.key],
          score: score - penalty,
          order: [...entries, pp].map((m) => String(m.rank).padStart(8, "0")).join("."),
        },
      });
    }
  });
  for (const i of selectDisjoint(links.map((l) => l.candidate))) {
    const l = links[i];
    if (!l) continue;
    const { group } = groups[l.group] as Built;
    group.pp = { ...l.pp.ref };
    group.ppScore = round(l.score);
    group.ppCoverage = l.missing.length > 0 ? "narrower" : "full";
    group.ppMissing = l.missing.map((p) => p.text);
    group.ppNote =
      l.missing.length > 0
        ? narrowerNote(l.pp.ref.keyword, addresseeOf(l.pp.ref.keyword), l.missing, l.wider)
        : null;
    ppUsed.add(l.pp.key);
  }
}

/** Whether the Resolution 140 item differs from a member by a substantive word difference. */
function differsInSubstance(member: Entry, pp: Entry, classes: DifferenceClasses): boolean {
  if (member.text === pp.text) return false;
  const differences = wordDifferences([
    { role: "ITU-R", text: member.text },
    { role: "ITU-T", text: pp.text },
  ]);
  classifyDifferences(differences, classes);
  return differences.some((d) => d.class === "substantive");
}

/** The parties some member addresses and the Resolution 140 item does not (each once), and whose they are. */
function missingOf(pp: Entry, entries: readonly Entry[]): { missing: Party[]; wider: string[] } {
  const ppAddressee = addresseeOf(pp.ref.keyword);
  const missing: Party[] = [];
  const wider: string[] = [];
  for (const member of entries) {
    const lacking = missingParties(ppAddressee, addresseeOf(member.ref.keyword));
    if (lacking.length > 0) wider.push(member.role);
    for (const party of lacking) if (!missing.some((p) => p.id === party.id)) missing.push(party);
  }
  return { missing, wider };
}

/** A score as reported: three decimals. */
export function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

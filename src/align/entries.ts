/**
 * The items align compares: each item of the four documents, normalized once, with its word bag, a
 * number for cheap pair keys and a rank for tie-breaks.
 */
import { OPERATIVE_VERBS } from "../domain/keywords.js";
import type { SectorTerms } from "../domain/sector-terms.js";
import { type ItemRef, type Resolution, type Role, SECTOR_ROLES, type SectorRole } from "../model.js";
import { type NormalizedText, normalizeItem } from "../normalize/index.js";
import { addresseeKey, addresseeOf } from "./addressees.js";
import { type WordBag, wordBag } from "./similarity.js";

export const ROLE_INDEX: Record<Role, number> = { "ITU-R": 0, "ITU-T": 1, "ITU-D": 2, pp: 3 };

export interface Entry {
  key: string;
  /** A number for the entry, for cheap pair keys. */
  id: number;
  /** Rank of the entry when all are sorted by normalized text (then document, then line): the tie-break. */
  rank: number;
  role: Role;
  family: string;
  /**
   * What the entry is compared with: every preambular item is one pool (a Sector may state under
   * *recognizing* what another states under *considering*); an operative item only within its family.
   */
  pool: string;
  /** Where the item stands: its family and addressee (parties and tail); groups prefer one placement. */
  placement: string;
  /** For an operative item, the verb's family ("invites" for "invites Sector Members"); else "". */
  verb: string;
  ref: ItemRef;
  norm: NormalizedText;
  /** `norm.text`, so an entry is `Scorable`. */
  text: string;
  words: readonly string[];
  bag: WordBag;
}

/** Every entry, and the entries of each comparison pool (the Sectors first, then Resolution 140). */
export interface Entries {
  all: Entry[];
  pools: Map<string, Entry[]>;
}

/** The pool of all preambular items. */
export const PREAMBULAR_POOL = "preambular";

/** The entries of the documents, numbered and ranked. */
export function collectAllEntries(byRole: Partial<Record<Role, Resolution>>, terms: SectorTerms): Entries {
  const entriesByRole = new Map<Role, Entry[]>();
  for (const role of ["pp", ...SECTOR_ROLES] as Role[]) {
    const resolution = byRole[role];
    entriesByRole.set(role, resolution ? collectEntries(resolution, role, terms) : []);
  }
  // Each pool: its items from all four documents, Resolution 140 included (for the links).
  const pools = new Map<string, Entry[]>();
  for (const role of [...SECTOR_ROLES, "pp"] as Role[]) {
    for (const entry of entriesByRole.get(role) as Entry[]) {
      const list = pools.get(entry.pool);
      if (list) list.push(entry);
      else pools.set(entry.pool, [entry]);
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
  return { all, pools };
}

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
        family: section.family,
        normalized: norm.text,
        rules: [...norm.rules],
      };
      entries.push({
        key: `${role}:${s}:${i}`,
        id: 0,
        rank: 0,
        role,
        family: section.family,
        pool: section.kind === "preambular" ? PREAMBULAR_POOL : `operative:${section.family}`,
        placement: `${section.family}|${addresseeKey(addresseeOf(section.keyword))}`,
        verb: section.kind === "operative" ? verbOf(section.family) : "",
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

const VERBS = OPERATIVE_VERBS.map((v) => v.family).sort((a, b) => b.length - a.length);

/** The verb part of an operative family: "invites-sector-members" -> "invites". */
function verbOf(family: string): string {
  return VERBS.find((v) => family === v || family.startsWith(`${v}-`)) ?? family;
}

/** Families in the order they first appear: ITU-R first, then ITU-T, ITU-D, Resolution 140. */
export function rankFamilies(byRole: Partial<Record<Role, Resolution>>): (family: string) => number {
  const rank = new Map<string, number>();
  for (const role of [...SECTOR_ROLES, "pp"] as Role[]) {
    for (const section of byRole[role]?.sections ?? []) {
      if (!rank.has(section.family)) rank.set(section.family, rank.size);
    }
  }
  return (family) => rank.get(family) ?? rank.size;
}

export function sortMembers(members: Entry[]): Entry[] {
  return [...members].sort(
    (a, b) => SECTOR_ROLES.indexOf(a.role as SectorRole) - SECTOR_ROLES.indexOf(b.role as SectorRole),
  );
}

/** Ties are broken by text, then position, so the result does not depend on the order items come in. */
export function compareText(a: Entry, b: Entry): number {
  return a.norm.text < b.norm.text ? -1 : a.norm.text > b.norm.text ? 1 : a.ref.line - b.ref.line;
}

export function isIdentical(members: readonly Entry[]): boolean {
  return members.every((m) => m.norm.text === (members[0] as Entry).norm.text);
}

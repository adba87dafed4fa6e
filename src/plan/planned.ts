/**
 * The small pieces every part of the plan shares: what happens to a Sector item of a common group (its
 * fate), references to input items, and the planned items the plan starts from.
 */
import {
  type Item,
  type ItemRef,
  type Resolution,
  type Role,
  SECTOR_ROLES,
  type Section,
  type SectorRole,
} from "../model.js";
import type { PlannedDocument, PlannedItem, PlannedSection, ReviewNote, Wording } from "./types.js";

/**
 * What happens to a Sector item of a common group: moved into Resolution 140, matched to an item it
 * already has, or recalled (it cites Resolution 140 and gives way to the recalling item).
 */
export interface Fate {
  kind: "moved" | "matched" | "recalled";
  group: number;
  pp: ItemRef | null;
}

/** The fates of the Sector items, by `itemKey`. Items of no common group have none. */
export type Fates = Map<string, Fate>;

/** The key of an input item in `Fates` and the plan's indexes. */
export const itemKey = (role: Role, section: number, item: number) => `${role}/${section}/${item}`;

export function itemAt(doc: Resolution, ref: { section: number; item: number }): Item | undefined {
  return doc.sections[ref.section]?.items[ref.item];
}

export function refOf(doc: Resolution, role: Role, section: number, item: number): ItemRef {
  const s = doc.sections[section] as Section;
  const it = s.items[item] as Item;
  return { role, file: doc.file, section, item, line: it.line, label: it.label, keyword: s.keyword };
}

/** An input item as it stands: NOC, its label, its text as written. */
export function keptItem(origin: { section: number; item: number }, item: Item): PlannedItem {
  return {
    mark: "NOC",
    origin,
    oldLabel: item.label,
    label: item.label,
    wording: null,
    ending: null,
    newEnding: null,
    subLabels: [],
    crossReferences: [],
    citationChanges: [],
    review: [],
    sources: [],
    wordingFrom: null,
    placement: null,
  };
}

/** An item the plan adds, in derived wording. */
export function newItem(wording: Wording, review: ReviewNote[], sources: ItemRef[]): PlannedItem {
  return {
    mark: "ADD",
    origin: null,
    oldLabel: null,
    label: null,
    wording,
    ending: null,
    newEnding: null,
    subLabels: [],
    crossReferences: [],
    citationChanges: [],
    review,
    sources,
    wordingFrom: null,
    placement: null,
  };
}

/** An input's keyword groups as they stand: every item kept, but those `suppressed` says are SUP. */
export function keptSections(
  doc: Resolution,
  suppressed: (section: number, item: number) => boolean = () => false,
): PlannedSection[] {
  return doc.sections.map((s, si) => ({
    mark: "NOC",
    origin: si,
    keyword: s.keyword,
    family: s.family,
    kind: s.kind,
    items: s.items.map((it, ii) => {
      const planned = keptItem({ section: si, item: ii }, it);
      if (suppressed(si, ii)) {
        planned.mark = "SUP";
        planned.label = null;
      }
      return planned;
    }),
  }));
}

/** The live (not suppressed) items of a planned section. */
export function liveItems(section: PlannedSection): PlannedItem[] {
  return section.items.filter((i) => i.mark !== "SUP");
}

/** Resolution 140 first, then the Sectors in their usual order. */
export function allDocuments(
  pp: PlannedDocument,
  sectors: Record<SectorRole, PlannedDocument>,
): PlannedDocument[] {
  return [pp, ...SECTOR_ROLES.map((r) => sectors[r])];
}

/**
 * Where every input item went: kept in its document, moved into Resolution 140, matched to an item
 * Resolution 140 already has, or recalled (replaced by its Sector's recalling item). verifyPlan checks
 * that each input item has exactly one place.
 */
import { type ItemRef, type Resolution, ROLES, type Role, type SectorRole } from "../model.js";
import type { Addition } from "./groups.js";
import { type Fate, type Fates, itemKey, refOf } from "./planned.js";
import { firstMember } from "./resolution-140.js";
import type { Destination, Placement, PlannedDocument, PlannedItem } from "./types.js";

/** A planned item and where it stands in its planned document. */
interface At {
  section: number;
  item: number;
  planned: PlannedItem;
}

/** The planned documents indexed once: where each input item, each new item and each recalling item stands. */
class PlannedIndex {
  private readonly byOrigin = new Map<PlannedDocument, Map<string, At>>();
  private readonly bySource = new Map<string, At>();
  private readonly recallingOf = new Map<PlannedDocument, At>();

  constructor(documents: readonly PlannedDocument[]) {
    for (const planned of documents) {
      const index = new Map<string, At>();
      planned.sections.forEach((s, si) => {
        s.items.forEach((it, ii) => {
          const at = { section: si, item: ii, planned: it };
          if (it.origin) index.set(`${it.origin.section}/${it.origin.item}`, at);
          for (const r of it.origin === null ? it.sources : [])
            this.bySource.set(itemKey(r.role, r.section, r.item), at);
          if (it.wording !== null && it.mark !== "SUP" && !this.recallingOf.has(planned))
            this.recallingOf.set(planned, at);
        });
      });
      this.byOrigin.set(planned, index);
    }
  }

  /** Where an input item of `planned`'s input stands in it. */
  ofOrigin(planned: PlannedDocument, origin: { section: number; item: number }): At | null {
    return this.byOrigin.get(planned)?.get(`${origin.section}/${origin.item}`) ?? null;
  }

  /** The Resolution 140 item added from a Sector item. */
  ofAddition(ref: ItemRef): At | null {
    return this.bySource.get(itemKey(ref.role, ref.section, ref.item)) ?? null;
  }

  /** The first item of derived wording in a document: a Sector's recalling item. */
  recalling(planned: PlannedDocument): At | null {
    return this.recallingOf.get(planned) ?? null;
  }
}

/**
 * The placement of every input item, in document order (Resolution 140, then the Sectors). Each
 * suppressed item learns its placement; each decision to add learns where the new item stands.
 */
export function placeItems(
  byRole: Record<Role, Resolution>,
  documents: Record<Role, PlannedDocument>,
  fates: Fates,
  additions: readonly Addition[],
): Placement[] {
  const placements: Placement[] = [];
  const index = new PlannedIndex(ROLES.map((r) => documents[r]));
  for (const role of ROLES) {
    const doc = byRole[role];
    const planned = documents[role];
    doc.sections.forEach((section, si) => {
      section.items.forEach((_, ii) => {
        const from = refOf(doc, role, si, ii);
        const fate = role === "pp" ? undefined : fates.get(itemKey(role, si, ii));
        const to = destination(index, documents, planned, from, fate);
        if (!to) return; // verifyPlan reports the item as lost.
        placements.push({ from, to, group: fate?.group ?? null });
        if (fate) {
          const own = index.ofOrigin(planned, { section: si, item: ii });
          if (own) own.planned.placement = placements.length - 1;
        }
      });
    });
  }
  for (const a of additions) {
    const at = index.ofAddition(firstMember(a));
    if (at) {
      a.decision.section = at.section;
      a.decision.item = at.item;
    }
  }
  return placements;
}

/** Where one input item went, or null when it is nowhere (verifyPlan reports it). */
function destination(
  index: PlannedIndex,
  documents: Record<Role, PlannedDocument>,
  planned: PlannedDocument,
  from: ItemRef,
  fate: Fate | undefined,
): Destination | null {
  if (!fate) {
    const at = index.ofOrigin(planned, from);
    return at
      ? { kind: "kept", document: from.role, section: at.section, item: at.item, label: at.planned.label }
      : null;
  }
  if (fate.kind === "moved") {
    const at = index.ofAddition(from);
    return at
      ? { kind: "moved", document: "pp", section: at.section, item: at.item, label: at.planned.label }
      : null;
  }
  if (fate.kind === "matched" && fate.pp) {
    const at = index.ofOrigin(documents.pp, fate.pp);
    return at
      ? {
          kind: "matched",
          document: "pp",
          section: at.section,
          item: at.item,
          label: at.planned.label,
          pp: fate.pp,
        }
      : null;
  }
  if (fate.kind === "recalled") {
    const at = index.recalling(planned);
    return at
      ? {
          kind: "recalled",
          document: from.role as SectorRole,
          section: at.section,
          item: at.item,
          label: at.planned.label,
        }
      : null;
  }
  return null;
}

/**
 * Where the other end of a moved provision is (docs/domain.md "ITU proposal conventions"): a provision
 * that moves is SUP where it stood and ADD where it went, and each says where the other is. The tool
 * writes plain SUP and ADD with this note (docs/domain.md explains the choice over the Final Acts'
 * SUP* and ADD*). Run once the labels and placements are final.
 */
import { citeWithBody } from "../domain/citations.js";
import type { ItemRef } from "../model.js";
import type { ConsolidationPlan, PlannedDocument } from "./types.js";

const place = (keyword: string | undefined, label: string | null) =>
  `${keyword ?? ""}${label ? ` ${label}` : ""}`.trim();

/** Sets `note` on every suppressed Sector item that went somewhere, and on every item added from them. */
export function assignNotes(plan: ConsolidationPlan): void {
  const ppPlace = (section: number, label: string | null) => place(plan.pp.sections[section]?.keyword, label);
  for (const sector of Object.values(plan.sectors)) {
    for (const s of sector.sections) {
      for (const item of s.items) {
        if (item.mark !== "SUP" || item.placement === null) continue;
        const to = plan.placements[item.placement]?.to;
        if (!to || to.kind === "kept") continue;
        if (to.kind === "moved") item.note = `moved to Resolution 140, ${ppPlace(to.section, to.label)}`;
        else if (to.kind === "matched")
          item.note = `already in Resolution 140, ${ppPlace(to.section, to.label)}`;
        else
          item.note = `replaced by the item recalling Resolution 140, ${place(sector.sections[to.section]?.keyword, to.label)}`;
      }
    }
  }
  for (const s of plan.pp.sections) {
    for (const item of s.items) {
      if (item.mark !== "ADD" || item.sources.length === 0) continue;
      item.note = `moved from ${item.sources.map((ref) => source(plan, ref)).join("; ")}`;
    }
  }
}

/** "Resolution 75 (Rev. Geneva, 2022) of the World ... Assembly, considering b)". */
function source(plan: ConsolidationPlan, ref: ItemRef): string {
  const doc: PlannedDocument | undefined = ref.role === "pp" ? plan.pp : plan.sectors[ref.role];
  const cited = doc ? citeWithBody(doc.input) : ref.file;
  return `${cited}, ${place(ref.keyword, ref.label)}`;
}

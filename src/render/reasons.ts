/**
 * The *Reasons* that close a proposal: why Resolution 140 grows, and why each Sector resolution is
 * shortened (how many items moved, were already there, or gave way to the recalling item).
 */
import { citeDocument } from "../domain/citations.js";
import type { SectorRole } from "../model.js";
import type { ConsolidationPlan, PlannedDocument } from "../plan/types.js";

/** The *Reasons* that close a proposal, or null for a Sector resolution the plan leaves as it is. */
export function reasonsFor(planned: PlannedDocument, plan: ConsolidationPlan): string | null {
  return planned.role === "pp" ? resolution140Reasons(planned, plan) : sectorReasons(planned, plan);
}

function resolution140Reasons(planned: PlannedDocument, plan: ConsolidationPlan): string {
  const items = planned.sections.flatMap((s) => s.items);
  const added = items.filter((i) => i.mark === "ADD");
  const review = added.filter((i) => i.review.length > 0).length;
  const sectors = (["ITU-R", "ITU-T", "ITU-D"] as SectorRole[]).map((r) =>
    citeDocument(plan.sectors[r].input),
  );
  const already = plan.decisions.filter((d) => d.action === "noc").length;
  return (
    `*Reasons:* To state once, in Resolution 140, the provisions common to ${sectors.join(", ").replace(/, ([^,]*)$/, " and $1")}: ` +
    `${added.length} provision${added.length === 1 ? "" : "s"} added in neutral wording` +
    `${review > 0 ? ` (${review} derived wording${review === 1 ? "" : "s"} flagged for review)` : ""}; ` +
    `${already} common provision${already === 1 ? " it already has stays" : "s it already has stay"} unchanged. ` +
    `The resolution cites itself as ${plan.revision}.`
  );
}

function sectorReasons(planned: PlannedDocument, plan: ConsolidationPlan): string | null {
  const doc = planned.input;
  const items = planned.sections.flatMap((s) => s.items);
  const suppressed = items.filter((i) => i.mark === "SUP").length;
  if (suppressed === 0 && !items.some((i) => i.mark !== "NOC")) return null;
  const kinds = { moved: 0, matched: 0, recalled: 0 };
  for (const i of items) {
    if (i.placement === null || i.mark !== "SUP") continue;
    const p = plan.placements[i.placement];
    if (p && p.to.kind !== "kept") kinds[p.to.kind]++;
  }
  const parts = [
    kinds.moved > 0 ? `${kinds.moved} moved into Resolution 140` : "",
    kinds.matched > 0 ? `${kinds.matched} already in it` : "",
    kinds.recalled > 0 ? `${kinds.recalled} recalling Resolution 140, merged into the recalling item` : "",
  ].filter((p) => p);
  const replaced = items.some((i) => i.mark === "MOD" && i.wording !== null);
  const recalling = replaced
    ? "the item that recalled Resolution 140 now recalls its new revision and the provisions common to the three Sectors"
    : "a new recalling item refers to Resolution 140 and the provisions common to the three Sectors";
  const plural = (n: number) => `${n} item${n === 1 ? "" : "s"}`;
  return (
    `*Reasons:* The provisions common to the three Sectors are stated once in Resolution 140 (${plan.revision}), ` +
    `and ${citeDocument(doc)} no longer repeats them: ${plural(suppressed)} suppressed (${parts.join(", ")}); ` +
    `${recalling}; the remaining items are re-lettered and re-numbered.`
  );
}

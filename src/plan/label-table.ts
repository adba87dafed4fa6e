/**
 * Each shortened Sector text's table of old and new labels: for the other documents that cite its
 * provisions ("Resolution 30, resolves 3"), where each provision stands now. One row per input item,
 * in input order, from the placements (consolidation.json `labels`, the end of each Sector revision
 * file).
 */
import type { Role, SectorRole } from "../model.js";
import type { ConsolidationPlan, Destination } from "./types.js";

export interface LabelRow {
  /** The keyword and label in the input, and the line of the label. */
  keyword: string;
  from: string | null;
  line: number;
  /** What happened to it: kept (possibly relabelled), moved, matched (already in Resolution 140), recalled. */
  kind: Destination["kind"];
  /** Where it stands now: the document, keyword and label. */
  to: { document: Role; keyword: string; label: string | null };
}

/** The rows of one Sector, in the order of its input. */
export function labelTable(plan: ConsolidationPlan, role: SectorRole): LabelRow[] {
  return plan.placements
    .filter((p) => p.from.role === role)
    .map((p) => {
      const planned = p.to.document === "pp" ? plan.pp : plan.sectors[p.to.document];
      return {
        keyword: p.from.keyword,
        from: p.from.label,
        line: p.from.line,
        kind: p.to.kind,
        to: {
          document: p.to.document,
          keyword: planned.sections[p.to.section]?.keyword ?? "",
          label: p.to.label,
        },
      };
    });
}

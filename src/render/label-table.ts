/**
 * The table of old and new labels that ends a Sector revision file (src/plan/label-table.ts has the
 * rows): for the documents that cite the Sector text's provisions, where each provision stands now.
 */
import { citeDocument } from "../domain/citations.js";
import { type LabelRow, labelTable } from "../plan/label-table.js";
import type { ConsolidationPlan, PlannedDocument } from "../plan/types.js";

/** `*resolves* 3`: a keyword in italics, as resolutions print it, and the label. */
const at = (keyword: string, label: string | null) =>
  `*${keyword.replace(/([*_\\|])/g, "\\$1")}*${label ? ` ${label.replace(/([\\|])/g, "\\$1")}` : ""}`;

function now(row: LabelRow): string {
  const where = at(row.to.keyword, row.to.label);
  switch (row.kind) {
    case "moved":
      return `moved to Resolution 140, ${where}`;
    case "matched":
      return `already in Resolution 140, ${where}`;
    case "recalled":
      return `${where}, the item recalling Resolution 140`;
    default:
      return row.from === row.to.label ? `${where} (unchanged)` : where;
  }
}

/** The table in Markdown, or null for Resolution 140 or a Sector text the plan leaves as it is. */
export function labelTableMarkdown(
  planned: PlannedDocument,
  plan: ConsolidationPlan,
  eol: string,
): string | null {
  if (planned.role === "pp") return null;
  const changed = planned.sections.some((s) => s.mark !== "NOC" || s.items.some((i) => i.mark !== "NOC"));
  if (!changed) return null;
  const rows = labelTable(plan, planned.role);
  const lines = [
    `Old and new labels of ${citeDocument(planned.input)}, for the texts that cite its provisions:`,
    "",
    "| was | now |",
    "|---|---|",
    ...rows.map((row) => `| ${at(row.keyword, row.from)} | ${now(row)} |`),
  ];
  return lines.join(eol);
}

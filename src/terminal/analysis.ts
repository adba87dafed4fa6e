/**
 * The `analyze` report as a terminal table. Colour is a parameter: the caller decides whether the
 * terminal gets it.
 */

import type { Role, SectorRole, WordDifference } from "../model.js";
import { SECTOR_ROLES } from "../model.js";
import type { AnalysisGroup, AnalysisMember, AnalysisReport } from "../render/analysis.js";
import { type ChalkInstance, makeChalk } from "./color.js";

export interface TextOptions {
  /** Colour the output (a terminal that wants it). Default false. */
  color?: boolean;
}

/** The report as a terminal table: common groups, their differences, partial groups, a summary. */
export function formatAnalysisText(report: AnalysisReport, options: TextOptions = {}): string {
  const c = makeChalk(options.color === true);
  const out: string[] = [];
  const { summary } = report;
  const files = (["pp", ...SECTOR_ROLES] as Role[])
    .filter((r) => summary.files[r] !== undefined)
    .map((r) => `${r === "pp" ? "Resolution 140" : r}: ${summary.files[r]}`);
  out.push(c.dim(files.join("  ")), "");
  out.push(
    c.bold(
      `Common to the three Sectors: ${summary.common} (${summary.identical} identical, ` +
        `${summary.editorialVariant} editorial variant, ${summary.substantiveVariant} substantive variant` +
        `${summary.placement > 0 ? `; ${summary.placement} placed under different keywords` : ""})`,
    ),
  );
  out.push(...groupTable(report.common, SECTOR_ROLES, true, c));
  out.push("");
  out.push(c.bold(`In two Sectors only: ${summary.partial}`));
  out.push(...groupTable(report.partial, SECTOR_ROLES, false, c));
  out.push("");
  const counts = SECTOR_ROLES.filter((r) => summary.items[r] !== undefined)
    .map((r) => `${r} ${summary.items[r]}`)
    .join(", ");
  out.push(
    `${summary.common} common (${summary.identical} identical, ${summary.variant} variant), ` +
      `${summary.linkedToPp} already in Resolution 140` +
      `${summary.narrowerLinks > 0 ? `, ${summary.narrowerLinks} there for fewer addressees (narrower)` : ""}; ` +
      `${summary.partial} in two Sectors only. ` +
      `Items: ${counts}${summary.items.pp !== undefined ? `, Resolution 140 ${summary.items.pp}` : ""}. ` +
      `Thresholds: variant ${summary.threshold}, Resolution 140 link ${summary.linkThreshold}.`,
  );
  return `${out.join("\n")}\n`;
}

function groupTable(
  groups: readonly AnalysisGroup[],
  roles: readonly SectorRole[],
  withPp: boolean,
  c: ChalkInstance,
): string[] {
  if (groups.length === 0) return ["  (none)"];
  const header = ["family", ...roles, "kind", "score", ...(withPp ? ["Resolution 140"] : [])];
  const rows = groups.map((g) => {
    const cells = [
      g.family,
      ...roles.map((role) => {
        const m = g.members.find((x) => x.sector === role);
        return m ? `${m.label ?? "¶"} ${place(m)}` : "-";
      }),
      kindOf(g),
      g.score.toFixed(3),
    ];
    if (withPp)
      cells.push(
        g.pp
          ? `${g.pp.coverage === "narrower" ? "narrower: " : ""}${g.pp.keyword} ${g.pp.label ?? "¶"} ${place(g.pp)}`
          : "-",
      );
    return cells;
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const kindAt = roles.length + 1;
  // Pad first, then colour: escape codes must not count towards the width.
  const line = (cells: string[], style: (cell: string, i: number) => string = (cell) => cell) =>
    `  ${cells.map((cell, i) => style(i === cells.length - 1 ? cell : cell.padEnd(widths[i] as number), i)).join("  ")}`.trimEnd();
  const out = [c.dim(line(header))];
  groups.forEach((g, k) => {
    out.push(
      line(rows[k] as string[], (cell, i) => (i === kindAt && g.kind === "variant" ? c.yellow(cell) : cell)),
    );
    if (g.placement === "differs") {
      const where = g.members.map((m) => `${m.sector} ${m.keyword}`).join(" | ");
      out.push(`      ${c.yellow("placed differently:")} ${where}`);
    }
    if (g.pp?.note) out.push(`      ${c.yellow("narrower link:")} ${g.pp.note}`);
    for (const d of g.differences) out.push(`      ${formatDifference(d, g.members, c)}`);
  });
  return out;
}

/** "identical", "variant (editorial)", "variant (substantive)". */
function kindOf(g: AnalysisGroup): string {
  return g.kind === "variant" && g.variantClass ? `variant (${g.variantClass})` : g.kind;
}

/** `…⟨sector⟩ [shall|should|shall also] contribute…`, each member's words in its own colour. */
function formatDifference(d: WordDifference, members: readonly AnalysisMember[], c: ChalkInstance): string {
  const colours = [c.green, c.cyan, c.magenta];
  const readings = members.map((m, i) => {
    const words = d.readings[m.sector] ?? "";
    const colour = colours[i % colours.length] as ChalkInstance;
    return `${m.sector}: ${colour.bold(words === "" ? "∅" : words)}`;
  });
  const before = d.before ? `…${d.before} ` : "";
  const after = d.after ? `${/^[,;:.!?)\]]/.test(d.after) ? "" : " "}${d.after}…` : "";
  // Substantive differences are marked in words (not by colour alone): "! substantive (modal)".
  const mark =
    d.class === "substantive"
      ? c.red.bold(`! substantive (${d.category ?? "?"}) `)
      : d.class === "editorial"
        ? c.dim(`  editorial (${d.category ?? "?"}) `)
        : "";
  const where = d.in === "addressee" ? "addressee " : "";
  return `${mark}${where}${c.dim(before)}[${readings.join(" | ")}]${c.dim(after)}`;
}

/** Where an item stands: `:22` (a line of a Markdown input) or `¶12` (a paragraph of a Word input). */
function place(item: { line: number; paragraph?: number }): string {
  return item.paragraph === undefined ? `:${item.line}` : `¶${item.paragraph}`;
}

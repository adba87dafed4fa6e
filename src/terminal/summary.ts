/**
 * The terminal form of a proposal's numbers: a short table, and on request coloured word-level diffs.
 * Colour only when enabled.
 */
import { diffWords, structuredPatch } from "diff";
import type { ProposalSummary } from "../render/summary.js";
import type { ChalkInstance } from "./color.js";

const n = (x: number) => x.toLocaleString("en-US");
const words = (x: number) => `${n(x)} word${Math.abs(x) === 1 ? "" : "s"}`;
const pad = (text: string, width: number) => text + " ".repeat(Math.max(0, width - text.length));
const padStart = (text: string, width: number) => " ".repeat(Math.max(0, width - text.length)) + text;

/** A change with its sign: "+3", "-2", and "0" (never "+0" or "+-0"). */
function signed(x: number, format: (magnitude: number) => string): string {
  if (x === 0) return format(0);
  return `${x > 0 ? "+" : "-"}${format(Math.abs(x))}`;
}

/** The terminal summary: one line per document, then the totals. */
export function formatSummary(summary: ProposalSummary, color: ChalkInstance): string {
  const lines: string[] = [];
  // moved: items moved into Resolution 140 (there: items added); in Res. 140: suppressed because
  // Resolution 140 already has them; recalled: replaced by the new recalling item.
  const header = ["document", "file", "items", "moved", "in Res. 140", "recalled", "words", "saved"];
  const rows = summary.documents.map((d) => {
    const pp = d.role === "pp";
    return [
      pp ? "Res. 140" : d.role,
      d.file,
      `${d.itemsBefore} -> ${d.itemsAfter}`,
      pp ? signed(d.added, String) : String(d.moved),
      pp ? "-" : String(d.matched),
      pp ? "-" : String(d.recalled),
      `${n(d.wordsBefore)} -> ${n(d.wordsAfter)}`,
      pp ? signed(-d.wordsSaved, words) : `${words(d.wordsSaved)} (${d.percentSaved.toFixed(1)}%)`,
    ];
  });
  const widths = header.map((h, k) => Math.max(h.length, ...rows.map((r) => (r[k] as string).length)));
  const left = (k: number) => k < 2;
  const line = (cells: string[]) =>
    cells
      .map((cell, k) => (left(k) ? pad(cell, widths[k] as number) : padStart(cell, widths[k] as number)))
      .join("  ")
      .trimEnd();
  lines.push(color.bold(line(header)));
  for (const row of rows) lines.push(line(row));
  const s = summary.sectors;
  lines.push("");
  lines.push(
    `The three Sectors: ${color.green(`${n(s.wordsSaved)} words saved`)} of ${n(s.wordsBefore)} (${s.percentSaved.toFixed(1)}%); ` +
      `net over all four texts: ${n(summary.netWordsSaved)} words.`,
  );
  const g = summary.groups;
  lines.push(
    `Common groups: ${g.moved} moved into Resolution 140, ${g.alreadyInResolution140} already there, ` +
      `${g.recalling} recalling Resolution 140, ${g.variantsLeft} variant${g.variantsLeft === 1 ? "" : "s"} left for the drafters` +
      `${g.narrowerLeft > 0 ? `, ${g.narrowerLeft} said in Resolution 140 for fewer addressees (the wider Sector items kept)` : ""}.`,
  );
  for (const c of g.variantChoices) {
    lines.push(`Variant moved to Resolution 140 ${c.at}: ${c.reason}.`);
  }
  if (summary.review > 0) {
    lines.push(
      color.yellow(
        `${summary.review} derived wording${summary.review === 1 ? "" : "s"} flagged for review (see the *.revision.md files).`,
      ),
    );
  }
  return `${lines.join("\n")}\n`;
}

/**
 * Word-level differences between two texts, hunk by hunk: deletions red and struck through, additions
 * green; without colour, `[-deleted-]{+added+}` as `git diff --word-diff=plain` writes them.
 */
export function formatWordDiff(title: string, before: string, after: string, color: ChalkInstance): string {
  const patch = structuredPatch("a", "b", before, after, undefined, undefined, { context: 0 });
  const out = [color.bold(title)];
  for (const hunk of patch.hunks) {
    const removed = hunk.lines.filter((l) => l.startsWith("-")).map((l) => l.slice(1).replace(/\r$/, ""));
    const added = hunk.lines.filter((l) => l.startsWith("+")).map((l) => l.slice(1).replace(/\r$/, ""));
    out.push(color.cyan(`@@ line ${hunk.oldStart} @@`));
    let text = "";
    for (const part of diffWords(removed.join("\n"), added.join("\n"))) {
      if (part.removed) text += color.level > 0 ? color.red.strikethrough(part.value) : `[-${part.value}-]`;
      else if (part.added) text += color.level > 0 ? color.green(part.value) : `{+${part.value}+}`;
      else text += part.value;
    }
    out.push(text);
  }
  if (patch.hunks.length === 0) out.push("(no change)");
  return `${out.join("\n")}\n`;
}

/**
 * The numbers of a proposal (items moved, words and percentage saved per Sector) as data, and their
 * terminal form: a short table, and on request coloured word-level diffs. Colour only when enabled.
 */
import { Chalk, type ChalkInstance } from "chalk";
import { diffWords, structuredPatch } from "diff";
import { type Role, SECTOR_ROLES } from "../model.js";
import type { ConsolidationPlan, PlannedDocument } from "../plan/types.js";
import { countWords } from "./words.js";

export interface DocumentSummary {
  role: Role;
  file: string;
  output: string;
  itemsBefore: number;
  itemsAfter: number;
  /** Sector items suppressed, by where they went. */
  moved: number;
  matched: number;
  recalled: number;
  /** Items added (Resolution 140: moved in; a Sector: its new recalling item). */
  added: number;
  changed: number;
  wordsBefore: number;
  wordsAfter: number;
  /** wordsBefore - wordsAfter (negative where the text grows, as Resolution 140 does). */
  wordsSaved: number;
  percentSaved: number;
}

export interface ProposalSummary {
  revision: string;
  documents: DocumentSummary[];
  sectors: { wordsBefore: number; wordsAfter: number; wordsSaved: number; percentSaved: number };
  /** Words saved over all four texts: the Sectors' savings less what Resolution 140 gains. */
  netWordsSaved: number;
  groups: {
    moved: number;
    alreadyInResolution140: number;
    recalling: number;
    variantsLeft: number;
    /** Variant groups moved (--include-variants): whose wording was used, group by group. */
    variantChoices: { family: string; at: string; wording: string; reason: string }[];
  };
  review: number;
  warnings: number;
}

const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((1000 * part) / whole) / 10);

function documentSummary(
  plan: ConsolidationPlan,
  planned: PlannedDocument,
  before: string,
  after: string,
  output: string,
): DocumentSummary {
  const items = planned.sections.flatMap((s) => s.items);
  const counts = { moved: 0, matched: 0, recalled: 0 };
  for (const i of items) {
    const p = i.placement === null ? undefined : plan.placements[i.placement];
    if (p && p.to.kind !== "kept") counts[p.to.kind]++;
  }
  const wordsBefore = countWords(before);
  const wordsAfter = countWords(after);
  return {
    role: planned.role,
    file: planned.input.file,
    output,
    itemsBefore: planned.input.sections.reduce((n, s) => n + s.items.length, 0),
    itemsAfter: items.filter((i) => i.mark !== "SUP").length,
    ...counts,
    added: items.filter((i) => i.mark === "ADD").length,
    changed: items.filter((i) => i.mark === "MOD").length,
    wordsBefore,
    wordsAfter,
    wordsSaved: wordsBefore - wordsAfter,
    percentSaved: percent(wordsBefore - wordsAfter, wordsBefore),
  };
}

export function summarize(
  plan: ConsolidationPlan,
  texts: Record<Role, { before: string; after: string; output: string }>,
): ProposalSummary {
  const documents = (["pp", ...SECTOR_ROLES] as Role[]).map((role) =>
    documentSummary(
      plan,
      role === "pp" ? plan.pp : plan.sectors[role],
      texts[role].before,
      texts[role].after,
      texts[role].output,
    ),
  );
  const sectorDocs = documents.filter((d) => d.role !== "pp");
  const wordsBefore = sectorDocs.reduce((n, d) => n + d.wordsBefore, 0);
  const wordsAfter = sectorDocs.reduce((n, d) => n + d.wordsAfter, 0);
  const pp = documents[0] as DocumentSummary;
  const count = (action: string) => plan.decisions.filter((d) => d.action === action).length;
  const review = [plan.pp, ...SECTOR_ROLES.map((r) => plan.sectors[r])]
    .flatMap((d) => d.sections.flatMap((s) => s.items))
    .filter((i) => i.mark !== "SUP" && i.review.length > 0).length;
  return {
    revision: plan.revision,
    documents,
    sectors: {
      wordsBefore,
      wordsAfter,
      wordsSaved: wordsBefore - wordsAfter,
      percentSaved: percent(wordsBefore - wordsAfter, wordsBefore),
    },
    netWordsSaved: wordsBefore - wordsAfter + pp.wordsSaved,
    groups: {
      moved: count("add"),
      alreadyInResolution140: count("noc"),
      recalling: count("recalling"),
      variantsLeft: count("kept-variant"),
      variantChoices: plan.decisions.flatMap((d) =>
        d.choice
          ? [
              {
                family: d.family,
                at: `${plan.pp.sections[d.section ?? -1]?.keyword ?? d.family} ${plan.pp.sections[d.section ?? -1]?.items[d.item ?? -1]?.label ?? ""}`.trimEnd(),
                wording: d.choice.wording,
                reason: d.choice.reason,
              },
            ]
          : [],
      ),
    },
    review,
    warnings: plan.diagnostics.filter((d) => d.severity !== "info").length,
  };
}

export function makeChalk(enabled: boolean): ChalkInstance {
  return new Chalk({ level: enabled ? 1 : 0 });
}

const n = (x: number) => x.toLocaleString("en-US");
const words = (x: number) => `${n(x)} word${Math.abs(x) === 1 ? "" : "s"}`;
const pad = (text: string, width: number) => text + " ".repeat(Math.max(0, width - text.length));
const padStart = (text: string, width: number) => " ".repeat(Math.max(0, width - text.length)) + text;

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
      pp ? `+${d.added}` : String(d.moved),
      pp ? "-" : String(d.matched),
      pp ? "-" : String(d.recalled),
      `${n(d.wordsBefore)} -> ${n(d.wordsAfter)}`,
      pp ? `+${words(-d.wordsSaved)}` : `${words(d.wordsSaved)} (${d.percentSaved.toFixed(1)}%)`,
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
      `${g.recalling} recalling Resolution 140, ${g.variantsLeft} variant${g.variantsLeft === 1 ? "" : "s"} left for the drafters.`,
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

/**
 * The render stage: from a verified plan to every output of `propose`, as named files in memory.
 * Nothing here touches the file system; src/io/write.ts writes the files, all or none.
 */
import { type Role, SECTOR_ROLES, type SectorRole } from "../model.js";
import type { ConsolidationPlan } from "../plan/types.js";
import { renderUnifiedDiff, type TextChange } from "./diff.js";
import { renderConsolidationJson } from "./json.js";
import { type RenderedMarkdown, renderMarkdown } from "./markdown.js";
import { type ProposalSummary, summarize } from "./summary.js";

export { citeDocument } from "../domain/citations.js";
export { renderUnifiedDiff, type TextChange } from "./diff.js";
export { renderConsolidationJson } from "./json.js";
export { type RenderedMarkdown, renderMarkdown } from "./markdown.js";
export { type DocumentSummary, type ProposalSummary, summarize } from "./summary.js";
export { countWords } from "./words.js";

/** The output files of `propose`, by document. */
export const OUTPUT_NAMES = {
  pp: {
    clean: "resolution-140.proposed.md",
    revision: "resolution-140.revision.md",
    diff: "resolution-140.diff",
  },
  "ITU-R": { clean: "itu-r.shortened.md", revision: "itu-r.revision.md", diff: "itu-r.diff" },
  "ITU-T": { clean: "itu-t.shortened.md", revision: "itu-t.revision.md", diff: "itu-t.diff" },
  "ITU-D": { clean: "itu-d.shortened.md", revision: "itu-d.revision.md", diff: "itu-d.diff" },
  plan: "consolidation.json",
} as const;

/** An input as read: its path as the user gave it (for the diff headers) and its exact text. */
export interface InputText {
  path: string;
  /** The file's text as read (a UTF-8 BOM, if any, included). */
  text: string;
}

export interface OutputFile {
  /** The file name in the output folder. */
  name: string;
  content: string;
}

export interface RenderedProposal {
  files: OutputFile[];
  markdown: Record<Role, RenderedMarkdown>;
  /** Each input's text and its clean output (BOM kept as the input had it). */
  texts: Record<Role, { before: string; after: string; output: string }>;
  summary: ProposalSummary;
}

/** How the proposals are written beyond the plan. */
export interface RenderOptions {
  /** The proposal identifier prefix of each body that numbers its proposals ("ACP/64A1"). */
  prefixes?: Partial<Record<Role, string>>;
  /** Files written beside these (the report and the Word proposals of `propose`), listed in consolidation.json. */
  alsoWritten?: readonly string[];
  /** Only the texts, their Markdown and the summary (what the reports read): `files` stays empty. */
  markdownOnly?: boolean;
}

const bomOf = (text: string) => (text.startsWith("\uFEFF") ? 1 : 0);
const shift = (changes: readonly TextChange[], by: number) =>
  changes.map((c) => ({ start: c.start + by, end: c.end + by, text: c.text }));

/**
 * Renders every output of a plan. `inputs` are the files as read, for the diffs and the word counts;
 * `extra` files (the Markdown reading of a Word input) are written and listed with the others.
 */
export function renderProposal(
  plan: ConsolidationPlan,
  inputs: Record<Role, InputText>,
  extra: readonly OutputFile[] = [],
  options: RenderOptions = {},
): RenderedProposal {
  const roles: Role[] = ["pp", ...SECTOR_ROLES];
  const markdown = {} as Record<Role, RenderedMarkdown>;
  const texts = {} as Record<Role, { before: string; after: string; output: string }>;
  for (const role of roles) {
    const planned = role === "pp" ? plan.pp : plan.sectors[role as SectorRole];
    // One unit per resolution: each body numbers its own, so each is its body's first.
    const prefix = options.prefixes?.[role];
    const rendered = renderMarkdown(planned, plan, { identifier: prefix ? `${prefix}/1` : null });
    const bom = inputs[role].text.startsWith("\uFEFF") ? "\uFEFF" : "";
    markdown[role] = { ...rendered, clean: bom + rendered.clean, revision: bom + rendered.revision };
    texts[role] = {
      before: inputs[role].text,
      after: bom + rendered.clean,
      output: OUTPUT_NAMES[role].clean,
    };
  }
  const summary = summarize(plan, texts);
  const files: OutputFile[] = [];
  if (options.markdownOnly) return { files, markdown, texts, summary };
  for (const role of roles) {
    const names = OUTPUT_NAMES[role];
    files.push({ name: names.clean, content: markdown[role].clean });
    files.push({ name: names.revision, content: markdown[role].revision });
    files.push({
      name: names.diff,
      content: renderUnifiedDiff(
        inputs[role].path,
        inputs[role].text,
        markdown[role].clean,
        shift(markdown[role].changes, bomOf(inputs[role].text)),
      ),
    });
  }
  files.push(...extra);
  const outputs = Object.fromEntries(roles.map((r) => [r, OUTPUT_NAMES[r].clean])) as Record<Role, string>;
  const names = [...files.map((f) => f.name), ...(options.alsoWritten ?? []), OUTPUT_NAMES.plan];
  files.push({
    name: OUTPUT_NAMES.plan,
    content: renderConsolidationJson(plan, { rendered: markdown, outputs, files: names, summary }),
  });
  return { files, markdown, texts, summary };
}

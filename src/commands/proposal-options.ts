/**
 * What `propose` and `report` share beyond the four inputs (src/commands/analysis-inputs.ts): the
 * proposal options (--revision, the Sector meetings, --include-variants, --invite-assemblies,
 * --proposal-prefix), the cover of the Word proposals (--conference, --document, --source, --date)
 * and the rendering of the report formats.
 */
import type { Command } from "commander";
import type { Role } from "../model.js";
import { DEFAULT_MEETING, DEFAULT_REVISION } from "../plan/defaults.js";
import type { CoverOptions } from "../render/word/proposal.js";

export type { CoverOptions } from "../render/word/proposal.js";

import type { BuiltProposal } from "./proposal-pipeline.js";
import type { ProposalCommandOptions } from "./proposal-settings.js";

export type { ProposalCommandOptions } from "./proposal-settings.js";

/** The cover block of a Word proposal, and the date of the reports and tracked changes. */

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** --revision, the meetings, --include-variants, --force and the cover options, on propose and report. */
export function addProposalOptions(command: Command): Command {
  return command
    .option(
      "--revision <text>",
      'the coming revision of Resolution 140, as cited, e.g. "Rev. Doha, 2026"',
      DEFAULT_REVISION,
    )
    .option(
      "--itu-r-meeting <place, year>",
      'the next Radiocommunication Assembly, which gives the ITU-R text its next revision, e.g. "Geneva, 2027"',
      DEFAULT_MEETING,
    )
    .option(
      "--itu-t-meeting <place, year>",
      "the next WTSA, for the ITU-T text's next revision",
      DEFAULT_MEETING,
    )
    .option(
      "--itu-d-meeting <place, year>",
      "the next WTDC, for the ITU-D text's next revision",
      DEFAULT_MEETING,
    )
    .option("--include-variants", "also move variant groups, in the wording most Sectors share")
    .option(
      "--invite-assemblies",
      "Resolution 140 invites the RA, WTSA and WTDC to review their resolutions accordingly",
    )
    .option(
      "--proposal-prefix <BODY=PREFIX>",
      'number BODY\'s proposal (PP, ITU-R, ITU-T or ITU-D): "PP=ACP/64A1" gives ACP/64A1/1; repeatable',
      collect,
    )
    .option("--force", "replace existing outputs")
    .option(
      "--date <YYYY-MM-DD>",
      "date of the Word proposals and their tracked changes (default: SOURCE_DATE_EPOCH, else today)",
    )
    .option(
      "--conference <[ROLE=]text>",
      'the meeting a proposal goes to, e.g. "Plenipotentiary Conference (PP-26)"; ROLE is pp (default), ITU-R, ITU-T or ITU-D; repeatable',
      collect,
    )
    .option(
      "--document <[ROLE=]text>",
      'the document number and addendum, e.g. "64(Add.1)"; ROLE as for --conference; repeatable',
      collect,
    )
    .option("--source <text>", 'who submits the proposals, e.g. "Member States of ..."');
}

const ROLE_NAMES: Record<string, Role> = { pp: "pp", "itu-r": "ITU-R", "itu-t": "ITU-T", "itu-d": "ITU-D" };

function byRole(flag: string, values: readonly string[] | undefined, FatalError: new (m: string) => Error) {
  const out: Partial<Record<Role, string>> = {};
  for (const value of values ?? []) {
    const m = /^(pp|itu-[rtd])=(.*)$/i.exec(value);
    const role = m ? ROLE_NAMES[(m[1] as string).toLowerCase()] : "pp";
    const text = (m ? (m[2] as string) : value).trim();
    if (!role || text === "")
      throw new FatalError(`${flag} needs a text, optionally after pp=, ITU-R=, ITU-T= or ITU-D=`);
    out[role] = text;
  }
  return out;
}

/** A YYYY-MM-DD date that exists, or null. */
export function isoDate(text: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === text ? text : null;
}

/** --date, else SOURCE_DATE_EPOCH (seconds), else today (UTC). */
export async function readCoverOptions(
  options: ProposalCommandOptions,
  env: Record<string, string | undefined>,
): Promise<CoverOptions> {
  const { FatalError } = await import("../diagnostics/index.js");
  let date: string;
  if (options.date !== undefined) {
    const d = isoDate(options.date.trim());
    if (!d) throw new FatalError(`--date must be a date written YYYY-MM-DD, not "${options.date}"`);
    date = d;
  } else if (env.SOURCE_DATE_EPOCH !== undefined && env.SOURCE_DATE_EPOCH !== "") {
    const seconds = Number(env.SOURCE_DATE_EPOCH);
    if (!Number.isInteger(seconds) || seconds < 0) {
      throw new FatalError(
        `SOURCE_DATE_EPOCH must be a whole number of seconds, not "${env.SOURCE_DATE_EPOCH}"`,
      );
    }
    date = new Date(seconds * 1000).toISOString().slice(0, 10);
  } else {
    date = new Date().toISOString().slice(0, 10);
  }
  return {
    date,
    conference: byRole("--conference", options.conference, FatalError),
    document: byRole("--document", options.document, FatalError),
    source: options.source?.trim() || null,
  };
}

export type ReportFormat = "html" | "docx" | "md";

export const REPORT_NAMES = {
  html: "report.html",
  md: "report.md",
  docx: {
    pp: "resolution-140.proposal.docx",
    "ITU-R": "itu-r.proposal.docx",
    "ITU-T": "itu-t.proposal.docx",
    "ITU-D": "itu-d.proposal.docx",
  },
} as const;

/** The report files of the given formats, by file name. */
export async function renderReportFiles(
  built: BuiltProposal,
  cover: CoverOptions,
  formats: readonly ReportFormat[],
): Promise<{ name: string; content: string | Uint8Array }[]> {
  const { buildReport } = await import("../render/report/model.js");
  const { collectGarbageIfLarge } = await import("../io/memory.js");
  // Each stage's garbage is dead when the next begins: collected there, it does not add up (io/memory.ts).
  collectGarbageIfLarge();
  const model = buildReport({
    plan: built.plan,
    analysis: built.analysis,
    rendered: built.rendered,
    date: cover.date,
  });
  const files: { name: string; content: string | Uint8Array }[] = [];
  for (const format of formats) {
    if (format === "html") {
      const { renderHtmlReport } = await import("../render/html/report.js");
      files.push({ name: REPORT_NAMES.html, content: renderHtmlReport(model) });
      collectGarbageIfLarge();
    } else if (format === "md") {
      const { renderMarkdownReport } = await import("../render/report/markdown-report.js");
      files.push({ name: REPORT_NAMES.md, content: renderMarkdownReport(model) });
      collectGarbageIfLarge();
    } else {
      const { renderWordProposal } = await import("../render/word/proposal.js");
      for (const doc of model.documents) {
        files.push({ name: REPORT_NAMES.docx[doc.role], content: await renderWordProposal(doc, cover) });
        collectGarbageIfLarge();
      }
    }
  }
  return files;
}

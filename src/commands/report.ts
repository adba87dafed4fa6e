/**
 * `report`: what delegates put on the screen and open in Word, from the same plan as `propose`. An
 * HTML meeting report (one self-contained file), the four Word proposals with tracked changes (a
 * folder), or a Markdown report (one file); or several of them from one run (`--format html,md,docx`,
 * into one folder), which reads, aligns and plans once. Written all or nothing, like `propose`.
 */
import { type AnalysisOptions, addAnalysisOptions } from "./analysis-inputs.js";
import { type CliIO, type CommandDefinition, PROGRAM_NAME } from "./context.js";
import { addProposalOptions, type ProposalCommandOptions, type ReportFormat } from "./proposal-options.js";

interface ReportOptions extends AnalysisOptions, ProposalCommandOptions {
  format: string;
  out?: string;
}

const FORMATS: readonly ReportFormat[] = ["html", "docx", "md"];
const DEFAULT_OUT: Record<ReportFormat, string> = { html: "report.html", md: "report.md", docx: "proposals" };
/** The folder of several formats written in one run. */
const DEFAULT_FOLDER = "report";

/** The formats asked for: one, several separated by commas, or "all"; in the order html, docx, md. */
export function parseFormats(text: string, FatalError: new (message: string) => Error): ReportFormat[] {
  const asked = text
    .split(",")
    .map((f) => f.trim().toLowerCase())
    .filter((f) => f !== "");
  const bad = asked.find((f) => f !== "all" && !FORMATS.includes(f as ReportFormat));
  if (asked.length === 0 || bad !== undefined) {
    throw new FatalError(
      `--format must be html, docx or md (several separated by commas, or all), not "${bad ?? text}"`,
    );
  }
  return FORMATS.filter((f) => asked.includes(f) || asked.includes("all"));
}

const EXAMPLES = `
Examples:
  $ ${PROGRAM_NAME} report fixtures/resolutions/*.md --out report.html
  $ ${PROGRAM_NAME} report drafts/*.md --format docx --out proposals --date 2026-03-02 \\
      --conference "Plenipotentiary Conference (PP-26)" --document "64(Add.1)" --source "Member States of ..."
  $ ${PROGRAM_NAME} report drafts/*.md --format md --out cwg-report.md
  $ ${PROGRAM_NAME} report drafts/*.md --format html,md,docx --out cwg-report   # all, in one run

--out is a file for html and md (default report.html, report.md) and a folder for docx (default
proposals), which receives resolution-140.proposal.docx and itu-r/itu-t/itu-d.proposal.docx.
With several formats (or all), --out is one folder (default report) that receives report.html,
report.md and the four Word proposals; the inputs are read, aligned and planned once.
Existing outputs are kept unless --force; an input file is never overwritten.`;

export const define: CommandDefinition = (program, io, setExit) => {
  const command = program
    .command("report")
    .description(
      "Write the meeting report (HTML or Markdown) or the Word proposals with tracked changes, from the same plan as propose.",
    );
  addProposalOptions(
    addAnalysisOptions(command, io)
      .option(
        "-f, --format <formats>",
        "html, docx or md; several separated by commas (html,md,docx), or all",
        "html",
      )
      .option("--out <path>", "the report file (html, md) or folder (docx, or several formats)"),
  )
    .addHelpText("after", EXAMPLES)
    .action(async (files: string[], options: ReportOptions) => {
      setExit(await report(files, options, io));
    });
};

async function report(files: string[], options: ReportOptions, io: CliIO): Promise<number> {
  const [{ join }, { writeOutputs }, { FatalError }, model, reports, { buildProposal }] = await Promise.all([
    import("node:path"),
    import("../io/write.js"),
    import("../diagnostics/index.js"),
    import("../model.js"),
    import("./proposal-options.js"),
    import("./proposal-pipeline.js"),
  ]);
  const formats = parseFormats(options.format, FatalError);
  const single = formats.length === 1 ? formats[0] : undefined;
  const cover = await reports.readCoverOptions(options, io.env);
  // The report needs the rendered texts, not the diffs or consolidation.json.
  const built = await buildProposal(files, options, io, [], { markdownOnly: true });
  if (!built) return 2;
  const out = options.out ?? (single ? DEFAULT_OUT[single] : DEFAULT_FOLDER);
  const rendered = await reports.renderReportFiles(built, cover, formats);
  // One html or md format: --out is the file; otherwise a folder that receives every file by its name.
  const outputs = rendered.map((f) => ({
    path: single === "html" || single === "md" ? out : join(out, f.name),
    content: f.content,
  }));
  await writeOutputs(outputs, {
    force: options.force === true,
    inputs: model.ROLES.map((r) => built.byRole[r].file),
    cwd: io.cwd,
  });
  if (formats.includes("docx")) {
    // A Word file cannot hold control characters: each is written U+FFFD, and reported.
    const [{ outputCharacterNotes }, { formatStylish, useColor }, { applyRuleSeverities }] =
      await Promise.all([
        import("../render/output-notes.js"),
        import("../terminal/index.js"),
        import("../diagnostics/severities.js"),
      ]);
    const notes = outputCharacterNotes(
      model.ROLES.map((r) => built.byRole[r]),
      { revision: false, word: true },
    );
    io.stderr.write(
      formatStylish(applyRuleSeverities(notes, options.rulesConfig), { color: useColor(io.env, io.stderr) }),
    );
  }
  const folder = `${out}${out.endsWith("/") ? "" : "/"}`;
  io.stdout.write(
    single === "html" || single === "md"
      ? `Wrote ${out}\n`
      : single === "docx"
        ? `Wrote ${outputs.length} Word proposals to ${folder}\n`
        : `Wrote ${outputs.length} files to ${folder}\n`,
  );
  return 0;
}

/**
 * `report`: what delegates put on the screen and open in Word, from the same plan as `propose`. An
 * HTML meeting report (one self-contained file), the four Word proposals with tracked changes (a
 * folder), or a Markdown report (one file). Written all or nothing, like `propose`.
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

const EXAMPLES = `
Examples:
  $ ${PROGRAM_NAME} report fixtures/resolutions/*.md --out report.html
  $ ${PROGRAM_NAME} report drafts/*.md --format docx --out proposals --date 2026-03-02 \\
      --conference "Plenipotentiary Conference (PP-26)" --document "64(Add.1)" --source "Member States of ..."
  $ ${PROGRAM_NAME} report drafts/*.md --format md --out cwg-report.md

--out is a file for html and md (default report.html, report.md) and a folder for docx (default
proposals), which receives resolution-140.proposal.docx and itu-r/itu-t/itu-d.proposal.docx.
Existing outputs are kept unless --force; an input file is never overwritten.`;

export const define: CommandDefinition = (program, io, setExit) => {
  const command = program
    .command("report")
    .description(
      "Write the meeting report (HTML or Markdown) or the Word proposals with tracked changes, from the same plan as propose.",
    );
  addProposalOptions(
    addAnalysisOptions(command, io)
      .option("-f, --format <format>", "html, docx or md", "html")
      .option("--out <path>", "the report file (html, md) or folder (docx)"),
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
  const format = options.format as ReportFormat;
  if (!FORMATS.includes(format)) {
    throw new FatalError(`--format must be html, docx or md, not "${options.format}"`);
  }
  const cover = await reports.readCoverOptions(options, io.env);
  const built = await buildProposal(files, options, io);
  if (!built) return 2;
  const out = options.out ?? DEFAULT_OUT[format];
  const rendered = await reports.renderReportFiles(built, cover, [format]);
  const outputs = rendered.map((f) => ({
    path: format === "docx" ? join(out, f.name) : out,
    content: f.content,
  }));
  await writeOutputs(outputs, {
    force: options.force === true,
    inputs: model.ROLES.map((r) => built.byRole[r].file),
    cwd: io.cwd,
  });
  if (format === "docx") {
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
  io.stdout.write(
    format === "docx"
      ? `Wrote ${outputs.length} Word proposals to ${out}${out.endsWith("/") ? "" : "/"}\n`
      : `Wrote ${out}\n`,
  );
  return 0;
}

/**
 * `propose`: the shortened Resolution 140 revision and the shortened Sector texts, in ITU proposal
 * conventions. Reads the four files, runs parse -> align -> plan -> render, checks that nothing is
 * lost, then writes every output at once (src/io/write.ts) and prints the summary.
 */
import { type AnalysisOptions, addAnalysisOptions } from "./analysis-inputs.js";
import { type CliIO, type CommandDefinition, PROGRAM_NAME } from "./context.js";
import { addProposalOptions, type ProposalCommandOptions } from "./proposal-options.js";
import { buildProposal } from "./proposal-pipeline.js";

interface ProposeOptions extends AnalysisOptions, ProposalCommandOptions {
  out: string;
  wordDiff?: boolean;
}

const EXAMPLES = `
Examples:
  $ ${PROGRAM_NAME} propose fixtures/resolutions/*.md
  $ ${PROGRAM_NAME} propose --pp res140.md --itu-r r.md --itu-t t.md --itu-d d.md --out proposal
  $ ${PROGRAM_NAME} propose drafts/*.md --out out --force --revision "Rev. Doha, 2026" --word-diff
  $ ${PROGRAM_NAME} propose drafts/*.md --include-variants     # also harmonize variant groups
  $ ${PROGRAM_NAME} propose drafts/*.md --itu-t-meeting "New Delhi, 2028" --proposal-prefix PP=ACP/64A1
  $ ${PROGRAM_NAME} propose drafts/*.md --invite-assemblies    # Resolution 140 invites RA, WTSA, WTDC

No revision is invented: without --revision, Resolution 140 cites itself "(Rev. [Place], [Year])";
each Sector text announces its next revision ("61-3", "(REV. [PLACE], [YEAR])") until its meeting
is named. A revision older than the text's own is refused.

Writes to the output folder (default: out):
  resolution-140.proposed.md  resolution-140.revision.md  resolution-140.diff
  itu-r.shortened.md  itu-r.revision.md  itu-r.diff   (and the same for itu-t, itu-d)
  consolidation.json
  report.html  resolution-140.proposal.docx  itu-r.proposal.docx  itu-t.proposal.docx  itu-d.proposal.docx
Existing outputs are kept unless --force; an input file is never overwritten.`;

export const define: CommandDefinition = (program, io, setExit) => {
  const command = program
    .command("propose")
    .description(
      "Propose the consolidation: the common text ADDed to Resolution 140, the Sector resolutions shortened, " +
        "each one ITU proposal with revision marks; unified diffs and a JSON plan.",
    );
  addProposalOptions(addAnalysisOptions(command, io).option("--out <dir>", "output folder", "out"))
    .option("--word-diff", "also print coloured word-level diffs of each shortened text")
    .addHelpText("after", EXAMPLES)
    .action(async (files: string[], options: ProposeOptions) => {
      setExit(await propose(files, options, io));
    });
};

async function propose(files: string[], options: ProposeOptions, io: CliIO): Promise<number> {
  const [{ join }, { writeOutputs }, model, terminal, reports, { applyRuleSeverities }] = await Promise.all([
    import("node:path"),
    import("../io/write.js"),
    import("../model.js"),
    import("../terminal/index.js"),
    import("./proposal-options.js"),
    import("../diagnostics/severities.js"),
  ]);
  const cover = await reports.readCoverOptions(options, io.env);
  // consolidation.json lists every file written, the report and the Word proposals included.
  const reportNames = [reports.REPORT_NAMES.html, ...model.ROLES.map((r) => reports.REPORT_NAMES.docx[r])];
  const built = await buildProposal(files, options, io, reportNames);
  if (!built) return 2;
  const { byRole, plan: planned, rendered } = built;
  // The files wait in memory until all are written, as UTF-8 bytes (the same bytes a string is written
  // as): outside the JavaScript heap, whose size the garbage collector scales its next limit by, and
  // half the size of a string with any character beyond Latin-1 (bench/propose.ts: peak memory).
  const outputs: { path: string; content: string | Uint8Array }[] = rendered.files.map((f) => ({
    path: join(options.out, f.name),
    content: Buffer.from(f.content, "utf8"),
  }));
  for (const f of await reports.renderReportFiles(built, cover, ["html", "docx"])) {
    outputs.push({ path: join(options.out, f.name), content: utf8(f.content) });
  }

  await writeOutputs(outputs, {
    force: options.force === true,
    inputs: model.ROLES.map((r) => byRole[r].file),
    cwd: io.cwd,
  });

  // What the revision and Word files write differently from the source (escaped, replaced).
  const { outputCharacterNotes } = await import("../render/output-notes.js");
  const notes = outputCharacterNotes(
    model.ROLES.map((r) => byRole[r]),
    { revision: true, word: true },
  );
  // A note on a Word input names its paragraph (¶12), as Word shows them.
  const { locateDiagnostics } = await import("../paragraphs.js");
  const located = locateDiagnostics(
    [...planned.diagnostics, ...notes],
    model.ROLES.map((r) => byRole[r]),
  );
  io.stderr.write(
    terminal.formatStylish(applyRuleSeverities(located, options.rulesConfig), {
      color: terminal.useColor(io.env, io.stderr),
    }),
  );
  const color = terminal.makeChalk(terminal.useColor(io.env, io.stdout));
  if (options.wordDiff) {
    for (const role of model.ROLES) {
      const t = rendered.texts[role];
      io.stdout.write(
        `${terminal.formatWordDiff(`${byRole[role].file} -> ${join(options.out, t.output)}`, t.before, t.after, color)}\n`,
      );
    }
  }
  io.stdout.write(terminal.formatSummary(rendered.summary, color));
  io.stdout.write(`Wrote ${outputs.length} files to ${options.out}${options.out.endsWith("/") ? "" : "/"}\n`);
  return 0;
}

/** A text as its UTF-8 bytes; bytes as they are. */
function utf8(content: string | Uint8Array): Uint8Array {
  return typeof content === "string" ? Buffer.from(content, "utf8") : content;
}

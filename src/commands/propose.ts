/**
 * `propose`: the shortened Resolution 140 revision and the shortened Sector texts, in ITU proposal
 * conventions. Reads the four files, runs parse -> align -> plan -> render, checks that nothing is
 * lost, then writes every output at once (src/io/write.ts) and prints the summary.
 */
import { type AnalysisOptions, addAnalysisOptions, loadAnalysisInputs } from "./analysis-inputs.js";
import { type CliIO, type CommandDefinition, PROGRAM_NAME } from "./context.js";
import { addProposalOptions, type ProposalCommandOptions } from "./proposal-options.js";

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

Writes to the output folder (default: out):
  resolution-140.proposed.md  resolution-140.revision.md
  itu-r.shortened.md  itu-r.revision.md  itu-r.diff   (and the same for itu-t, itu-d)
  consolidation.json
  report.html  resolution-140.proposal.docx  itu-r.proposal.docx  itu-t.proposal.docx  itu-d.proposal.docx
Existing outputs are kept unless --force; an input file is never overwritten.`;

export const define: CommandDefinition = (program, io, setExit) => {
  const command = program
    .command("propose")
    .description(
      "Propose the consolidation: the common text ADDed to Resolution 140, the Sector resolutions shortened, " +
        "with ITU revision marks, unified diffs and a JSON plan.",
    );
  addProposalOptions(addAnalysisOptions(command).option("--out <dir>", "output folder", "out"))
    .option("--word-diff", "also print coloured word-level diffs of each shortened text")
    .addHelpText("after", EXAMPLES)
    .action(async (files: string[], options: ProposeOptions) => {
      setExit(await propose(files, options, io));
    });
};

/** Everything a proposal is made of, in memory: the inputs, the analysis, the plan and the rendered files. */
export interface BuiltProposal {
  byRole: Record<import("../model.js").Role, import("../model.js").Resolution>;
  analysis: import("../model.js").AlignResult;
  plan: import("../plan/types.js").ConsolidationPlan;
  rendered: import("../render/index.js").RenderedProposal;
}

export interface ProposalOptions extends AnalysisOptions {
  revision: string;
  includeVariants?: boolean;
}

/**
 * Reads the four files and runs parse -> align -> plan -> render, checking that nothing is lost.
 * Shared by `propose` and `report`. Returns null when an input had an error (printed).
 */
export async function buildProposal(
  files: string[],
  options: ProposalOptions,
  io: CliIO,
): Promise<BuiltProposal | null> {
  const [{ alignSectors }, plan, render, diag, model, citations, { diffPathOf }] = await Promise.all([
    import("../align/index.js"),
    import("../plan/index.js"),
    import("../render/index.js"),
    import("../diagnostics/index.js"),
    import("../model.js"),
    import("../domain/citations.js"),
    import("../io/diff-paths.js"),
  ]);
  if (!citations.revisionPlaceYear(options.revision) || !/^Rev\.\s/.test(options.revision.trim())) {
    throw new diag.FatalError(`--revision must read like "Rev. Bucharest, 2022", got "${options.revision}"`);
  }
  const loaded = await loadAnalysisInputs(files, options, io);
  if (!loaded) return null;
  const { byRole, threshold, linkThreshold, terms } = loaded;

  const analysis = alignSectors(byRole, { threshold, linkThreshold, terms });
  const planned = plan.planConsolidation(byRole, analysis, {
    revision: options.revision.trim(),
    includeVariants: options.includeVariants === true,
    terms,
  });
  const verification = plan.verifyPlan(planned, byRole);
  if (!verification.ok) {
    throw new diag.FatalError(
      `internal check failed, nothing written: the plan would lose items (${verification.problems.slice(0, 3).join("; ")})`,
    );
  }

  // The inputs as they are on disk (a BOM included), for the diffs and the word counts.
  const texts = {} as Record<(typeof model.ROLES)[number], { path: string; text: string }>;
  for (const role of model.ROLES) {
    const { file, source, bom } = byRole[role];
    texts[role] = { path: diffPathOf(file, io.cwd), text: bom ? `\uFEFF${source}` : source };
  }
  const rendered = render.renderProposal(planned, texts);
  const problems = await checkRendered(rendered, planned);
  if (problems.length > 0) {
    throw new diag.FatalError(`internal check failed, nothing written: ${problems.slice(0, 3).join("; ")}`);
  }
  return { byRole, analysis, plan: planned, rendered };
}

async function propose(files: string[], options: ProposeOptions, io: CliIO): Promise<number> {
  const [{ join }, { writeOutputs }, model, terminal, reports] = await Promise.all([
    import("node:path"),
    import("../io/write.js"),
    import("../model.js"),
    import("../terminal/index.js"),
    import("./proposal-options.js"),
  ]);
  const cover = await reports.readCoverOptions(options, io.env);
  const built = await buildProposal(files, options, io);
  if (!built) return 2;
  const { byRole, plan: planned, rendered } = built;
  const extra = await reports.renderReportFiles(built, cover, ["html", "docx"]);
  const outputs: { path: string; content: string | Uint8Array }[] = [
    ...rendered.files.map((f) => ({ path: join(options.out, f.name), content: f.content })),
    ...extra.map((f) => ({ path: join(options.out, f.name), content: f.content })),
  ];

  await writeOutputs(outputs, {
    force: options.force === true,
    inputs: model.ROLES.map((r) => byRole[r].file),
    cwd: io.cwd,
  });

  for (const d of planned.diagnostics) io.stderr.write(`${terminal.formatDiagnostic(d)}\n`);
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

/**
 * Reads the rendered texts back with the parser: each must have the items the plan says, so a
 * rendering slip is caught before anything is written.
 */
async function checkRendered(
  rendered: import("../render/index.js").RenderedProposal,
  planned: import("../plan/types.js").ConsolidationPlan,
): Promise<string[]> {
  const { parseResolution } = await import("../parse/index.js");
  const problems: string[] = [];
  for (const role of ["pp", "ITU-R", "ITU-T", "ITU-D"] as const) {
    const doc = role === "pp" ? planned.pp : planned.sectors[role];
    const expected = doc.sections.reduce((n, s) => n + s.items.filter((i) => i.mark !== "SUP").length, 0);
    const output = rendered.texts[role].output;
    const result = parseResolution(rendered.texts[role].after, { file: output, role });
    const found = result.resolution?.sections.reduce((n, s) => n + s.items.length, 0) ?? 0;
    if (found !== expected) problems.push(`${output} has ${found} items where the plan has ${expected}`);
  }
  return problems;
}

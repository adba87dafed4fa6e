/**
 * `propose`: the shortened Resolution 140 revision and the shortened Sector texts, in ITU proposal
 * conventions. Reads the four files, runs parse -> align -> plan -> render, checks that nothing is
 * lost, then writes every output at once (src/io/write.ts) and prints the summary.
 */
import { DEFAULT_REVISION } from "../plan/defaults.js";
import { type AnalysisOptions, addAnalysisOptions, loadAnalysisInputs } from "./analysis-inputs.js";
import { type CliIO, type CommandDefinition, PROGRAM_NAME } from "./context.js";

interface ProposeOptions extends AnalysisOptions {
  out: string;
  force?: boolean;
  revision: string;
  includeVariants?: boolean;
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
Existing outputs are kept unless --force; an input file is never overwritten.`;

export const define: CommandDefinition = (program, io, setExit) => {
  const command = program
    .command("propose")
    .description(
      "Propose the consolidation: the common text ADDed to Resolution 140, the Sector resolutions shortened, " +
        "with ITU revision marks, unified diffs and a JSON plan.",
    );
  addAnalysisOptions(command)
    .option("--out <dir>", "output folder", "out")
    .option("--force", "replace existing outputs")
    .option("--revision <text>", "the coming revision of Resolution 140, as cited", DEFAULT_REVISION)
    .option("--include-variants", "also move variant groups, in the wording most Sectors share")
    .option("--word-diff", "also print coloured word-level diffs of each shortened text")
    .addHelpText("after", EXAMPLES)
    .action(async (files: string[], options: ProposeOptions) => {
      setExit(await propose(files, options, io));
    });
};

async function propose(files: string[], options: ProposeOptions, io: CliIO): Promise<number> {
  const [
    { join },
    { alignSectors },
    plan,
    render,
    { writeOutputs },
    diag,
    model,
    terminal,
    citations,
    { diffPathOf },
  ] = await Promise.all([
    import("node:path"),
    import("../align/index.js"),
    import("../plan/index.js"),
    import("../render/index.js"),
    import("../io/write.js"),
    import("../diagnostics/index.js"),
    import("../model.js"),
    import("../terminal/index.js"),
    import("../domain/citations.js"),
    import("../io/diff-paths.js"),
  ]);
  if (!citations.revisionPlaceYear(options.revision) || !/^Rev\.\s/.test(options.revision.trim())) {
    throw new diag.FatalError(`--revision must read like "Rev. Bucharest, 2022", got "${options.revision}"`);
  }
  const loaded = await loadAnalysisInputs(files, options, io);
  if (!loaded) return 2;
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

  // The inputs as they are on disk (a BOM included), for the diffs and the word counts. A Word input's
  // Markdown reading is written next to the outputs (<name>.input.md), and its diff starts from that.
  const texts = {} as Record<(typeof model.ROLES)[number], { path: string; text: string }>;
  const readings = readingNames(byRole);
  const extra: { name: string; content: string }[] = [];
  for (const role of model.ROLES) {
    const { file, source, bom } = byRole[role];
    const reading = readings[role];
    if (reading) {
      extra.push({ name: reading, content: source });
      texts[role] = { path: diffPathOf(join(options.out, reading), io.cwd), text: source };
    } else texts[role] = { path: diffPathOf(file, io.cwd), text: bom ? `\uFEFF${source}` : source };
  }
  const rendered = render.renderProposal(planned, texts, extra);
  const problems = await checkRendered(rendered, planned);
  if (problems.length > 0) {
    throw new diag.FatalError(`internal check failed, nothing written: ${problems.slice(0, 3).join("; ")}`);
  }

  await writeOutputs(
    rendered.files.map((f) => ({ path: join(options.out, f.name), content: f.content })),
    { force: options.force === true, inputs: model.ROLES.map((r) => byRole[r].file), cwd: io.cwd },
  );

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
  io.stdout.write(
    `Wrote ${rendered.files.length} files to ${options.out}${options.out.endsWith("/") ? "" : "/"}\n`,
  );
  return 0;
}

/**
 * The name of the Markdown reading written for each Word input: `<name>.input.md` after the file's own
 * name, with the role added when two inputs share a name.
 */
function readingNames(
  byRole: Record<import("../model.js").Role, import("../model.js").Resolution>,
): Partial<Record<import("../model.js").Role, string>> {
  const base = (file: string) =>
    (file.split(/[\\/]/).pop() ?? file).replace(/\.docx$/i, "").replace(/^<stdin>$/, "stdin");
  const words = Object.entries(byRole).filter(([, r]) => r.origin);
  const names: Partial<Record<import("../model.js").Role, string>> = {};
  for (const [role, resolution] of words) {
    const name = base(resolution.file);
    const shared =
      words.filter(([, other]) => base(other.file).toLowerCase() === name.toLowerCase()).length > 1;
    names[role as import("../model.js").Role] = shared
      ? `${name}.${role.toLowerCase()}.input.md`
      : `${name}.input.md`;
  }
  return names;
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

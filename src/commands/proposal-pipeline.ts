/**
 * The proposal pipeline that `propose` and `report` share: read the four files, parse -> align ->
 * plan -> render, and check that nothing is lost before anything is written. Heavy modules load only
 * when it runs.
 */
import { type AnalysisOptions, loadAnalysisInputs } from "./analysis-inputs.js";
import type { CliIO } from "./context.js";

/** Everything a proposal is made of, in memory: the inputs, the analysis, the plan and the rendered files. */
export interface BuiltProposal {
  byRole: Record<import("../model.js").Role, import("../model.js").Resolution>;
  analysis: import("../model.js").AlignResult;
  plan: import("../plan/types.js").ConsolidationPlan;
  rendered: import("../render/index.js").RenderedProposal;
}

export interface ProposalOptions
  extends AnalysisOptions,
    Omit<
      import("./proposal-settings.js").ProposalCommandOptions,
      "force" | "date" | "conference" | "document" | "source"
    > {
  /** The output folder, where a Word input's Markdown reading is written (propose). */
  out?: string;
}

/**
 * Reads the four files and runs parse -> align -> plan -> render, checking that nothing is lost.
 * Shared by `propose` and `report`. Returns null when an input had an error (printed). With
 * `markdownOnly` (for `report`), only the texts are rendered: no diffs, no consolidation.json.
 */
export async function buildProposal(
  files: string[],
  options: ProposalOptions,
  io: CliIO,
  alsoWritten: readonly string[] = [],
  build: { markdownOnly?: boolean } = {},
): Promise<BuiltProposal | null> {
  const [{ join }, { alignSectors }, plan, render, diag, model, { readProposalSettings }, { diffPathOf }] =
    await Promise.all([
      import("node:path"),
      import("../align/index.js"),
      import("../plan/index.js"),
      import("../render/index.js"),
      import("../diagnostics/index.js"),
      import("../model.js"),
      import("./proposal-settings.js"),
      import("../io/diff-paths.js"),
    ]);
  const settings = readProposalSettings(options, diag.FatalError);
  const loaded = await loadAnalysisInputs(files, options, io);
  if (!loaded) return null;
  const { byRole, threshold, linkThreshold, terms } = loaded;
  // A proposal revises a text forwards: a revision older than the text's own is refused.
  const targets: [import("../model.js").Role, string, string][] = [
    ["pp", "--revision", settings.revision],
    ...model.SECTOR_ROLES.map(
      (r) => [r, `--${r.toLowerCase()}-meeting`, settings.meetings[r]] as [typeof r, string, string],
    ),
  ];
  for (const [role, flag, target] of targets) {
    const older = plan.olderRevision(byRole[role], target);
    if (older) throw new diag.FatalError(`${flag} ${older}`, byRole[role].file);
  }

  const analysis = alignSectors(byRole, { threshold, linkThreshold, terms });
  const drafted = plan.planConsolidation(byRole, analysis, {
    revision: settings.revision,
    meetings: settings.meetings,
    includeVariants: options.includeVariants === true,
    inviteAssemblies: options.inviteAssemblies === true,
    terms,
  });
  // The config's rule severities, in everything written and printed (consolidation.json, the report).
  const planned = {
    ...drafted,
    diagnostics: diag.applyRuleSeverities(drafted.diagnostics, options.rulesConfig),
  };
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
      texts[role] = { path: diffPathOf(join(options.out ?? ".", reading), io.cwd), text: source };
    } else texts[role] = { path: diffPathOf(file, io.cwd), text: bom ? `\uFEFF${source}` : source };
  }
  const rendered = render.renderProposal(planned, texts, extra, {
    prefixes: settings.prefixes,
    alsoWritten,
    markdownOnly: build.markdownOnly === true,
  });
  const problems = await checkRendered(rendered, planned);
  if (problems.length > 0) {
    throw new diag.FatalError(`internal check failed, nothing written: ${problems.slice(0, 3).join("; ")}`);
  }
  return { byRole, analysis, plan: planned, rendered };
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

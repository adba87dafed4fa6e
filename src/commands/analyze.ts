/**
 * `analyze`: the items common to the three Sector resolutions, identical or variant, linked to
 * Resolution 140. Reads the files and the terms YAML, calls the library, writes the report.
 */
import { Option } from "commander";
import { DEFAULT_LINK_THRESHOLD, DEFAULT_THRESHOLD } from "../align/defaults.js";
import { type CliIO, type CommandDefinition, PROGRAM_NAME } from "../cli.js";

interface AnalyzeOptions {
  pp?: string;
  ituR?: string;
  ituT?: string;
  ituD?: string;
  format: "text" | "json";
  threshold?: string;
  linkThreshold?: string;
  terms?: string;
}

const EXAMPLES = `
Examples:
  $ ${PROGRAM_NAME} analyze fixtures/resolutions/*.md
  $ ${PROGRAM_NAME} analyze --pp res140.md --itu-r r.md --itu-t t.md --itu-d d.md --format json > groups.json
  $ ${PROGRAM_NAME} analyze drafts/*.md --threshold 0.7 --terms my-terms.yaml

Roles come from --pp/--itu-r/--itu-t/--itu-d, or from each file's front matter or content.
Each of the four roles must be given exactly once.`;

export const define: CommandDefinition = (program, io, setExit) => {
  program
    .command("analyze")
    .description(
      "Find the items common to the three Sector resolutions (identical or variant, with the word differences) " +
        "and whether Resolution 140 already has them.",
    )
    .argument("[files...]", "the four resolutions, roles detected from front matter or content")
    .option("--pp <file>", "Resolution 140 (Plenipotentiary Conference)")
    .option("--itu-r <file>", "the ITU-R resolution (Resolution ITU-R 61)")
    .option("--itu-t <file>", "the ITU-T resolution (WTSA Resolution 75)")
    .option("--itu-d <file>", "the ITU-D resolution (WTDC Resolution 30)")
    .addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text"))
    .option(
      "--threshold <x>",
      `minimum similarity (0..1) for a variant and for a Resolution 140 link (default: ${DEFAULT_THRESHOLD})`,
    )
    .option(
      "--link-threshold <x>",
      `minimum similarity (0..1) of a Resolution 140 item to a group for a link (default: the larger of ${DEFAULT_LINK_THRESHOLD} and --threshold)`,
    )
    .option("--terms <file>", "YAML that extends or overrides the Sector-term table (see README)")
    .addHelpText("after", EXAMPLES)
    .action(async (files: string[], options: AnalyzeOptions) => {
      setExit(await analyze(files, options, io));
    });
};

async function analyze(files: string[], options: AnalyzeOptions, io: CliIO): Promise<number> {
  const [
    { readFile },
    { resolve },
    { alignSectors },
    { analysisReport, formatAnalysisText },
    terms,
    inputs,
    diag,
  ] = await Promise.all([
    import("node:fs/promises"),
    import("node:path"),
    import("../align/index.js"),
    import("../report/analyze.js"),
    import("../terms.js"),
    import("../inputs.js"),
    import("../diagnostics.js"),
  ]);
  const ratio = (flag: string, value: string | undefined, fallback: number): number => {
    if (value === undefined) return fallback;
    const x = Number(value);
    if (!(x > 0 && x <= 1)) {
      throw new diag.FatalError(`${flag} must be a number greater than 0 and at most 1, not "${value}"`);
    }
    return x;
  };
  const threshold = ratio("--threshold", options.threshold, DEFAULT_THRESHOLD);
  const linkThreshold = ratio(
    "--link-threshold",
    options.linkThreshold,
    Math.max(DEFAULT_LINK_THRESHOLD, threshold),
  );
  let sectorTerms = terms.defaultSectorTerms();
  if (options.terms) {
    let text: string;
    try {
      text = await readFile(resolve(io.cwd, options.terms), "utf8");
    } catch (error) {
      throw new diag.FatalError(`cannot read the terms file: ${reason(error)}`, options.terms);
    }
    sectorTerms = terms.mergeSectorTerms(sectorTerms, text, options.terms);
  }

  const loaded = await inputs.loadResolutions({
    files,
    pp: options.pp,
    ituR: options.ituR,
    ituT: options.ituT,
    ituD: options.ituD,
    cwd: io.cwd,
  });
  for (const d of loaded.diagnostics) io.stderr.write(`${diag.formatDiagnostic(d)}\n`);
  if (loaded.diagnostics.some((d) => d.severity === "error")) return 2;

  const result = alignSectors(loaded.byRole, { threshold, linkThreshold, terms: sectorTerms });
  const report = analysisReport(result, loaded.byRole, { threshold, linkThreshold });
  if (options.format === "json") {
    io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    io.stdout.write(formatAnalysisText(report, { color: useColor(io) }));
  }
  return 0;
}

/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
function useColor(io: CliIO): boolean {
  const noColor = io.env.NO_COLOR;
  if (noColor !== undefined && noColor !== "") return false;
  return io.stdout.isTTY === true;
}

function reason(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (e?.code === "ENOENT") return "no such file";
  if (e?.code === "EISDIR") return "is a directory";
  if (e?.code === "EACCES") return "permission denied";
  return e instanceof Error ? e.message : String(error);
}

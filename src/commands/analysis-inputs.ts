/**
 * What `analyze` and `propose` share: the four input files and their roles, the matching thresholds
 * and the Sector-term table, as options and as loaded inputs. Heavy modules load only when run.
 */
import type { Command } from "commander";
import { DEFAULT_LINK_THRESHOLD, DEFAULT_THRESHOLD } from "../align/defaults.js";
import type { SectorTerms } from "../domain/sector-terms.js";
import type { Resolution, Role } from "../model.js";
import type { CliIO } from "./context.js";

export interface AnalysisOptions {
  pp?: string;
  ituR?: string;
  ituT?: string;
  ituD?: string;
  threshold?: string;
  linkThreshold?: string;
  terms?: string;
}

export interface AnalysisInputs {
  byRole: Record<Role, Resolution>;
  threshold: number;
  linkThreshold: number;
  terms: SectorTerms;
}

export const ROLES_HELP = `Roles come from --pp/--itu-r/--itu-t/--itu-d, or from each file's front matter or content.
Each of the four roles must be given exactly once.`;

/** The input-file and matching options, the same on every command that reads the four resolutions. */
export function addAnalysisOptions(command: Command): Command {
  return command
    .argument("[files...]", "the four resolutions, roles detected from front matter or content")
    .option("--pp <file>", "Resolution 140 (Plenipotentiary Conference)")
    .option("--itu-r <file>", "the ITU-R resolution (Resolution ITU-R 61)")
    .option("--itu-t <file>", "the ITU-T resolution (WTSA Resolution 75)")
    .option("--itu-d <file>", "the ITU-D resolution (WTDC Resolution 30)")
    .option(
      "--threshold <x>",
      `minimum similarity (0..1) of every two members of a variant group (default: ${DEFAULT_THRESHOLD})`,
    )
    .option(
      "--link-threshold <x>",
      `minimum similarity (0..1) of a Resolution 140 item to a group for a link (default: the larger of ${DEFAULT_LINK_THRESHOLD} and --threshold)`,
    )
    .option("--terms <file>", "YAML that extends or overrides the Sector-term table (see README)");
}

/**
 * Reads and parses the four files, assigns their roles, and reads the options. Warnings are printed
 * on stderr; returns null when a file had an error (printed), throws FatalError for bad usage.
 */
export async function loadAnalysisInputs(
  files: string[],
  options: AnalysisOptions,
  io: CliIO,
): Promise<AnalysisInputs | null> {
  const [{ readFile }, { resolve }, terms, inputs, diag, { formatDiagnostic }] = await Promise.all([
    import("node:fs/promises"),
    import("node:path"),
    import("../domain/sector-terms.js"),
    import("../io/inputs.js"),
    import("../diagnostics/index.js"),
    import("../terminal/diagnostics.js"),
  ]);
  const ratio = (flag: string, value: string | undefined, fallback: number): number => {
    const x = value === undefined ? fallback : Number(value);
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
  if (linkThreshold < threshold) {
    // A link says "Resolution 140 already has this", which lets propose suppress Sector text: it may
    // never be looser than the test two Sector wordings must pass to be one provision.
    throw new diag.FatalError(
      `--link-threshold (${linkThreshold}) must not be lower than --threshold (${threshold}): a looser link would take unrelated Resolution 140 text for a group and suppress Sector items`,
    );
  }
  let sectorTerms = terms.defaultSectorTerms();
  if (options.terms) {
    let text: string;
    try {
      text = await readFile(resolve(io.cwd, options.terms), "utf8");
    } catch (error) {
      throw new diag.FatalError(`cannot read the terms file: ${inputs.readProblem(error)}`, options.terms);
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
  for (const d of loaded.diagnostics) io.stderr.write(`${formatDiagnostic(d)}\n`);
  if (loaded.diagnostics.some((d) => d.severity === "error")) return null;
  return { byRole: loaded.byRole, threshold, linkThreshold, terms: sectorTerms };
}

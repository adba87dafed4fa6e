/**
 * What `analyze` and `propose` share: the four input files and their roles, the matching thresholds
 * and the Sector-term table, as options and as loaded inputs. Heavy modules load only when run.
 */
import type { Command } from "commander";
import { DEFAULT_LINK_THRESHOLD, DEFAULT_THRESHOLD } from "../align/defaults.js";
import type { RulesConfig } from "../diagnostics/severities.js";
import type { SectorTerms } from "../domain/sector-terms.js";
import type { LoadOptions } from "../io/inputs.js";
import { pickRoleFiles, ROLE_FILE_OPTIONS, type RoleFiles } from "../io/role-files.js";
import type { Resolution, Role } from "../model.js";
import { addConfigOptions } from "./config-options.js";
import type { CliIO } from "./context.js";

export interface AnalysisOptions extends RoleFiles {
  /** `--config FILE`, or false with `--no-config`. */
  config?: string | false;
  /** Set from the config file: its inline `terms:` table. */
  termsInline?: { yaml: string; file: string; line: number };
  /** Set from the config file: its `rules:`, severities and options by rule id. */
  rulesConfig?: RulesConfig;
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

/**
 * The input-file and matching options, the same on every command that reads the four resolutions,
 * and the config file (`--config`, `--no-config`), applied before the command runs: an option given
 * on the command line wins over the file, the file over the defaults.
 */
export function addAnalysisOptions(command: Command, io?: CliIO): Command {
  command.argument("[files...]", "the four resolutions, roles detected from front matter or content");
  for (const { key, document, detail } of ROLE_FILE_OPTIONS) {
    command.option(`--${key} <file>`, `${document} (${detail})`);
  }
  command
    .option(
      "--threshold <x>",
      `minimum similarity (0..1) of every two members of a variant group (default: ${DEFAULT_THRESHOLD})`,
    )
    .option(
      "--link-threshold <x>",
      `minimum similarity (0..1) of a Resolution 140 item to a group for a link (default: the larger of ${DEFAULT_LINK_THRESHOLD} and --threshold)`,
    )
    .option("--terms <file>", "YAML that extends or overrides the Sector-term table (see README)");
  return addConfigOptions(command, io);
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
  const [settings, inputs, { formatStylish }, { useColor }, { applyRuleSeverities }] = await Promise.all([
    readMatchingOptions(options, io),
    import("../io/inputs.js"),
    import("../terminal/stylish.js"),
    import("../terminal/color.js"),
    import("../diagnostics/severities.js"),
  ]);
  const loaded = await inputs.loadResolutions(loadOptions(files, options, io));
  // The config's severities change how the warnings read, not whether the inputs can be used.
  const shown = applyRuleSeverities(loaded.diagnostics, options.rulesConfig);
  io.stderr.write(formatStylish(shown, { color: useColor(io.env, io.stderr) }));
  if (loaded.diagnostics.some((d) => d.severity === "error")) return null;
  return { byRole: loaded.byRole, ...settings };
}

/** What the loader gets from a command's arguments: the files, those named for a role, the folder. */
export function loadOptions(files: readonly string[], options: RoleFiles, io: CliIO): LoadOptions {
  return { files, ...pickRoleFiles(options), cwd: io.cwd };
}

/** The thresholds and the Sector-term table, from the options (and the config file's inline terms). */
export async function readMatchingOptions(
  options: AnalysisOptions,
  io: CliIO,
): Promise<{ threshold: number; linkThreshold: number; terms: SectorTerms }> {
  const [{ readFile }, { resolve }, terms, inputs, diag] = await Promise.all([
    import("node:fs/promises"),
    import("node:path"),
    import("../domain/sector-terms.js"),
    import("../io/inputs.js"),
    import("../diagnostics/index.js"),
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
  // The YAML reader loads only for a user's table.
  const yamlTerms = () => import("../domain/sector-terms-yaml.js");
  if (options.terms) {
    let text: string;
    try {
      text = await readFile(resolve(io.cwd, options.terms), "utf8");
    } catch (error) {
      throw new diag.FatalError(`cannot read the terms file: ${inputs.readProblem(error)}`, options.terms);
    }
    sectorTerms = (await yamlTerms()).mergeSectorTerms(sectorTerms, text, options.terms);
  } else if (options.termsInline) {
    const inline = options.termsInline;
    const { mergeSectorTerms } = await yamlTerms();
    try {
      sectorTerms = mergeSectorTerms(sectorTerms, inline.yaml, inline.file);
    } catch (error) {
      if (error instanceof diag.FatalError)
        throw new diag.FatalError(`terms: ${error.message}`, inline.file, inline.line);
      throw error;
    }
  }
  return { threshold, linkThreshold, terms: sectorTerms };
}

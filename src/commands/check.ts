/**
 * `check`: a CI gate on draft resolutions. Reads one to four of them (roles as `analyze`), runs the
 * rules of the registry (src/check/) with the severities of the config file, prints the findings
 * (stylish, json, github, sarif) and exits 0 (passed), 1 (errors, or more warnings than
 * `--max-warnings`) or 2 (could not run). Loads neither remark (unless a file needs it) nor the
 * plan and render stages of `propose`.
 */
import { Option } from "commander";
import {
  type AnalysisOptions,
  addAnalysisOptions,
  loadOptions,
  readMatchingOptions,
} from "./analysis-inputs.js";
import { type CliIO, type CommandDefinition, PROGRAM_NAME } from "./context.js";

type Format = "stylish" | "json" | "github" | "sarif";

interface CheckOptions extends AnalysisOptions {
  format: Format;
  maxWarnings?: string;
  baseline?: string;
  revision?: string;
}

const EXAMPLES = `
Examples:
  $ ${PROGRAM_NAME} check fixtures/resolutions/*.md
  $ ${PROGRAM_NAME} check --pp res140.md --itu-t draft-75.md          # one Sector's draft and Resolution 140
  $ ${PROGRAM_NAME} check drafts/*.md --format github --max-warnings 0
  $ ${PROGRAM_NAME} check drafts/*.md --baseline consolidation.json --format sarif > check.sarif
  $ cat draft-75.md | ${PROGRAM_NAME} check --pp res140.md --itu-t -   # - reads standard input

With fewer than four files, the rules that need the others are skipped and named.
Settings and rule severities come from wsis-consolidate.yaml (see ${PROGRAM_NAME} init).

Exit status: 0 passed, 1 errors or more warnings than --max-warnings, 2 could not run.`;

export const define: CommandDefinition = (program, io, setExit) => {
  const command = program
    .command("check")
    .summary(
      "Check draft resolutions for a CI gate: repeated, drifted or malformed text, with exit status 1.",
    )
    .description(
      "Check one to four draft resolutions: Sector text that repeats Resolution 140, common text not consolidated " +
        "or drifting apart, malformed or outdated citations, references to no item, and the parser's structural " +
        "warnings. Findings are printed; the exit status fails the build.",
    );
  addAnalysisOptions(command, io)
    .addOption(
      new Option("--format <format>", "output format")
        .choices(["stylish", "json", "github", "sarif"])
        .default("stylish"),
    )
    .option(
      "--max-warnings <n>",
      "fail when there are more warnings than this (default: no limit; -1: no limit)",
    )
    .option("--baseline <file>", "a consolidation.json from propose: report common text that drifted since")
    .option(
      "--revision <text>",
      "the revision Resolution 140 should be cited in (default: the newest in the files checked, or the pending one)",
    )
    .addHelpText("after", EXAMPLES)
    .action(async (files: string[], options: CheckOptions) => {
      setExit(await check(files, options, io, program.version() ?? "unknown"));
    });
};

async function check(files: string[], options: CheckOptions, io: CliIO, version: string): Promise<number> {
  const [{ readFile }, { resolve }, diag, inputs, checks] = await Promise.all([
    import("node:fs/promises"),
    import("node:path"),
    import("../diagnostics/index.js"),
    import("../io/inputs.js"),
    import("../check/index.js"),
  ]);
  let maxWarnings: number | null = null;
  if (options.maxWarnings !== undefined) {
    const n = Number(options.maxWarnings);
    if (!Number.isInteger(n) || n < -1) {
      throw new diag.FatalError(
        `--max-warnings must be a whole number, 0 or more (or -1: no limit), not "${options.maxWarnings}"`,
      );
    }
    maxWarnings = n === -1 ? null : n;
  }
  if (
    options.revision !== undefined &&
    !/^Rev\.\s*\S.*,\s*(?:\d{4}|\[[^\]]+\])$/.test(options.revision.trim())
  ) {
    throw new diag.FatalError(`--revision must read like "Rev. Bucharest, 2022", got "${options.revision}"`);
  }
  const settings = await readMatchingOptions(options, io);
  let baseline: import("../check/index.js").Baseline | null = null;
  if (options.baseline !== undefined) {
    let text: string;
    try {
      text = await readFile(resolve(io.cwd, options.baseline), "utf8");
    } catch (error) {
      throw new diag.FatalError(`cannot read the baseline: ${inputs.readProblem(error)}`, options.baseline);
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new diag.FatalError(`is not JSON (${(error as Error).message})`, options.baseline);
    }
    baseline = checks.readBaseline(json, options.baseline);
  }
  const loaded = await inputs.loadSomeResolutions({
    ...loadOptions(files, options, io),
    // Looked at only for the input "-" (see defaultIO in src/cli.ts).
    stdin: {
      get stream() {
        return io.stdin;
      },
    },
  });
  const located = checks.runChecks({
    byRole: loaded.byRole,
    diagnostics: loaded.diagnostics,
    ...settings,
    ...(options.revision !== undefined ? { revision: options.revision.trim() } : {}),
    baseline,
    rules: options.rulesConfig ?? {},
  });
  // A finding on a Word input is reported by paragraph (¶12), as Word shows them.
  const { locateDiagnostics } = await import("../paragraphs.js");
  const result = { ...located, findings: locateDiagnostics(located.findings, Object.values(loaded.byRole)) };
  const passed = result.counts.error === 0 && (maxWarnings === null || result.counts.warning <= maxWarnings);
  const tooMany =
    result.counts.error === 0 && !passed
      ? `Too many warnings: ${result.counts.warning}, and --max-warnings is ${maxWarnings}.`
      : null;
  const skippedLine =
    result.skipped.length > 0
      ? `Skipped with the files given: ${result.skipped.map((s) => `${s.rule} (${s.reason})`).join("; ")}.`
      : null;

  switch (options.format) {
    case "stylish": {
      const [{ formatStylish }, { useColor }] = await Promise.all([
        import("../terminal/stylish.js"),
        import("../terminal/color.js"),
      ]);
      io.stdout.write(formatStylish(result.findings, { color: useColor(io.env, io.stdout), always: true }));
      if (tooMany) io.stdout.write(`${tooMany}\n`);
      if (skippedLine) io.stderr.write(`${skippedLine}\n`);
      break;
    }
    case "github": {
      const { formatGithub } = await import("../terminal/github.js");
      io.stdout.write(formatGithub(result.findings));
      if (tooMany) io.stdout.write(`::error title=max-warnings::${tooMany}\n`);
      if (skippedLine) io.stderr.write(`${skippedLine}\n`);
      break;
    }
    case "json": {
      const { checkReportJson } = await import("../render/check-json.js");
      const fileList = Object.entries(loaded.byRole).map(([role, r]) => ({
        role: role as import("../model.js").Role,
        file: r.file,
      }));
      io.stdout.write(checkReportJson(result, { files: fileList, maxWarnings, passed }));
      break;
    }
    case "sarif": {
      const { formatSarif } = await import("../render/sarif.js");
      io.stdout.write(
        formatSarif(result, {
          version,
          severityOf: (id) => checks.severityOf(id, options.rulesConfig),
        }),
      );
      break;
    }
  }
  return passed ? 0 : 1;
}

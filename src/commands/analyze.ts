/**
 * `analyze`: the items common to the three Sector resolutions, identical or variant, linked to
 * Resolution 140. Reads the files and the terms YAML, calls the library, writes the report.
 */
import { Option } from "commander";
import {
  type AnalysisOptions,
  addAnalysisOptions,
  loadAnalysisInputs,
  ROLES_HELP,
} from "./analysis-inputs.js";
import { type CliIO, type CommandDefinition, PROGRAM_NAME } from "./context.js";

interface AnalyzeOptions extends AnalysisOptions {
  format: "text" | "json";
}

const EXAMPLES = `
Examples:
  $ ${PROGRAM_NAME} analyze fixtures/resolutions/*.md
  $ ${PROGRAM_NAME} analyze --pp res140.md --itu-r r.md --itu-t t.md --itu-d d.md --format json > groups.json
  $ ${PROGRAM_NAME} analyze drafts/*.md --threshold 0.7 --terms my-terms.yaml

${ROLES_HELP}`;

export const define: CommandDefinition = (program, io, setExit) => {
  const command = program
    .command("analyze")
    .description(
      "Find the items common to the three Sector resolutions (identical or variant, with the word differences) " +
        "and whether Resolution 140 already has them.",
    );
  addAnalysisOptions(command, io)
    .addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text"))
    .addHelpText("after", EXAMPLES)
    .action(async (files: string[], options: AnalyzeOptions) => {
      setExit(await analyze(files, options, io));
    });
};

async function analyze(files: string[], options: AnalyzeOptions, io: CliIO): Promise<number> {
  const loaded = await loadAnalysisInputs(files, options, io);
  if (!loaded) return 2;
  const [{ alignSectors }, { analysisReport }, { formatAnalysisText, useColor }] = await Promise.all([
    import("../align/index.js"),
    import("../render/analysis.js"),
    import("../terminal/index.js"),
  ]);
  const { byRole, threshold, linkThreshold, terms } = loaded;
  const result = alignSectors(byRole, { threshold, linkThreshold, terms });
  const report = analysisReport(result, byRole, { threshold, linkThreshold });
  if (options.format === "json") {
    io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    io.stdout.write(formatAnalysisText(report, { color: useColor(io.env, io.stdout) }));
  }
  return 0;
}

/** `wsis-consolidate parse FILE`: the structure the parser reads from one resolution. */
import { type Command, Option } from "commander";
import { FatalError } from "../diagnostics/index.js";
import type { Role } from "../model.js";
import { type CliIO, type CommandDefinition, PROGRAM_NAME } from "./context.js";

interface ParseOptions {
  format: "text" | "json";
  role?: string;
}

export const define: CommandDefinition = (program: Command, io: CliIO, setExit: (code: number) => void) => {
  program
    .command("parse")
    .summary("Show the structure read from one resolution: its role, keyword groups, items and sub-items.")
    .description(
      "Read one resolution in Markdown or Word (.docx) and print its structure: role, number, revision, title, keyword " +
        "sections and their items, and anything kept aside (annexes, notes). Warnings go to stderr.",
    )
    .argument("<file>", "the resolution, in Markdown or Word (.docx); - reads standard input")
    .addOption(new Option("-f, --format <format>", "output format").choices(["text", "json"]).default("text"))
    .option("--role <role>", "the document's role if detection gets it wrong: pp, ITU-R, ITU-T or ITU-D")
    .addHelpText(
      "after",
      `
Examples:
  $ ${PROGRAM_NAME} parse fixtures/resolutions/wtsa-75.md
  $ ${PROGRAM_NAME} parse --format json my-draft.md > structure.json
  $ ${PROGRAM_NAME} parse --role ITU-D draft-without-heading.md
  $ ${PROGRAM_NAME} parse draft.docx                 # a Word document: places as paragraphs (¶12)
  $ cat draft.md | ${PROGRAM_NAME} parse -

Exit status: 0 parsed (warnings may be printed), 2 the file cannot be used.`,
    )
    .action(async (file: string, options: ParseOptions) => {
      setExit(await parseCommand(file, options, io));
    });
};

async function parseCommand(file: string, options: ParseOptions, io: CliIO): Promise<number> {
  const [
    { readSourceInput, withOrigin },
    { parseResolution },
    { formatOutlineJson },
    { parseRole },
    terminal,
  ] = await Promise.all([
    import("../io/inputs.js"),
    import("../parse/index.js"),
    import("../render/outline.js"),
    import("../domain/roles.js"),
    import("../terminal/index.js"),
  ]);
  let role: Role | undefined;
  if (options.role !== undefined) {
    const parsed = parseRole(options.role);
    if (!parsed) throw new FatalError(`--role must be pp, ITU-R, ITU-T or ITU-D, not "${options.role}"`);
    role = parsed;
  }
  const input = await readSourceInput(file, io.cwd, io.stdin);
  const result = withOrigin(
    parseResolution(input.text, role ? { file: input.name, role } : { file: input.name }),
    input,
  );
  io.stderr.write(
    terminal.formatStylish(result.diagnostics, { color: terminal.useColor(io.env, io.stderr) }),
  );
  io.stdout.write(
    options.format === "json"
      ? formatOutlineJson(result.resolution)
      : terminal.formatOutlineText(result.resolution),
  );
  return 0;
}

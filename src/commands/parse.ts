/** `wsis-consolidate parse FILE`: the structure the parser reads from one resolution. */
import { type Command, Option } from "commander";
import { FatalError } from "../diagnostics/index.js";
import type { RulesConfig } from "../diagnostics/severities.js";
import type { Role } from "../model.js";
import { addConfigOptions, configRoleOf } from "./config-options.js";
import { type CliIO, type CommandDefinition, PROGRAM_NAME } from "./context.js";

interface ParseOptions {
  format: "text" | "json";
  role?: string;
  /** Set from the config file: its `rules:` (the severities apply to the warnings printed). */
  rulesConfig?: RulesConfig;
  /** Set with `role` when the config file names the file: "wsis-consolidate.yaml (itu-d)". */
  roleNamedBy?: string;
}

export const define: CommandDefinition = (program: Command, io: CliIO, setExit: (code: number) => void) => {
  const command = program
    .command("parse")
    .summary("Show the structure read from one resolution: its role, keyword groups, items and sub-items.")
    .description(
      "Read one resolution in Markdown or Word (.docx) and print its structure: role, number, revision, title, keyword " +
        "sections and their items, and anything kept aside (annexes, notes). Warnings go to stderr.",
    )
    .argument("<file>", "the resolution, in Markdown or Word (.docx); - reads standard input")
    .addOption(new Option("-f, --format <format>", "output format").choices(["text", "json"]).default("text"))
    .option("--role <role>", "the document's role if detection gets it wrong: pp, ITU-R, ITU-T or ITU-D");
  // The config's file roles name this file's role (unless --role does), and its rule severities apply.
  addConfigOptions(command, io, (config, action, cwd) => {
    const file = action.args[0];
    const source = action.getOptionValueSource("role");
    if (file === undefined || source === "cli") return;
    const named = configRoleOf(config, file, cwd);
    if (!named) return;
    action.setOptionValueWithSource("role", named.role, "config");
    action.setOptionValueWithSource("roleNamedBy", `${config.file} (${named.key})`, "config");
  })
    .addHelpText(
      "after",
      `
Examples:
  $ ${PROGRAM_NAME} parse fixtures/resolutions/wtsa-75.md
  $ ${PROGRAM_NAME} parse --format json my-draft.md > structure.json
  $ ${PROGRAM_NAME} parse --role ITU-D draft-without-heading.md
  $ ${PROGRAM_NAME} parse drafts/75.md               # role and rule severities from wsis-consolidate.yaml
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
    { applyRuleSeverities },
  ] = await Promise.all([
    import("../io/inputs.js"),
    import("../parse/index.js"),
    import("../render/outline.js"),
    import("../domain/roles.js"),
    import("../terminal/index.js"),
    import("../diagnostics/severities.js"),
  ]);
  let role: Role | undefined;
  if (options.role !== undefined) {
    const parsed = parseRole(options.role);
    if (!parsed) throw new FatalError(`--role must be pp, ITU-R, ITU-T or ITU-D, not "${options.role}"`);
    role = parsed;
  }
  const input = await readSourceInput(file, io.cwd, file === "-" ? io.stdin : undefined);
  const result = withOrigin(
    parseResolution(
      input.text,
      role ? { file: input.name, role, roleNamedBy: options.roleNamedBy ?? "--role" } : { file: input.name },
    ),
    input,
  );
  io.stderr.write(
    terminal.formatStylish(applyRuleSeverities(result.diagnostics, options.rulesConfig), {
      color: terminal.useColor(io.env, io.stderr),
    }),
  );
  io.stdout.write(
    options.format === "json"
      ? formatOutlineJson(result.resolution)
      : terminal.formatOutlineText(result.resolution),
  );
  return 0;
}

/** `init`: writes a commented starter `wsis-consolidate.yaml` in the working folder, never over one. */
import { RULE_LIST } from "../diagnostics/index.js";
import { CONFIG_FILE_NAME, CONFIG_KEYS } from "../io/config-keys.js";
import { type CliIO, type CommandDefinition, PROGRAM_NAME } from "./context.js";

const EXAMPLE: Record<string, string> = {
  pp: "res-140.md",
  "itu-r": "itu-r-61.md",
  "itu-t": "wtsa-75.md",
  "itu-d": "wtdc-30.md",
  threshold: "0.65",
  "link-threshold": "0.7",
  terms: "sector-terms.yaml",
  revision: '"Rev. Bucharest, 2022"',
  out: "out",
  "include-variants": "false",
  "word-diff": "false",
  "max-warnings": "-1",
  baseline: "consolidation.json",
  "itu-r-meeting": '"Geneva, 2027"',
  "itu-t-meeting": '"Geneva, 2028"',
  "itu-d-meeting": '"Baku, 2029"',
  "invite-assemblies": "false",
  "proposal-prefix": '"PP=ACP/64A1"',
  conference: '"Plenipotentiary Conference (PP-26)"',
  document: '"Document 64-E"',
  date: '"2026-09-01"',
  source: '"Member States of the group"',
};

/** The starter file: every setting and every rule, commented out with its default or an example. */
export function starterConfig(): string {
  const lines = [
    `# ${CONFIG_FILE_NAME}: settings for ${PROGRAM_NAME} parse, analyze, propose, report and check.`,
    "# An option on the command line wins over this file, and this file over the defaults.",
    "# Paths are relative to this file. Remove the '# ' before a setting to use it.",
    "",
  ];
  for (const [key, spec] of Object.entries(CONFIG_KEYS)) {
    if (spec.type === "rules") continue;
    const example = EXAMPLE[key] ?? '""';
    const note = spec.future ? " (accepted now; for a coming command)" : ` (${spec.commands.join(", ")})`;
    lines.push(`# ${key}: ${example}  # ${spec.description}${note}`);
  }
  lines.push(
    "",
    "# Rule severities for every command: error, warning, info or off; or {severity: ..., options: {...}}",
    "# (the options are check's).",
    "# rules:",
  );
  for (const rule of RULE_LIST) {
    lines.push(`#   ${rule.id}: ${rule.severity}  # ${rule.description.replace(/#/g, "")}`);
  }
  return `${lines.join("\n")}\n`;
}

export const define: CommandDefinition = (program, io: CliIO, setExit) => {
  program
    .command("init")
    .description(
      `Write a commented starter ${CONFIG_FILE_NAME} in the working folder (never over an existing one).`,
    )
    .action(async () => {
      setExit(await init(io));
    });
};

async function init(io: CliIO): Promise<number> {
  const [{ writeFile }, { join }, { FatalError }] = await Promise.all([
    import("node:fs/promises"),
    import("node:path"),
    import("../diagnostics/index.js"),
  ]);
  const path = join(io.cwd, CONFIG_FILE_NAME);
  try {
    await writeFile(path, starterConfig(), { flag: "wx" });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new FatalError(
      code === "EEXIST"
        ? "exists already; it is left as it is"
        : `cannot be written (${code ?? String(error)})`,
      CONFIG_FILE_NAME,
    );
  }
  io.stdout.write(`Wrote ${CONFIG_FILE_NAME}: every setting and rule, commented out; edit it to suit.\n`);
  return 0;
}

/**
 * The command line: a thin layer that reads files, calls the library and writes results.
 * `runCli(io)` returns the exit status, so the whole CLI runs in-process in tests.
 *
 * Exit status: 0 success, 1 findings (`check`), 2 could not run (bad input, bad usage).
 */
import { readFileSync } from "node:fs";
import { Command, CommanderError } from "commander";
import { type CliIO, type CommandDefinition, PROGRAM_NAME } from "./commands/context.js";
import { FatalError } from "./diagnostics/index.js";
import { formatFatal } from "./terminal/diagnostics.js";

export { type CliIO, type CommandDefinition, PROGRAM_NAME } from "./commands/context.js";

/**
 * Each command's module, in the order `--help` lists them. Command modules are small; each imports
 * its heavy dependencies (remark ...) lazily.
 */
const COMMAND_MODULES: Readonly<Record<string, () => Promise<{ define: CommandDefinition }>>> = {
  parse: () => import("./commands/parse.js"),
  analyze: () => import("./commands/analyze.js"),
  propose: () => import("./commands/propose.js"),
  report: () => import("./commands/report.js"),
  check: () => import("./commands/check.js"),
  init: () => import("./commands/init.js"),
};

/**
 * The commands to define: only the one the command line starts with (a pre-commit hook running
 * `check` loads nothing of `propose`), or all of them when it starts with anything else (the
 * program's `--help` or `--version`, `help check`, a misspelt name that commander answers with a
 * suggestion).
 */
async function loadCommands(argv: readonly string[]): Promise<CommandDefinition[]> {
  const named = argv[0];
  const load =
    named !== undefined && Object.hasOwn(COMMAND_MODULES, named) ? COMMAND_MODULES[named] : undefined;
  const modules = await Promise.all(load ? [load()] : Object.values(COMMAND_MODULES).map((l) => l()));
  return modules.map((m) => m.define);
}

/**
 * The version in the package's own package.json: the nearest one above this module that names this
 * package (the module runs from src/ in tests and from dist/src/ when built).
 */
function packageVersion(): string {
  for (let dir = new URL("./", import.meta.url); ; dir = new URL("../", dir)) {
    try {
      const pkg = JSON.parse(readFileSync(new URL("package.json", dir), "utf8")) as {
        name?: string;
        version?: string;
      };
      if (pkg.name === PROGRAM_NAME && pkg.version) return pkg.version;
    } catch {
      // no package.json here: look higher
    }
    if (dir.pathname === "/") return "unknown";
  }
}

export function defaultIO(): CliIO {
  return {
    argv: process.argv.slice(2),
    cwd: process.cwd(),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    // Read only for the input "-": setting up process.stdin loads Node's stream and tty modules.
    get stdin() {
      return process.stdin;
    },
  };
}

export async function runCli(io: CliIO = defaultIO()): Promise<number> {
  let exitCode = 0;
  const program = new Command(PROGRAM_NAME)
    .description(
      "Consolidate the WSIS text common to the ITU-R, ITU-T and ITU-D resolutions into Resolution 140.",
    )
    .version(packageVersion())
    .showHelpAfterError("(run with --help for usage)")
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .addHelpText(
      "after",
      `
Examples:
  $ ${PROGRAM_NAME} propose fixtures/resolutions/*.md          # the proposal, written to out/
  $ ${PROGRAM_NAME} analyze fixtures/resolutions/*.md          # the common groups, on the terminal
  $ ${PROGRAM_NAME} report fixtures/resolutions/*.md --out report.html   # the meeting report
  $ ${PROGRAM_NAME} parse --format json my-draft.md > structure.json
  $ ${PROGRAM_NAME} check drafts/*.md                          # a CI gate on draft resolutions

Exit status: 0 success, 1 findings (check), 2 could not run (bad input or usage).`,
    );
  for (const define of await loadCommands(io.argv)) {
    define(program, io, (code) => {
      exitCode = code;
    });
  }
  try {
    await program.parseAsync(io.argv, { from: "user" });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version exit 0; usage errors were already printed by commander.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof FatalError) {
      io.stderr.write(`${PROGRAM_NAME}: ${formatFatal(error)}\n`);
      return 2;
    }
    throw error;
  }
}

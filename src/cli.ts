/**
 * The command line: a thin layer that reads files, calls the library and writes results.
 * `runCli(io)` returns the exit status, so the whole CLI runs in-process in tests.
 *
 * Exit status: 0 success, 1 findings (check), 2 could not run (bad input, bad usage).
 */
import { Command, CommanderError } from "commander";
import { FatalError, formatFatal } from "./diagnostics.js";

/** Everything the CLI touches of its environment; tests pass their own. */
export interface CliIO {
  argv: string[];
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: { write(chunk: string): unknown; isTTY?: boolean };
  stderr: { write(chunk: string): unknown; isTTY?: boolean };
}

/** A subcommand: registers itself on the program; its action resolves to the exit status. */
export type CommandDefinition = (program: Command, io: CliIO, setExit: (code: number) => void) => void;

export const PROGRAM_NAME = "wsis-consolidate";

async function loadCommands(): Promise<CommandDefinition[]> {
  // Command modules are small; each imports its heavy dependencies (remark, docx ...) lazily.
  const modules = await Promise.all([
    import("./commands/parse.js"),
    import("./commands/analyze.js"),
    import("./commands/propose.js"),
  ]);
  return modules.map((m) => m.define);
}

export function defaultIO(): CliIO {
  return {
    argv: process.argv.slice(2),
    cwd: process.cwd(),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
  };
}

export async function runCli(io: CliIO = defaultIO()): Promise<number> {
  let exitCode = 0;
  const program = new Command(PROGRAM_NAME)
    .description(
      "Consolidate the WSIS text common to the ITU-R, ITU-T and ITU-D resolutions into Resolution 140.",
    )
    .version("0.1.0")
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
  $ ${PROGRAM_NAME} parse --format json my-draft.md > structure.json

Exit status: 0 success, 2 could not run (bad input or usage); 1 is kept for findings.`,
    );
  for (const define of await loadCommands()) {
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

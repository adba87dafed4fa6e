/**
 * What every command gets from the CLI: its environment (`CliIO`) and how it registers itself. Commands
 * import this module, never src/cli.ts, so the CLI and its commands do not import each other.
 */
import type { Command } from "commander";

/** Everything the CLI touches of its environment; tests pass their own. */
export interface CliIO {
  argv: string[];
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: { write(chunk: string): unknown; isTTY?: boolean };
  stderr: { write(chunk: string): unknown; isTTY?: boolean };
  /** Read for the input `-` (standard input); absent when the caller has none to give. */
  stdin?: AsyncIterable<Uint8Array | string>;
}

/** A subcommand: registers itself on the program; its action resolves to the exit status. */
export type CommandDefinition = (program: Command, io: CliIO, setExit: (code: number) => void) => void;

export const PROGRAM_NAME = "wsis-consolidate";

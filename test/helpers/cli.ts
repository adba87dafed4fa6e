/** Runs the CLI in-process (fake io) or as the built bin, so one table of cases can drive both. */
import { spawnSync } from "node:child_process";
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { runCli } from "../../src/cli.js";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export const repoRoot = fileURLToPath(new URL("../../", import.meta.url));

export async function runInProcess(
  argv: string[],
  options: { cwd?: string; env?: Record<string, string | undefined>; stdin?: string | Buffer } = {},
): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await runCli({
    argv,
    cwd: options.cwd ?? repoRoot,
    env: options.env ?? { NO_COLOR: "1" },
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
    ...(options.stdin === undefined ? {} : { stdin: Readable.from([Buffer.from(options.stdin)]) }),
  });
  return { code, stdout, stderr };
}

/** The built bin (`npm test` builds before vitest runs). */
export function runBin(argv: string[], options: { cwd?: string; stdin?: string | Buffer } = {}): CliRun {
  const result = spawnSync(process.execPath, [`${repoRoot}bin/wsis-consolidate.js`, ...argv], {
    cwd: options.cwd ?? repoRoot,
    encoding: "utf8",
    input: options.stdin ?? "",
    timeout: 20_000,
    env: { ...process.env, NO_COLOR: "1" },
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

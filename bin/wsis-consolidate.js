#!/usr/bin/env node
import { runCli } from "../dist/src/cli.js";

try {
  process.exitCode = await runCli();
} catch (error) {
  // Anything that reaches here is a bug in the tool, not in the input: one line, exit 2.
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`wsis-consolidate: internal error: ${message}\n`);
  process.exitCode = 2;
}

#!/usr/bin/env node
import { runCli } from "../dist/src/cli.js";

// A reader that goes away early (`| head`) is not an error of the tool.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

try {
  process.exitCode = await runCli();
} catch (error) {
  // Anything that reaches here is a bug in the tool, not in the input: one line, exit 2.
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`wsis-consolidate: internal error: ${message}\n`);
  process.exitCode = 2;
}

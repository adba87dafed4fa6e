/**
 * All benchmarks in turn: parse (bench/parse.ts), speed, quality, check, report, propose (memory and
 * time against analyze), docx (Word input), limits (inputs no resolution has). Each is its own module
 * that runs when executed directly; here they run one after the other in this process, and the exit
 * status is 1 when any of them misses its target.
 *
 *   npm run bench
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(new URL("./", import.meta.url));
let failed = false;
for (const name of ["parse", "speed", "quality", "check", "report", "propose", "docx", "limits"]) {
  const script = `${here}${name}.js`;
  console.log(`\n=== bench:${name} ===\n`);
  if (!existsSync(script)) {
    console.log(`(bench/${name}.ts is not there yet: skipped)`);
    continue;
  }
  // A child process per benchmark: each starts from a cold, comparable state.
  const result = spawnSync(process.execPath, [script], { stdio: "inherit" });
  if (result.status !== 0) failed = true;
}
if (failed) process.exitCode = 1;

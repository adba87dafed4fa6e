/**
 * Loaded with `node --import` into a process the limits benchmark spawns (bench/limits.ts): at exit it
 * writes the process's own peak memory (resident set, in kB) and CPU time to the file named by
 * WSIS_BENCH_USAGE. Node cannot report a child's resource usage, and `/usr/bin/time -v` is not on every
 * machine; this way the numbers are the CLI's own, from the one process that ran it.
 */
import { writeFileSync } from "node:fs";

const file = process.env.WSIS_BENCH_USAGE;
if (file) {
  process.on("exit", () => {
    const usage = process.resourceUsage();
    writeFileSync(
      file,
      JSON.stringify({
        maxRssKb: usage.maxRSS,
        userMs: usage.userCPUTime / 1000,
        systemMs: usage.systemCPUTime / 1000,
      }),
    );
  });
}

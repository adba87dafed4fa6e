/** Timing the built CLI as a user runs it: a spawned Node process, the median of several runs. */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

/** The repository root (this module runs from dist/bench/). */
export const root = fileURLToPath(new URL("../../", import.meta.url));

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

/**
 * The median wall time of `runs` spawns of `node args` in the repository root. A run that exits with
 * a status not in `okCodes` stops the benchmark.
 */
export function spawnMs(args: string[], options: { runs?: number; okCodes?: number[] } = {}): number {
  const okCodes = options.okCodes ?? [0];
  const times: number[] = [];
  for (let i = 0; i < (options.runs ?? 5); i++) {
    const start = performance.now();
    const r = spawnSync(process.execPath, args, {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1" },
    });
    times.push(performance.now() - start);
    if (!okCodes.includes(r.status ?? -1))
      throw new Error(`${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  }
  return median(times);
}

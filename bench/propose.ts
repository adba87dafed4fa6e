/**
 * `propose` on a generated set of 4 x 4,000 items (bench/generate.ts), next to `analyze` on the same
 * files: peak memory and time. Each run is a process of its own (bench/propose-child.ts), which
 * reports its CPU time and peak resident memory on exit; the wall time is taken here. Targets:
 * propose's peak memory under 500 MB; its Markdown outputs alone (`propose-md`) within 2x of analyze,
 * all its outputs (report.html and the four Word files included) within 4x. The ratios are of CPU
 * time, which other load on the machine disturbs far less than wall time (both are printed).
 *
 *   npm run bench   (or: node dist/bench/propose.js after a build)
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Role } from "../src/model.js";
import { generateResolutionSet } from "./generate.js";
import { median } from "./spawn.js";

const ITEMS = 4000;
const RUNS = 3;
const TARGET_MB = 500;
const TARGET_MD = 2;
const TARGET_ALL = 4;
const FILES: Record<Role, string> = {
  pp: "pp.md",
  "ITU-R": "itu-r.md",
  "ITU-T": "itu-t.md",
  "ITU-D": "itu-d.md",
};
const child = fileURLToPath(new URL("./propose-child.js", import.meta.url));

interface Measure {
  wallMs: number;
  cpuMs: number;
  maxRssMB: number;
}

function measure(dir: string, mode: string): Measure {
  const runs: Measure[] = [];
  for (let i = 0; i < RUNS; i++) {
    const result = join(dir, `${mode}.json`);
    const start = performance.now();
    const r = spawnSync(
      process.execPath,
      [child, mode, result, join(dir, `out-${mode}`), ...Object.values(FILES)],
      {
        cwd: dir,
        encoding: "utf8",
      },
    );
    const wallMs = performance.now() - start;
    if (r.status !== 0) throw new Error(`${mode} exited ${r.status}: ${r.stderr}`);
    const reported = JSON.parse(readFileSync(result, "utf8")) as {
      code: number;
      cpuMs: number;
      maxRssMB: number;
    };
    if (reported.code !== 0) throw new Error(`${mode} ended with status ${reported.code}`);
    runs.push({ wallMs, cpuMs: reported.cpuMs, maxRssMB: reported.maxRssMB });
  }
  return {
    wallMs: median(runs.map((m) => m.wallMs)),
    cpuMs: median(runs.map((m) => m.cpuMs)),
    maxRssMB: Math.max(...runs.map((m) => m.maxRssMB)),
  };
}

export function runProposeBench(): { pass: boolean } {
  const dir = mkdtempSync(join(tmpdir(), "wsis-bench-propose-"));
  try {
    const set = generateResolutionSet(ITEMS, 7);
    let bytes = 0;
    for (const [role, file] of Object.entries(FILES)) {
      writeFileSync(join(dir, file), set[role as Role]);
      bytes += Buffer.byteLength(set[role as Role]);
    }
    console.log(
      `propose against analyze on 4 x ${ITEMS.toLocaleString("en-US")} generated items (${(bytes / 1e6).toFixed(1)} MB); ` +
        `median of ${RUNS} runs, each a process of its own; peak memory is the largest of the runs.\n`,
    );
    const analyze = measure(dir, "analyze");
    const md = measure(dir, "propose-md");
    const all = measure(dir, "propose");
    const row = (name: string, m: Measure) =>
      `${name.padEnd(40)} ${m.wallMs.toFixed(0).padStart(8)} ${m.cpuMs.toFixed(0).padStart(8)} ${m.maxRssMB.toFixed(0).padStart(9)}` +
      (m === analyze ? "" : `   x${(m.cpuMs / analyze.cpuMs).toFixed(2)}`);
    console.log(`${"run".padEnd(40)}  wall ms   CPU ms  peak MB   CPU vs analyze`);
    console.log(row("analyze", analyze));
    console.log(row("propose, Markdown outputs only", md));
    console.log(row("propose, all outputs (report, Word files)", all));
    const checks = [
      [
        all.maxRssMB < TARGET_MB,
        `propose peak memory ${all.maxRssMB.toFixed(0)} MB (target < ${TARGET_MB} MB)`,
      ],
      [
        md.cpuMs / analyze.cpuMs <= TARGET_MD,
        `Markdown outputs x${(md.cpuMs / analyze.cpuMs).toFixed(2)} of analyze (target within ${TARGET_MD}x)`,
      ],
      [
        all.cpuMs / analyze.cpuMs <= TARGET_ALL,
        `all outputs x${(all.cpuMs / analyze.cpuMs).toFixed(2)} of analyze (target within ${TARGET_ALL}x)`,
      ],
    ] as const;
    console.log("");
    for (const [ok, text] of checks) console.log(`${ok ? "PASS" : "FAIL"}: ${text}`);
    return { pass: checks.every(([ok]) => ok) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (!runProposeBench().pass) process.exitCode = 1;
}

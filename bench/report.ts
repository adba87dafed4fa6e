/**
 * Report benchmark: producing all reports for the bundled resolutions end to end, the CLI spawned as
 * a user runs it. Two ways, both printed:
 *
 * - one run: `report --format html,docx,md --out DIR`, which reads, aligns and plans once and writes
 *   report.html, report.md and the four Word proposals. Target: under 2 s.
 * - three runs, as before `report` took several formats: `report --format html`, `--format docx`
 *   (the four Word proposals) and `--format md`, one after the other, each a fresh process.
 *
 * Each is run once to warm the file cache, then three times; best and median are printed.
 *
 *   npm run bench   (after npm run build)
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const bin = join(root, "bin/wsis-consolidate.js");
const inputs = ["res-140.md", "itu-r-61.md", "wtsa-75.md", "wtdc-30.md"].map((f) =>
  join(root, "fixtures/resolutions", f),
);
const TARGET_MS = 2000;
/** Every file the reports are: the HTML and Markdown reports and the four Word proposals. */
const ALL_FILES = 6;

function report(format: string, out: string): void {
  const r = spawnSync(
    process.execPath,
    [bin, "report", "--format", format, "--out", out, "--force", "--date", "2026-01-15", ...inputs],
    { encoding: "utf8" },
  );
  if (r.status !== 0) throw new Error(`report --format ${format} failed: ${r.stderr}`);
}

function oneRun(dir: string): number {
  const started = performance.now();
  report("html,docx,md", join(dir, "all"));
  const elapsed = performance.now() - started;
  const written = readdirSync(join(dir, "all")).length;
  if (written !== ALL_FILES) throw new Error(`report --format html,docx,md wrote ${written} files`);
  return elapsed;
}

function threeRuns(dir: string): number {
  const started = performance.now();
  report("html", join(dir, "report.html"));
  report("docx", join(dir, "word"));
  report("md", join(dir, "report.md"));
  return performance.now() - started;
}

function measure(run: (dir: string) => number, dir: string): { best: number; median: number } {
  run(dir); // warm the file cache
  const runs = [run(dir), run(dir), run(dir)].sort((a, b) => a - b);
  return { best: runs[0] as number, median: runs[1] as number };
}

const dir = mkdtempSync(join(tmpdir(), "wsis-bench-report-"));
try {
  const one = measure(oneRun, dir);
  const three = measure(threeRuns, dir);
  const ms = (n: number) => `${Math.round(n)} ms`;
  console.log(
    "All reports (report.html, report.md, 4 x .proposal.docx) for the bundled resolutions, the CLI spawned:",
  );
  console.log(
    `  one run, report --format html,docx,md: best ${ms(one.best)}, median ${ms(one.median)} (target < ${TARGET_MS} ms)`,
  );
  console.log(
    `  three runs, report --format html, then docx, then md: best ${ms(three.best)}, median ${ms(three.median)}`,
  );
  const pass = one.median < TARGET_MS;
  console.log(pass ? "PASS" : "FAIL");
  if (!pass) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * Report benchmark: producing all reports for the bundled resolutions end to end, the CLI spawned as
 * a user runs it: `report --format html`, `report --format docx` (the four Word proposals) and
 * `report --format md`, one after the other, each a fresh process. Target: under 2 s for the three.
 *
 *   npm run bench   (after npm run build)
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const bin = join(root, "bin/wsis-consolidate.js");
const inputs = ["res-140.md", "itu-r-61.md", "wtsa-75.md", "wtdc-30.md"].map((f) =>
  join(root, "fixtures/resolutions", f),
);
const TARGET_MS = 2000;

function once(dir: string): number {
  const started = performance.now();
  for (const [format, out] of [
    ["html", join(dir, "report.html")],
    ["docx", join(dir, "word")],
    ["md", join(dir, "report.md")],
  ] as const) {
    const r = spawnSync(
      process.execPath,
      [bin, "report", "--format", format, "--out", out, "--force", "--date", "2026-01-15", ...inputs],
      { encoding: "utf8" },
    );
    if (r.status !== 0) throw new Error(`report --format ${format} failed: ${r.stderr}`);
  }
  return performance.now() - started;
}

const dir = mkdtempSync(join(tmpdir(), "wsis-bench-report-"));
try {
  once(dir); // warm the file cache
  const runs = [once(dir), once(dir), once(dir)].sort((a, b) => a - b);
  const median = runs[1] as number;
  console.log(
    `All reports (html, 4 x docx, md) for the bundled resolutions, CLI spawned: best ${Math.round(runs[0] as number)} ms, median ${Math.round(median)} ms (target < ${TARGET_MS} ms)`,
  );
  const pass = median < TARGET_MS;
  console.log(pass ? "PASS" : "FAIL");
  if (!pass) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}

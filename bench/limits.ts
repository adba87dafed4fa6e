/**
 * Limits benchmark (issue 13): inputs no resolution has, each read by `parse` and by `analyze` (as the
 * ITU-T text, with the bundled Resolution 140, ITU-R and ITU-D texts), the built CLI spawned as a user
 * runs it. Target for each: done within 10 s and 1 GB of peak memory, or refused with one line that
 * names the file, the reason and the limit (exit 2); never a crash, a hang or an "internal error".
 * The limits themselves are in docs/known-limits.md.
 *
 * Peak memory is the CLI process's own maximum resident set, which it writes at exit through a module
 * loaded with `node --import` (bench/usage-preload.ts): Node cannot report a child's usage, and
 * `/usr/bin/time -v` is not on every machine. Time is judged on the process's CPU time (user and
 * system), which the same module reports: the wall time is printed too, but on a shared machine it
 * measures the other processes as much as this one. A run is stopped after 60 s (reported as a hang).
 *
 *   npm run bench   (or: node dist/bench/limits.js after a build)
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateParseDocument } from "./parse-document.js";
import { root } from "./spawn.js";

const MB = 1024 * 1024;
const LIMIT_MS = 10_000;
const LIMIT_MB = 1024;
const STOP_MS = 60_000;

const HEAD = [
  "# RESOLUTION 75 (REV. GENEVA, 2022)",
  "",
  "Inputs no resolution has, for the limits benchmark",
  "",
  "The World Telecommunication Standardization Assembly (Geneva, 2022),",
  "",
  "*resolves*",
  "",
  "",
].join("\n");

/** A resolution whose first item is one line: "1 that " and `unit` repeated `times`, then its end. */
const oneLine = (unit: string, times: number, end = "end.") => `${HEAD}1 that ${unit.repeat(times)}${end}\n`;

const WORDS = "the implementation of the WSIS Action Lines and the Sustainable Development Goals ";

export const LIMIT_CASES: { name: string; make: () => string }[] = [
  { name: "50 MB resolution", make: () => generateParseDocument(50 * MB).text },
  // The largest input read: just under the 10 MB limit, in bytes (typographic quotes take three).
  { name: "9.5 MB resolution", make: () => generateParseDocument(9.5 * MB).text },
  // 10,000,000 characters: the file stays within the input limit (10 MB = 10,485,760 bytes).
  { name: "one 10 MB line", make: () => oneLine(WORDS, Math.floor(10_000_000 / WORDS.length)) },
  { name: "200,000 *a* on a line", make: () => oneLine("*a* ", 200_000) },
  { name: "200,000 _a_ on a line", make: () => oneLine("_a_ ", 200_000) },
  { name: "200,000 unclosed *a", make: () => oneLine("*a ", 200_000) },
  { name: "200,000 *a*, one *b unclosed", make: () => oneLine("*a* ", 200_000, "*b end.") },
];

const bin = join(root, "bin/wsis-consolidate.js");
const preload = fileURLToPath(new URL("./usage-preload.js", import.meta.url));
const bundled = (name: string) => join(root, "fixtures/resolutions", name);

interface Outcome {
  result: "processed" | "refused" | "FAIL";
  wallMs: number;
  cpuMs: number | null;
  peakMb: number | null;
  note: string;
}

function run(args: string[], file: string, dir: string): Outcome {
  const usageFile = join(dir, "usage.json");
  rmSync(usageFile, { force: true });
  const started = performance.now();
  const r = spawnSync(process.execPath, ["--import", preload, bin, ...args], {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "ignore", "pipe"],
    timeout: STOP_MS,
    maxBuffer: 16 * MB,
    env: { ...process.env, NO_COLOR: "1", WSIS_BENCH_USAGE: usageFile },
  });
  const wallMs = performance.now() - started;
  const usage = existsSync(usageFile)
    ? (JSON.parse(readFileSync(usageFile, "utf8")) as { maxRssKb: number; userMs: number; systemMs: number })
    : null;
  const peakMb = usage ? usage.maxRssKb / 1024 : null;
  const cpuMs = usage ? usage.userMs + usage.systemMs : null;
  const stderr = (r.stderr ?? "").trim();
  const base = { wallMs, cpuMs, peakMb };
  if (r.error || r.signal)
    return { ...base, result: "FAIL", note: `stopped: ${r.error?.message ?? r.signal}` };
  const withinLimits = (cpuMs ?? wallMs) <= LIMIT_MS && (peakMb ?? Infinity) <= LIMIT_MB;
  if (r.status === 2) {
    const oneLineMessage = stderr.split("\n").length === 1 && stderr.includes(file);
    const ok = oneLineMessage && !/internal error|\n\s+at /.test(stderr) && withinLimits;
    return { ...base, result: ok ? "refused" : "FAIL", note: stderr.split("\n")[0] ?? "" };
  }
  if (r.status !== 0) return { ...base, result: "FAIL", note: `exit ${r.status}: ${stderr.split("\n")[0]}` };
  return {
    ...base,
    result: withinLimits ? "processed" : "FAIL",
    note: withinLimits ? "" : "over the limits",
  };
}

function main(): void {
  const dir = mkdtempSync(join(tmpdir(), "wsis-bench-limits-"));
  let failed = false;
  try {
    console.log(
      `Each input read by parse and by analyze: done within ${LIMIT_MS / 1000} s of CPU time and ${LIMIT_MB} MB peak memory, or refused in one line (exit 2).\n`,
    );
    const load = loadavg()[0] ?? 0;
    console.log(
      `Machine: ${cpus().length} CPUs, load average ${load.toFixed(1)} when the benchmark started.\n`,
    );
    const rows: string[][] = [["input", "size", "command", "result", "wall s", "cpu s", "peak MB"]];
    const notes: string[] = [];
    for (const c of LIMIT_CASES) {
      const file = join(dir, `${c.name.replace(/[^a-z0-9]+/gi, "-")}.md`);
      writeFileSync(file, c.make());
      const size = `${(statSync(file).size / MB).toFixed(1)} MB`;
      const commands: [string, string[]][] = [
        ["parse", ["parse", file]],
        [
          "analyze",
          [
            "analyze",
            "--pp",
            bundled("res-140.md"),
            "--itu-r",
            bundled("itu-r-61.md"),
            "--itu-d",
            bundled("wtdc-30.md"),
            "--itu-t",
            file,
          ],
        ],
      ];
      for (const [command, args] of commands) {
        const o = run(args, file, dir);
        if (o.result === "FAIL") failed = true;
        rows.push([
          c.name,
          size,
          command,
          o.result,
          (o.wallMs / 1000).toFixed(2),
          o.cpuMs === null ? "-" : (o.cpuMs / 1000).toFixed(2),
          o.peakMb === null ? "-" : o.peakMb.toFixed(0),
        ]);
        if (o.note) notes.push(`${c.name}, ${command}: ${o.note.replace(dir, "<tmp>")}`);
      }
      rmSync(file, { force: true });
    }
    const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] as string).length))) ?? [];
    for (const r of rows)
      console.log(
        r.map((c, i) => (i < 4 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number))).join("  "),
      );
    if (notes.length > 0) console.log(`\n${notes.join("\n")}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(failed ? "FAIL" : "PASS");
  if (failed) process.exitCode = 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();

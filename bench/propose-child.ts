/**
 * One measured run for bench/propose.ts, in a process of its own: `analyze`, `propose` (every output)
 * or `propose-md` (the same pipeline writing only the Markdown outputs, the diffs and
 * consolidation.json: `propose` without the HTML report and the Word files). On exit it writes its
 * CPU time and peak resident memory (`process.resourceUsage().maxRSS`, the kernel's high-water mark
 * for this process) as JSON to the result file.
 *
 *   node dist/bench/propose-child.js <analyze|propose|propose-md> <result.json> <out> <files...>
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { runCli } from "../src/cli.js";
import { buildProposal } from "../src/commands/proposal-pipeline.js";
import { writeOutputs } from "../src/io/write.js";
import { DEFAULT_REVISION } from "../src/plan/index.js";

const [mode, resultFile, out, ...files] = process.argv.slice(2) as [string, string, string, ...string[]];
// The terminal output is produced, then dropped: writing it to a pipe nobody reads would block.
const sink = { write: () => true, isTTY: false };
const io = { argv: [] as string[], cwd: process.cwd(), env: { NO_COLOR: "1" }, stdout: sink, stderr: sink };

let code = 0;
if (mode === "analyze") code = await runCli({ ...io, argv: ["analyze", ...files] });
else if (mode === "propose") {
  code = await runCli({
    ...io,
    argv: ["propose", "--force", "--date", "2026-01-15", "--out", out, ...files],
  });
} else if (mode === "propose-md") {
  const built = await buildProposal(files, { revision: DEFAULT_REVISION, out }, io);
  if (!built) code = 2;
  else {
    const outputs = built.rendered.files.map((f) => ({ path: join(out, f.name), content: f.content }));
    await writeOutputs(outputs, { force: true, inputs: files, cwd: io.cwd });
  }
} else throw new Error(`unknown mode ${mode}`);

const usage = process.resourceUsage();
writeFileSync(
  resultFile,
  JSON.stringify({
    code,
    cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
    maxRssMB: usage.maxRSS / 1024,
  }),
);

/**
 * Parse benchmark: a generated 5 MB resolution (bench/parse-document.ts) must parse in under 1 s
 * (median of several runs), and the four bundled resolutions quickly. Prints the size, the item count,
 * how much of the text each parser read, and PASS or FAIL.
 *
 *   npm run bench:parse
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseResolution } from "../src/parse/index.js";
import { generateParseDocument } from "./parse-document.js";

const TARGET_BYTES = 5 * 1024 * 1024;
const LIMIT_MS = 1000;
const RUNS = 7;

function countItems(sections: { items: { subitems: unknown[] }[] }[]): { items: number; subitems: number } {
  let items = 0;
  let subitems = 0;
  for (const section of sections) {
    items += section.items.length;
    for (const item of section.items) subitems += item.subitems.length;
  }
  return { items, subitems };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function time(
  text: string,
  file: string,
  runs: number,
): { cold: number; ms: number[]; result: ReturnType<typeof parseResolution> } {
  const ms: number[] = [];
  const coldStart = performance.now();
  let result = parseResolution(text, { file }); // the first run: code not yet optimized, remark not warm
  const cold = performance.now() - coldStart;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = parseResolution(text, { file });
    ms.push(performance.now() - start);
  }
  return { cold, ms, result };
}

const generated = generateParseDocument(TARGET_BYTES);
const bytes = Buffer.byteLength(generated.text, "utf8");
const { cold, ms, result } = time(generated.text, "generated.md", RUNS);
const counts = countItems(result.resolution.sections);
const stats = result.stats;
const total = stats.fastChars + stats.remarkChars;
const percent = (part: number) => `${((100 * part) / Math.max(1, total)).toFixed(1)} %`;
const medianMs = median(ms);

console.log(
  `generated resolution: ${(bytes / 1024 / 1024).toFixed(2)} MB, ${generated.text.split("\n").length} lines`,
);
console.log(
  `parsed: ${result.resolution.sections.length} sections, ${counts.items} items, ${counts.subitems} sub-items, ${result.diagnostics.length} diagnostics`,
);
console.log(
  `fast path: ${stats.fastBlocks} blocks, ${percent(stats.fastChars)} of the text; remark: ${stats.remarkBlocks} blocks, ${percent(stats.remarkChars)}${stats.wholeDocument ? " (whole document)" : ""}`,
);
console.log(`first run (cold): ${cold.toFixed(0)} ms; then (ms): ${ms.map((m) => m.toFixed(0)).join(" ")}`);
console.log(
  `median: ${medianMs.toFixed(0)} ms (${((medianMs * 1e6) / bytes).toFixed(0)} ns/byte), limit ${LIMIT_MS} ms`,
);

const fixtures = fileURLToPath(new URL("../../fixtures/resolutions/", import.meta.url));
let fixtureWorst = 0;
for (const name of readdirSync(fixtures).filter((f) => f.endsWith(".md"))) {
  const text = readFileSync(`${fixtures}${name}`, "utf8");
  const run = time(text, name, 20);
  const m = median(run.ms);
  fixtureWorst = Math.max(fixtureWorst, m);
  console.log(`fixture ${name}: ${text.length} chars, median ${m.toFixed(2)} ms`);
}

const pass = medianMs < LIMIT_MS;
console.log(pass ? "PASS" : "FAIL");
if (!pass) process.exitCode = 1;

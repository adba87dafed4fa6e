/**
 * Speed benchmark of `analyze`: generated resolution sets (Resolution 140 + three Sectors) of 50, 500
 * and 4,000 items per document. Times parse + align and align alone (best and median of several runs), prints
 * the growth from one size to the next, and spawns the CLI on the 4 x 50 set next to `node -e 0` to
 * show that Node's own start-up dominates there. Target: 4 x 4,000 items in under 2 s.
 *
 *   npm run bench:speed
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { alignSectors } from "../src/align/index.js";
import type { Resolution, Role } from "../src/model.js";
import { parseResolution } from "../src/parse/index.js";
import { generateResolutionSet } from "./generate.js";
import { median, root, spawnMs } from "./spawn.js";

const ROLES: Role[] = ["pp", "ITU-R", "ITU-T", "ITU-D"];
const FILES: Record<Role, string> = {
  pp: "pp.md",
  "ITU-R": "itu-r.md",
  "ITU-T": "itu-t.md",
  "ITU-D": "itu-d.md",
};

function parseAll(set: Record<Role, string>): Partial<Record<Role, Resolution>> {
  const byRole: Partial<Record<Role, Resolution>> = {};
  for (const role of ROLES) {
    const { resolution } = parseResolution(set[role], { file: FILES[role], role });
    if (!resolution) throw new Error(`generated ${role} document did not parse`);
    byRole[role] = resolution;
  }
  return byRole;
}

function time<T>(f: () => T): [number, T] {
  const start = performance.now();
  const value = f();
  return [performance.now() - start, value];
}

export function runSpeed(): { pass: boolean } {
  const sizes = [50, 500, 4000];
  console.log(
    "analyze speed (generated sets: Resolution 140 + 3 Sectors). Best and median of several runs: the best\n" +
      "is the least disturbed by other load on the machine; the growth is computed from it.\n",
  );
  console.log(
    "items/doc  items total  common  parse+align ms (best / median)  align ms (best / median)  growth",
  );
  let previous: number | null = null;
  let largest = 0;
  let largestMedian = 0;
  for (const n of sizes) {
    const set = generateResolutionSet(n, 7);
    const runs = n >= 4000 ? 5 : 9;
    const total: number[] = [];
    const alignOnly: number[] = [];
    let common = 0;
    let items = 0;
    for (let i = 0; i < runs; i++) {
      const [t, result] = time(() => alignSectors(parseAll(set)));
      total.push(t);
      common = result.common.length;
      const parsed = parseAll(set);
      items = ROLES.reduce(
        (s, r) => s + (parsed[r]?.sections.reduce((k, sec) => k + sec.items.length, 0) ?? 0),
        0,
      );
      alignOnly.push(time(() => alignSectors(parsed))[0]);
    }
    const best = Math.min(...total);
    const growth =
      previous === null
        ? ""
        : `x${(best / previous).toFixed(1)} for x${n / (sizes[sizes.indexOf(n) - 1] as number)} items`;
    const pair = (xs: number[]) => `${Math.min(...xs).toFixed(0)} / ${median(xs).toFixed(0)}`;
    console.log(
      `${String(n).padStart(9)}  ${String(items).padStart(11)}  ${String(common).padStart(6)}  ${pair(total).padStart(30)}  ${pair(alignOnly).padStart(24)}  ${growth}`,
    );
    previous = best;
    largest = best;
    largestMedian = median(total);
  }

  const dir = mkdtempSync(join(tmpdir(), "wsis-speed-"));
  try {
    const small = generateResolutionSet(50, 7);
    const args: string[] = [];
    for (const role of ROLES) {
      writeFileSync(join(dir, FILES[role]), small[role]);
      args.push(role === "pp" ? "--pp" : `--${role.toLowerCase()}`, join(dir, FILES[role]));
    }
    const node = spawnMs(["-e", "0"]);
    const help = spawnMs([`${root}bin/wsis-consolidate.js`, "--help"]);
    const cli = spawnMs([`${root}bin/wsis-consolidate.js`, "analyze", "--format", "json", ...args]);
    const [work] = time(() => alignSectors(parseAll(small)));
    console.log(
      `\nCLI analyze on 4 x 50 items: ${cli.toFixed(0)} ms in all. Node's own start-up (node -e 0): ${node.toFixed(0)} ms; ` +
        `start-up with the CLI's modules (--help): ${help.toFixed(0)} ms; ` +
        `parse + align of the 4 x 50 items in-process (warm): ${work.toFixed(0)} ms.`,
    );
    console.log(
      `The work is ${((work / cli) * 100).toFixed(0)} % of the run; the rest is start-up ` +
        `(Node, module loading, the lazy imports of the command, reading the files).`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const pass = largest < 2000;
  console.log(
    `\n${pass ? "PASS" : "FAIL"}: 4 x 4,000 items in ${largest.toFixed(0)} ms at best, ` +
      `${largestMedian.toFixed(0)} ms median (target < 2,000 ms)`,
  );
  return { pass };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (!runSpeed().pass) process.exitCode = 1;
}

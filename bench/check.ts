/**
 * Speed of `check` end to end, as a pre-commit hook runs it: the built CLI spawned on the bundled
 * fixtures, median of several runs, next to `node -e 0` (Node's own start-up). Target: under 0.5 s.
 *
 *   npm run bench   (or: node dist/bench/check.js after a build)
 */
import { spawnMs } from "./spawn.js";

const TARGET_MS = 500;
const RUNS = 7;
const FILES = ["res-140.md", "itu-r-61.md", "wtsa-75.md", "wtdc-30.md"].map(
  (f) => `fixtures/resolutions/${f}`,
);

const node = spawnMs(["-e", "0"], { runs: RUNS });
// The bundled inputs repeat Resolution 140: check exits 1 on them, by design.
const check = spawnMs(["bin/wsis-consolidate.js", "check", "--no-config", ...FILES], {
  runs: RUNS,
  okCodes: [1],
});
console.log(`node -e 0:                           ${node.toFixed(0)} ms (median of ${RUNS})`);
console.log(
  `check on the bundled fixtures (4 files): ${check.toFixed(0)} ms (median of ${RUNS}); target < ${TARGET_MS} ms`,
);
const pass = check < TARGET_MS;
console.log(pass ? "PASS" : "FAIL");
if (!pass) process.exitCode = 1;

/**
 * Golden files: expected outputs kept in the repository. `UPDATE=1` makes a golden test rewrite them
 * instead of comparing, for a human to review in the diff. Never in CI: a run that regenerated its own
 * goldens would pass whatever the code does, so there it stops the run instead.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const UPDATE_REFUSED_IN_CI = "UPDATE=1 regenerates goldens and is refused when CI is set";

type Env = Record<string, string | undefined>;

function refuseInCi(env: Env): void {
  if (env.CI !== undefined && env.CI !== "") throw new Error(UPDATE_REFUSED_IN_CI);
}

/**
 * Whether this run rewrites the goldens (`UPDATE=1`). Throws when CI is set as well, so that the test
 * file fails with that message before anything is written.
 */
export function updatingGoldens(env: Env = process.env): boolean {
  if (env.UPDATE !== "1") return false;
  refuseInCi(env);
  return true;
}

/** Replaces the folder `dir` with exactly `files` (name -> content). Refused in CI, like `updatingGoldens`. */
export function writeGoldens(dir: string, files: Record<string, string>, env: Env = process.env): void {
  refuseInCi(env);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
}

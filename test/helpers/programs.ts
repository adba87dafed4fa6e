/**
 * External programs the end-to-end tests drive (Chromium, LibreOffice, pdftotext, pandoc). A test that
 * needs a missing one is skipped on a developer's machine and fails under CI (`CI` set), where
 * .ci/run installs them: a missing install must not pass silently.
 */
import { spawnSync } from "node:child_process";

const found = new Map<string, string | null>();

/** The path of the first of `names` on PATH, or null. */
export function findProgram(...names: string[]): string | null {
  const key = names.join("|");
  if (!found.has(key)) {
    let path: string | null = null;
    for (const name of names) {
      const result = spawnSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" });
      if (result.status === 0 && result.stdout.trim() !== "") {
        path = result.stdout.trim();
        break;
      }
    }
    found.set(key, path);
  }
  return found.get(key) ?? null;
}

/**
 * For `it.skipIf(...)`: true when the program is missing on a developer's machine (skip). Under CI a
 * missing program throws at collection, so the run fails and names it.
 */
export function missingProgram(...names: string[]): boolean {
  if (findProgram(...names) !== null) return false;
  if (process.env.CI) {
    throw new Error(`${names.join(" or ")} is not installed; .ci/run installs it with apt-get`);
  }
  return true;
}

/**
 * The package as a user gets it: `npm pack` gives a tarball that installs with `npm install -g` and
 * runs on a machine without the repository (here: a fresh prefix and a folder outside the repository).
 * `npm test` builds dist/ before vitest runs, so the tarball holds the current code.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { repoRoot } from "./helpers/cli.js";

const work = mkdtempSync(join(tmpdir(), "wsis-pack-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("the npm package", () => {
  it("packs, installs globally and runs outside the repository", { timeout: 240_000 }, () => {
    const npm = process.platform === "win32" ? "npm.cmd" : "npm";
    execFileSync(npm, ["pack", "--silent", "--pack-destination", work], { cwd: repoRoot, stdio: "pipe" });
    const tarball = readdirSync(work).find((name) => /^wsis-consolidate-.*\.tgz$/.test(name));
    expect(tarball).toBeDefined();

    const prefix = join(work, "prefix");
    execFileSync(
      npm,
      [
        "install",
        "-g",
        "--prefix",
        prefix,
        "--prefer-offline",
        "--no-audit",
        "--no-fund",
        join(work, tarball as string),
      ],
      { cwd: work, stdio: "pipe" },
    );
    const bin = join(prefix, "bin", "wsis-consolidate");
    const version = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")).version as string;

    const shown = spawnSync(bin, ["--version"], { cwd: work, encoding: "utf8" });
    expect(shown.stdout.trim()).toBe(version);

    const texts = join(work, "texts");
    execFileSync("mkdir", ["-p", texts]);
    for (const name of ["res-140.md", "itu-r-61.md", "wtsa-75.md", "wtdc-30.md"]) {
      copyFileSync(join(repoRoot, "fixtures/resolutions", name), join(texts, name));
    }
    const parsed = spawnSync(bin, ["parse", "wtsa-75.md"], { cwd: texts, encoding: "utf8" });
    expect(parsed.status, parsed.stderr).toBe(0);
    expect(parsed.stdout).toMatch(/^role: {5}ITU-T/m);

    const proposed = spawnSync(
      bin,
      ["propose", "--out", "out", "res-140.md", "itu-r-61.md", "wtsa-75.md", "wtdc-30.md"],
      {
        cwd: texts,
        encoding: "utf8",
      },
    );
    expect(proposed.status, proposed.stderr).toBe(0);
    expect(readdirSync(join(texts, "out"))).toContain("resolution-140.proposed.md");
  });
});

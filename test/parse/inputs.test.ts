/** Reading resolution files: one-line fatal errors naming the file; loading the four by flag or position. */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FatalError } from "../../src/diagnostics/index.js";
import { loadResolutions, readProblem, readSourceFile } from "../../src/io/inputs.js";
import { formatFatal } from "../../src/terminal/diagnostics.js";

let dir = "";
const fixtures = new URL("../../fixtures/resolutions/", import.meta.url);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "wsis-inputs-"));
  mkdirSync(join(dir, "folder.md"));
  writeFileSync(join(dir, "empty.md"), "");
  writeFileSync(join(dir, "binary.md"), Buffer.from([0x23, 0x20, 0x00, 0x01, 0x02, 0x0a]));
  writeFileSync(join(dir, "latin1.md"), Buffer.from("# R\u00e9solution\n", "latin1"));
  writeFileSync(
    join(dir, "utf16.md"),
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("# R\n", "utf16le")]),
  );
  // Files that cannot be opened whoever runs the tests (root reads a file without read permission).
  symlinkSync("loop.md", join(dir, "loop.md"));
  for (const name of ["res-140.md", "itu-r-61.md", "wtsa-75.md", "wtdc-30.md"]) {
    copyFileSync(new URL(name, fixtures), join(dir, name));
  }
  writeFileSync(join(dir, "draft.md"), "# Draft\n\n*recalling*\n\na) the WSIS outcomes,\n");
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function fatal(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    if (error instanceof FatalError) return formatFatal(error);
    throw error;
  }
  throw new Error("expected a FatalError");
}

describe("readSourceFile", () => {
  it("reads UTF-8 text relative to the working directory", async () => {
    expect(await readSourceFile("draft.md", dir)).toBe("# Draft\n\n*recalling*\n\na) the WSIS outcomes,\n");
  });

  it("names the file in one line for each kind of bad input", async () => {
    const cases: [string, string][] = [
      ["missing.md", "missing.md: no such file"],
      ["folder.md", "folder.md: is a directory, not a Markdown file"],
      ["empty.md", "empty.md: the file is empty; expected an ITU resolution in Markdown"],
      ["binary.md", "binary.md: is a binary file (it contains NUL bytes), not Markdown text"],
      ["latin1.md", "latin1.md:1: is not valid UTF-8 text (line 1, byte offset 3); save it as UTF-8"],
      ["utf16.md", "utf16.md: is UTF-16 text; save it as UTF-8"],
    ];
    for (const [name, message] of cases) expect(await fatal(() => readSourceFile(name, dir))).toBe(message);
  });

  it("reports a file it cannot open, in one line naming the file (as root too)", async () => {
    const cases: [string, string][] = [
      // A symbolic link to itself: ELOOP.
      ["loop.md", "loop.md: cannot be read (a symbolic link that leads back to itself)"],
      // A path through a regular file: ENOTDIR.
      [
        "draft.md/resolution.md",
        "draft.md/resolution.md: no such file (part of the path is a file, not a folder)",
      ],
    ];
    for (const [name, message] of cases) expect(await fatal(() => readSourceFile(name, dir))).toBe(message);
  });

  it("says why a file may not be read when permission is denied", () => {
    // As root a file without read permission is still read, so the wording is checked on the error.
    const denied = (code: string) => Object.assign(new Error(`${code}: operation not permitted`), { code });
    expect(readProblem(denied("EACCES"))).toBe("cannot be read (permission denied)");
    expect(readProblem(denied("EPERM"))).toBe("cannot be read (permission denied)");
  });
});

describe("loadResolutions", () => {
  const files = ["res-140.md", "itu-r-61.md", "wtsa-75.md", "wtdc-30.md"];
  const roles = (byRole: Record<string, { file: string; roleSource: string | null }>) =>
    Object.fromEntries(Object.entries(byRole).map(([role, r]) => [role, `${r.file} (${r.roleSource})`]));

  it("takes positional files and detects their roles", async () => {
    const { byRole, diagnostics } = await loadResolutions({ files, cwd: dir });
    expect(roles(byRole)).toEqual({
      pp: "res-140.md (front-matter)",
      "ITU-R": "itu-r-61.md (content)",
      "ITU-T": "wtsa-75.md (content)",
      "ITU-D": "wtdc-30.md (content)",
    });
    expect(diagnostics).toEqual([]);
  });

  it("takes files named by flag", async () => {
    const { byRole } = await loadResolutions({
      pp: "res-140.md",
      ituR: "itu-r-61.md",
      ituT: "wtsa-75.md",
      ituD: "draft.md",
      cwd: dir,
    });
    expect(roles(byRole)["ITU-D"]).toBe("draft.md (flag)");
  });

  it("mixes flags and positional files, reading a file given both ways once", async () => {
    const { byRole } = await loadResolutions({
      files: ["res-140.md", "itu-r-61.md", "wtsa-75.md", join(dir, "draft.md")],
      ituD: "draft.md",
      cwd: dir,
    });
    expect(roles(byRole)["ITU-D"]).toBe("draft.md (flag)");
  });

  it("reports every file that cannot be read, in one line", async () => {
    expect(
      await fatal(() => loadResolutions({ files: ["res-140.md", "missing.md", "empty.md"], cwd: dir })),
    ).toBe(
      "2 files cannot be used: missing.md: no such file; empty.md: the file is empty; expected an ITU resolution in Markdown",
    );
  });

  it("needs at least one file", async () => {
    expect(await fatal(() => loadResolutions({ cwd: dir }))).toBe(
      "no resolution files given; pass the four files, or name them with --pp --itu-r --itu-t --itu-d",
    );
  });
});

/** Reading resolution files: one-line fatal errors naming the file; loading the four by flag or position. */
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FatalError } from "../../src/diagnostics/index.js";
import { loadResolutions, readSourceFile } from "../../src/io/inputs.js";
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
  writeFileSync(join(dir, "locked.md"), "*recalling*\n\na) x,\n");
  chmodSync(join(dir, "locked.md"), 0o000);
  for (const name of ["res-140.md", "itu-r-61.md", "wtsa-75.md", "wtdc-30.md"]) {
    copyFileSync(new URL(name, fixtures), join(dir, name));
  }
  writeFileSync(join(dir, "draft.md"), "# Draft\n\n*recalling*\n\na) the WSIS outcomes,\n");
});

afterAll(() => {
  chmodSync(join(dir, "locked.md"), 0o644);
  rmSync(dir, { recursive: true, force: true });
});

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

  it("reports a file it may not read", async ({ skip }) => {
    if (process.getuid?.() === 0) skip("root reads any file");
    expect(await fatal(() => readSourceFile("locked.md", dir))).toBe(
      "locked.md: cannot be read (permission denied)",
    );
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

import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import * as fsp from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { FatalError } from "../../src/diagnostics/index.js";
import { type WriteFs, writeOutputs } from "../../src/io/write.js";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), "wsis-write-"));
  dirs.push(d);
  return d;
}

const files = (dir: string) => [
  { path: join(dir, "out", "a.md"), content: "A\n" },
  { path: join(dir, "out", "b.md"), content: "B\n" },
  { path: join(dir, "out", "c.json"), content: "{}\n" },
];

/** The real file system, with `rename` failing on its n-th call. */
function failingRename(n: number): WriteFs {
  let calls = 0;
  return {
    ...(fsp as unknown as WriteFs),
    rename: async (from: string, to: string) => {
      calls += 1;
      if (calls === n) throw Object.assign(new Error("EIO: simulated failure"), { code: "EIO" });
      await fsp.rename(from, to);
    },
  };
}

describe("writeOutputs", () => {
  it("writes every file, creating the folder, and leaves no temporary file", async () => {
    const dir = tempDir();
    await writeOutputs(files(dir));
    expect(readdirSync(join(dir, "out")).sort()).toEqual(["a.md", "b.md", "c.json"]);
    expect(readFileSync(join(dir, "out", "b.md"), "utf8")).toBe("B\n");
  });

  it("keeps existing outputs unless forced, and then replaces them", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "out"));
    writeFileSync(join(dir, "out", "b.md"), "old\n");
    const attempt = writeOutputs(files(dir));
    await expect(attempt).rejects.toThrow(FatalError);
    await expect(writeOutputs(files(dir))).rejects.toThrow(
      /output exists; use --force to replace the outputs/,
    );
    // Nothing was written: not even the files that did not exist.
    expect(readdirSync(join(dir, "out"))).toEqual(["b.md"]);
    expect(readFileSync(join(dir, "out", "b.md"), "utf8")).toBe("old\n");
    await writeOutputs(files(dir), { force: true });
    expect(readFileSync(join(dir, "out", "b.md"), "utf8")).toBe("B\n");
    expect(readdirSync(join(dir, "out")).sort()).toEqual(["a.md", "b.md", "c.json"]);
  });

  it("never overwrites an input, even with --force or through a symbolic link", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "out"));
    writeFileSync(join(dir, "out", "a.md"), "INPUT\n");
    const inputs = [join(dir, "out", "a.md")];
    await expect(writeOutputs(files(dir), { force: true, inputs })).rejects.toThrow(
      /refusing to overwrite an input/,
    );
    expect(readFileSync(join(dir, "out", "a.md"), "utf8")).toBe("INPUT\n");
    expect(readdirSync(join(dir, "out"))).toEqual(["a.md"]);

    const other = tempDir();
    writeFileSync(join(other, "input.md"), "INPUT\n");
    symlinkSync(join(other, "input.md"), join(dir, "out", "b.md"));
    await expect(
      writeOutputs(files(dir), { force: true, inputs: [join(other, "input.md")] }),
    ).rejects.toThrow(/refusing to overwrite an input/);
    expect(readFileSync(join(other, "input.md"), "utf8")).toBe("INPUT\n");
  });

  it("resolves relative paths against cwd", async () => {
    const dir = tempDir();
    await writeOutputs([{ path: "x/y.md", content: "Y" }], { cwd: dir });
    expect(readFileSync(join(dir, "x", "y.md"), "utf8")).toBe("Y");
  });

  it("leaves no partial output when a rename fails midway (new files removed)", async () => {
    const dir = tempDir();
    await expect(writeOutputs(files(dir), { fs: failingRename(3) })).rejects.toThrow(
      /could not write the outputs \(nothing was changed\): EIO: simulated failure/,
    );
    expect(readdirSync(join(dir, "out"))).toEqual([]);
  });

  it("restores replaced outputs when a rename fails midway with --force", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "out"));
    writeFileSync(join(dir, "out", "a.md"), "old A\n");
    writeFileSync(join(dir, "out", "c.json"), "old C\n");
    await expect(writeOutputs(files(dir), { force: true, fs: failingRename(3) })).rejects.toThrow(FatalError);
    expect(readdirSync(join(dir, "out")).sort()).toEqual(["a.md", "c.json"]);
    expect(readFileSync(join(dir, "out", "a.md"), "utf8")).toBe("old A\n");
    expect(readFileSync(join(dir, "out", "c.json"), "utf8")).toBe("old C\n");
  });

  it("removes the temporary files when writing one fails", async () => {
    const dir = tempDir();
    let calls = 0;
    const fs: WriteFs = {
      ...(fsp as unknown as WriteFs),
      writeFile: async (path, data, options) => {
        calls += 1;
        if (calls === 2)
          throw Object.assign(new Error("ENOSPC: no space left on device"), { code: "ENOSPC" });
        await fsp.writeFile(path, data, options);
      },
    };
    await expect(writeOutputs(files(dir), { fs })).rejects.toThrow(/ENOSPC/);
    expect(existsSync(join(dir, "out")) ? readdirSync(join(dir, "out")) : []).toEqual([]);
  });
});

describe("writeOutputs when the process is interrupted", () => {
  // A child process writes three outputs (one replacing an existing file) with a file system that
  // sends the process a signal halfway (after the first rename); the handler must undo everything.
  const script = (dir: string, signal: string) => `
    import * as fsp from "node:fs/promises";
    import { writeOutputs } from ${JSON.stringify(new URL("../../dist/src/io/write.js", import.meta.url).href)};
    let renames = 0;
    const fs = { ...fsp, rename: async (a, b) => {
      await fsp.rename(a, b);
      if (++renames === 1) { process.kill(process.pid, ${JSON.stringify(signal)}); await new Promise((r) => setTimeout(r, 5000)); }
    } };
    const out = ${JSON.stringify(join(dir, "out"))};
    await writeOutputs([
      { path: out + "/a.md", content: "A\\n" },
      { path: out + "/b.md", content: "B\\n" },
      { path: out + "/c.json", content: "{}\\n" },
    ], { force: true, fs });
  `;

  for (const [signal, code] of [
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ] as const) {
    it(`${signal} leaves no temporary or half-written file, and existing outputs as they were`, async () => {
      const { spawnSync } = await import("node:child_process");
      const dir = tempDir();
      mkdirSync(join(dir, "out"));
      writeFileSync(join(dir, "out", "a.md"), "old A\n");
      const run = spawnSync(process.execPath, ["--input-type=module", "-e", script(dir, signal)], {
        encoding: "utf8",
        timeout: 10_000,
      });
      expect(run.status, run.stderr).toBe(code);
      expect(readdirSync(join(dir, "out"))).toEqual(["a.md"]);
      expect(readFileSync(join(dir, "out", "a.md"), "utf8")).toBe("old A\n");
    });
  }
});

/**
 * The bad-input matrix: every kind of unusable input file (missing, empty, binary, UTF-16, invalid
 * UTF-8, a directory, no keyword section, unreadable) given to every command that reads resolutions,
 * the settings files (--config, --terms, --baseline) likewise, and every kind of unusable output
 * (`--out` an existing file or inside one, an output that would replace an input). Each cell, run
 * in-process: exit 2, one line on stderr naming the file, nothing on stdout, no stack trace, and the
 * working folder exactly as it was (no output, no temporary file, nothing replaced).
 */
import { createHash } from "node:crypto";
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type CliRun, repoRoot, runInProcess } from "../helpers/cli.js";

const fixture = (name: string) => join(repoRoot, "fixtures/resolutions", name);
const PP = fixture("res-140.md");
const SECTORS = ["itu-r-61.md", "wtsa-75.md", "wtdc-30.md"].map(fixture);
const ROOT = process.getuid?.() === 0;

const temps: string[] = [];
afterAll(() => {
  for (const t of temps) {
    chmodAll(t);
    rmSync(t, { recursive: true, force: true });
  }
});

/** Gives back every permission taken in a test, so the folder can be removed. */
function chmodAll(path: string): void {
  try {
    chmodSync(path, 0o755);
    if (statSync(path).isDirectory()) for (const name of readdirSync(path)) chmodAll(join(path, name));
  } catch {
    // gone already
  }
}

function workDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "wsis-matrix-"));
  temps.push(dir);
  return dir;
}

/** Every path under `dir` (dotfiles included) with a hash of each file's bytes. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (at: string, prefix: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      const name = prefix + entry.name;
      if (entry.isDirectory()) {
        out[`${name}/`] = "folder";
        walk(path, `${name}/`);
      } else {
        let content = "unreadable";
        try {
          content = createHash("sha256").update(readFileSync(path)).digest("hex");
        } catch {
          // a file made unreadable on purpose
        }
        out[name] = content;
      }
    }
  };
  walk(dir, "");
  return out;
}

/** Runs `argv` in `dir` and checks the shape every cell shares; returns the run for its message. */
async function refused(dir: string, argv: string[], named: string): Promise<CliRun> {
  const before = snapshot(dir);
  const run = await runInProcess(argv, { cwd: dir });
  expect(run.code, run.stderr).toBe(2);
  expect(run.stdout).toBe("");
  expect(run.stderr).toMatch(/^[^\n]+\n$/);
  expect(run.stderr).not.toMatch(/\n\s+at |internal error/);
  // The file is named first, as given (and its line where there is one).
  const [, file, line] = /^wsis-consolidate: (.+?)(?::(\d+))?: /.exec(run.stderr) ?? [];
  expect(file, run.stderr).toBe(named);
  if (line !== undefined) expect(Number(line)).toBeGreaterThan(0);
  expect(snapshot(dir)).toEqual(before);
  return run;
}

interface BadInput {
  kind: string;
  /** Writes the bad file (or not) in `dir`; returns its name. */
  make: (dir: string) => string;
  message: RegExp;
  skip?: boolean;
}

const INPUTS: BadInput[] = [
  { kind: "a missing file", make: () => "missing.md", message: /: no such file$/ },
  {
    kind: "an empty file",
    make: (dir) => write(dir, "empty.md", ""),
    message: /: the file is empty; expected an ITU resolution in Markdown$/,
  },
  {
    kind: "a binary file",
    make: (dir) => write(dir, "binary.md", Buffer.from([0x2a, 0x72, 0x00, 0x01, 0xff, 0x0a])),
    message: /: is a binary file \(it contains NUL bytes\), not Markdown text$/,
  },
  {
    kind: "UTF-16 text",
    make: (dir) =>
      write(
        dir,
        "utf16.md",
        Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("*resolves*", "utf16le")]),
      ),
    message: /: is UTF-16 text; save it as UTF-8$/,
  },
  {
    kind: "text that is not UTF-8 (Latin-1)",
    make: (dir) =>
      write(dir, "latin1.md", Buffer.from("*recalling*\n\na) the r\u00e9solution of 2005,\n", "latin1")),
    message: /:3: is not valid UTF-8 text \(line 3, byte offset 21\); save it as UTF-8$/,
  },
  {
    kind: "a directory",
    make: (dir) => {
      mkdirSync(join(dir, "folder.md"));
      return "folder.md";
    },
    message: /: is a directory, not a Markdown file$/,
  },
  {
    kind: "a text with no keyword section",
    make: (dir) => write(dir, "notes.md", "# Notes\n\nA page about the Summit, with no resolution in it.\n"),
    message: /: no keyword section found .*is this an ITU resolution\?$/,
  },
  {
    kind: "an unreadable file (chmod 000)",
    make: (dir) => {
      const name = write(dir, "locked.md", readFileSync(PP));
      chmodSync(join(dir, name), 0o000);
      return name;
    },
    message: /: cannot be read \(permission denied\)$/,
    // root reads every file whatever its mode
    skip: ROOT,
  },
];

function write(dir: string, name: string, content: string | Buffer): string {
  writeFileSync(join(dir, name), content);
  return name;
}

/** Each command that reads resolutions, with the bad file among its inputs. */
const COMMANDS: { command: string; argv: (bad: string) => string[] }[] = [
  { command: "parse", argv: (bad) => ["parse", bad] },
  { command: "analyze", argv: (bad) => ["analyze", "--pp", bad, ...SECTORS] },
  {
    command: "propose",
    argv: (bad) => ["propose", "--out", "out", PP, SECTORS[0] as string, bad, SECTORS[2] as string],
  },
  {
    command: "report (html)",
    argv: (bad) => ["report", "--out", "report.html", PP, ...SECTORS.slice(0, 2), bad],
  },
  {
    command: "report (docx)",
    argv: (bad) => ["report", "--format", "docx", "--out", "proposals", bad, ...SECTORS],
  },
  {
    command: "report (md)",
    argv: (bad) => ["report", "--format", "md", "--out", "report.md", PP, bad, ...SECTORS.slice(1)],
  },
  { command: "check (one file)", argv: (bad) => ["check", bad] },
  {
    command: "check (four files)",
    argv: (bad) => ["check", "--format", "sarif", PP, bad, ...SECTORS.slice(1)],
  },
];

describe("a bad resolution file, given to each command", () => {
  for (const input of INPUTS) {
    for (const { command, argv } of COMMANDS) {
      it.skipIf(input.skip === true)(`${command}: ${input.kind}`, async () => {
        const dir = workDir();
        const bad = input.make(dir);
        const run = await refused(dir, argv(bad), bad);
        expect(run.stderr.trimEnd()).toMatch(input.message);
      });
    }
  }
});

/** Settings files: each bad kind, on each command that reads it. */
const SETTINGS: { option: string; commands: string[] }[] = [
  { option: "--config", commands: ["analyze", "propose", "report", "check"] },
  { option: "--terms", commands: ["analyze", "propose", "report", "check"] },
  { option: "--baseline", commands: ["check"] },
];
// The message depends on the reader (YAML or JSON); every cell checks the shape: exit 2, one line
// naming the file, nothing written.
const BAD_SETTINGS: BadInput[] = [
  { kind: "a missing file", make: () => "missing.yaml", message: /: (no such config file|.*no such file)$/ },
  {
    kind: "a binary file",
    make: (dir) => write(dir, "binary.yaml", Buffer.from([0x00, 0x01, 0x0a, 0x7b, 0xff])),
    message: /./,
  },
  {
    kind: "UTF-16 text",
    make: (dir) =>
      write(dir, "utf16.yaml", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("a: 1", "utf16le")])),
    message: /./,
  },
  {
    kind: "a directory",
    make: (dir) => {
      mkdirSync(join(dir, "settings"));
      return "settings";
    },
    message: /is a directory, not a (config )?file$/,
  },
  {
    kind: "text that breaks its format",
    make: (dir) => write(dir, "broken.yaml", "key: [unclosed\nother: {\n"),
    message: /./,
  },
];

describe("a bad settings file (--config, --terms, --baseline)", () => {
  for (const { option, commands } of SETTINGS) {
    for (const command of commands) {
      for (const input of BAD_SETTINGS) {
        it(`${command} ${option}: ${input.kind}`, async () => {
          const dir = workDir();
          const bad = input.make(dir);
          const extra =
            command === "propose" ? ["--out", "out"] : command === "report" ? ["--out", "r.html"] : [];
          const run = await refused(dir, [command, option, bad, ...extra, PP, ...SECTORS], bad);
          expect(run.stderr.trimEnd()).toMatch(input.message);
        });
      }
    }
  }
});

interface BadOutput {
  name: string;
  /** Prepares `dir`; returns the arguments and the file the message must name. */
  setup: (dir: string) => { argv: string[]; named: string };
  message: RegExp;
  skip?: boolean;
}

const FOUR = [PP, ...SECTORS];
const aFile = (dir: string) => write(dir, "notes.txt", "the secretariat's notes\n");

const OUTPUTS: BadOutput[] = [
  {
    name: "propose --out an existing file (even with --force)",
    setup: (dir) => ({ argv: ["propose", "--force", "--out", aFile(dir), ...FOUR], named: "notes.txt" }),
    message: /: is a file, so the output folder cannot be made in it; choose another --out$/,
  },
  {
    name: "propose --out inside a file",
    setup: (dir) => ({ argv: ["propose", "--out", `${aFile(dir)}/out`, ...FOUR], named: "notes.txt" }),
    message: /: is a file, so the output folder cannot be made in it/,
  },
  {
    name: "report --out an existing file, without --force",
    setup: (dir) => ({ argv: ["report", "--out", aFile(dir), ...FOUR], named: "notes.txt" }),
    message: /: output exists; use --force to replace the outputs$/,
  },
  {
    name: "report --format md --out an existing file, without --force",
    setup: (dir) => ({
      argv: ["report", "--format", "md", "--out", aFile(dir), ...FOUR],
      named: "notes.txt",
    }),
    message: /: output exists; use --force to replace the outputs$/,
  },
  {
    name: "report --format docx --out an existing file (a folder is needed)",
    setup: (dir) => ({
      argv: ["report", "--format", "docx", "--force", "--out", aFile(dir), ...FOUR],
      named: "notes.txt",
    }),
    message: /: is a file, so the output folder cannot be made in it/,
  },
  {
    name: "report --out inside a file",
    setup: (dir) => ({ argv: ["report", "--out", `${aFile(dir)}/report.html`, ...FOUR], named: "notes.txt" }),
    message: /: is a file, so the output folder cannot be made in it/,
  },
  {
    name: "report --out an existing folder",
    setup: (dir) => {
      mkdirSync(join(dir, "report.html"));
      return { argv: ["report", "--force", "--out", "report.html", ...FOUR], named: "report.html" };
    },
    message: /: an output is a folder$/,
  },
  {
    name: "propose: an output that would replace an input (even with --force)",
    setup: (dir) => {
      // The ITU-T text is kept under the name propose gives its shortened text.
      mkdirSync(join(dir, "texts"));
      copyFileSync(PP, join(dir, "texts/res-140.md"));
      copyFileSync(fixture("wtsa-75.md"), join(dir, "texts/itu-t.shortened.md"));
      return {
        argv: [
          "propose",
          "--force",
          "--out",
          "texts",
          "texts/res-140.md",
          SECTORS[0] as string,
          "texts/itu-t.shortened.md",
          SECTORS[2] as string,
        ],
        named: "texts/itu-t.shortened.md",
      };
    },
    message: /: refusing to overwrite an input file with an output; choose another --out folder$/,
  },
  {
    name: "report --out an input (even with --force)",
    setup: (dir) => {
      copyFileSync(PP, join(dir, "res-140.md"));
      return {
        argv: ["report", "--format", "md", "--force", "--out", "res-140.md", "res-140.md", ...SECTORS],
        named: "res-140.md",
      };
    },
    message: /: refusing to overwrite an input file with an output/,
  },
  {
    name: "propose --out a folder that cannot be written (chmod 555)",
    setup: (dir) => {
      mkdirSync(join(dir, "locked"), 0o555);
      return { argv: ["propose", "--out", "locked", ...FOUR], named: "locked" };
    },
    message: /: could not write the outputs: EACCES/,
    skip: ROOT,
  },
  {
    name: "init: a wsis-consolidate.yaml exists",
    setup: (dir) => {
      write(dir, "wsis-consolidate.yaml", "pp: res-140.md\n");
      return { argv: ["init"], named: "wsis-consolidate.yaml" };
    },
    message: /: exists already; it is left as it is$/,
  },
  {
    name: "init: wsis-consolidate.yaml is a folder",
    setup: (dir) => {
      mkdirSync(join(dir, "wsis-consolidate.yaml"));
      return { argv: ["init"], named: "wsis-consolidate.yaml" };
    },
    message: /: exists already; it is left as it is$/,
  },
];

describe("an output that cannot or must not be written", () => {
  for (const output of OUTPUTS) {
    it.skipIf(output.skip === true)(output.name, async () => {
      const dir = workDir();
      const { argv, named } = output.setup(dir);
      const run = await refused(dir, argv, named);
      expect(run.stderr.trimEnd()).toMatch(output.message);
    });
  }
});

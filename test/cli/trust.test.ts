/**
 * Inputs and outputs a user can trust (bad paths, contradicting flags, standard input, output folders
 * that cannot be made): one table of CLI cases, run in-process and against the built bin.
 */
import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type CliRun, repoRoot, runBin, runInProcess } from "../helpers/cli.js";

const fixture = (name: string) => join(repoRoot, "fixtures/resolutions", name);
const FOUR = ["res-140.md", "itu-r-61.md", "wtsa-75.md", "wtdc-30.md"].map(fixture);

const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "wsis-trust-"));
  temps.push(dir);
  return dir;
}

interface Case {
  name: string;
  argv: (dir: string) => string[];
  stdin?: string | Buffer;
  code: number;
  stdout?: RegExp[];
  stderr?: RegExp[];
  /** Checks the folder afterwards. */
  after?: (dir: string) => void;
}

const oneLine = /^[^\n]+\n$/;

const CASES: Case[] = [
  {
    name: "an output folder that cannot be made (/proc) ends at once with exit 2",
    argv: () => ["propose", "--out", "/proc/wsis-consolidate-test", ...FOUR],
    code: 2,
    stderr: [oneLine, /\/proc\/wsis-consolidate-test: cannot create this output folder/],
  },
  {
    name: "--out inside a regular file is refused, naming the file",
    argv: () => ["propose", "--out", join(repoRoot, "package.json", "out"), ...FOUR],
    code: 2,
    stderr: [oneLine, /package\.json: is a file, so the output folder cannot be made in it/],
  },
  {
    name: "--link-threshold below --threshold is refused with the reason",
    argv: () => ["analyze", "--threshold", "0.7", "--link-threshold", "0.1", ...FOUR],
    code: 2,
    stderr: [oneLine, /--link-threshold \(0\.1\) must not be lower than --threshold \(0\.7\)/],
  },
  {
    name: "propose refuses the same thresholds before writing anything",
    argv: (dir) => ["propose", "--out", join(dir, "o"), "--link-threshold", "0.5", ...FOUR],
    code: 2,
    stderr: [/must not be lower than --threshold \(0\.65\)/],
    after: (dir) => expect(existsSync(join(dir, "o"))).toBe(false),
  },
  {
    name: "a role flag that contradicts the text is obeyed, with a warning naming what the text says",
    argv: () => [
      "analyze",
      "--pp",
      fixture("wtsa-75.md"),
      "--itu-t",
      fixture("res-140.md"),
      fixture("itu-r-61.md"),
      fixture("wtdc-30.md"),
    ],
    code: 0,
    stderr: [
      /wtsa-75\.md {2}warning {2}--pp names this file Resolution 140, but its text says it is the ITU-T resolution .* {2}role-mismatch$/m,
      /res-140\.md {2}warning {2}--itu-t names this file the ITU-T resolution, but its front matter says it is Resolution 140 .* {2}role-mismatch$/m,
    ],
    stdout: [/^Resolution 140: .*wtsa-75\.md/],
  },
  {
    name: "parse --role that contradicts the text warns too",
    argv: () => ["parse", "--role", "ITU-D", fixture("wtsa-75.md")],
    code: 0,
    stderr: [/--role names this file the ITU-D resolution, but its text says it is the ITU-T resolution/],
    stdout: [/role: {5}ITU-D \(given\)/],
  },
  {
    name: "a list nested 3,000 levels deep is refused with its line and the limit, not a stack overflow",
    argv: () => ["parse", "-"],
    stdin: `*resolves*\n\n1 to act.\n\n${Array.from({ length: 3000 }, (_, k) => `${"  ".repeat(k)}- p\n`).join("")}`,
    code: 2,
    stderr: [oneLine, /<stdin>:106: is nested about 101 levels deep here .*the limit is 100/],
  },
  {
    name: "an input over 10 MB is refused before it is read, with its size and the limit",
    argv: (dir) => {
      const file = join(dir, "huge.md");
      writeFileSync(file, `*resolves*\n\n1 ${"word ".repeat(2_300_000)}\n`);
      return ["analyze", "--pp", file, FOUR[1] as string, FOUR[2] as string, FOUR[3] as string];
    },
    code: 2,
    stderr: [oneLine, /huge\.md: is 11 MB; the limit is 10 MB for one input/],
  },
  {
    name: "standard input over 10 MB is refused",
    argv: () => ["parse", "-"],
    stdin: `*resolves*\n\n1 ${"word ".repeat(2_300_000)}\n`,
    code: 2,
    stderr: [oneLine, /<stdin>: is more than 10 MB; the limit is 10 MB for one input/],
  },
  {
    name: "20,000 emphasis marks on a line, paired or not, are read",
    argv: () => ["parse", "-"],
    stdin: `*resolves*\n\n1 that ${"*a* _b_ ".repeat(5_000)}end;\n\n2 that ${"*c ".repeat(10_000)}end.\n`,
    code: 0,
    stdout: [/^3 {4}1 {5}that a b a b a b /m, /^5 {4}2 {5}that \*c \*c \*c /m],
  },
  {
    name: "emphasis marks that only the full Markdown reader takes are refused past 20,000, with the line",
    argv: () => ["parse", "-"],
    stdin: `*resolves*\n\n1 to act;\n\n2 that ${"*a* ".repeat(15_000)}*b end.\n`,
    code: 2,
    stderr: [oneLine, /<stdin>:5: has 30,001 Markdown marks .* the limit is 20,000, passed on this line/],
  },
  {
    name: "parse - reads standard input",
    argv: () => ["parse", "-"],
    stdin: "*recalling*\n\na) the outcomes of the Summit;\n\n*resolves*\n\n1 to act.\n",
    code: 0,
    stdout: [/^<stdin>\n/, /recalling/, /resolves/],
  },
  {
    name: "parse - with empty standard input is one line and exit 2",
    argv: () => ["parse", "-"],
    stdin: "",
    code: 2,
    stderr: [oneLine, /<stdin>: the file is empty/],
  },
  {
    name: "parse - with UTF-16 on standard input names it",
    argv: () => ["parse", "-"],
    stdin: Buffer.from([0xff, 0xfe, 0x41, 0x00]),
    code: 2,
    stderr: [oneLine, /<stdin>: is UTF-16 text/],
  },
  {
    name: "check - reads standard input, and its findings name <stdin>",
    argv: () => ["check", "--pp", fixture("res-140.md"), "--itu-t", "-"],
    stdin: readFileSync(fixture("wtsa-75.md")),
    code: 1,
    // Resolution 140 is "Rev. Dubai, 2018" in the bundled set, and WTSA 75 cites that: no citation-target.
    stdout: [/^<stdin>:10:3 {2}error {2}Item "b\)" of "recalling" says what Resolution 140 recalling a\)/m],
  },
  {
    name: "check - detects the role of standard input from its text",
    argv: () => ["check", "--format", "json", "-"],
    stdin: readFileSync(fixture("wtdc-30.md")),
    code: 0,
    stdout: [/"role": "ITU-D",\s*"file": "<stdin>"/],
  },
  {
    name: "check - with empty standard input is one line and exit 2",
    argv: () => ["check", "-"],
    stdin: "",
    code: 2,
    stderr: [oneLine, /<stdin>: the file is empty/],
  },
  {
    name: "analyze - is refused: standard input is for parse and check",
    argv: () => ["analyze", "-", ...FOUR.slice(1)],
    stdin: readFileSync(fixture("res-140.md")),
    code: 2,
    stderr: [oneLine, /<stdin>: standard input is read by parse and check only/],
  },
  {
    name: "a file name with a line break is written escaped: the error stays one line",
    argv: () => ["parse", "new\nline.md"],
    code: 2,
    stderr: [oneLine, /^wsis-consolidate: new\\nline\.md: no such file\n$/],
  },
];

function check(run: CliRun, c: Case, dir: string): void {
  expect(run.code, run.stderr).toBe(c.code);
  for (const pattern of c.stdout ?? []) expect(run.stdout).toMatch(pattern);
  for (const pattern of c.stderr ?? []) expect(run.stderr).toMatch(pattern);
  expect(run.stderr).not.toMatch(/\n\s+at |internal error/);
  c.after?.(dir);
}

describe("trustworthy inputs and outputs, in-process", () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const dir = tempDir();
      const run = await runInProcess(c.argv(dir), {
        cwd: dir,
        ...(c.stdin === undefined ? {} : { stdin: c.stdin }),
      });
      check(run, c, dir);
    });
  }
});

describe("trustworthy inputs and outputs, built bin", () => {
  for (const c of CASES) {
    it(c.name, () => {
      const dir = tempDir();
      const started = Date.now();
      const run = runBin(c.argv(dir), { cwd: dir, ...(c.stdin === undefined ? {} : { stdin: c.stdin }) });
      check(run, c, dir);
      // Nothing may hang: every case ends well within the spawn timeout.
      expect(Date.now() - started).toBeLessThan(15_000);
      expect(readdirSync(dir)).toEqual(readdirSync(dir).filter((n) => !n.startsWith(".")));
    });
  }
});

describe("diffs that apply wherever the inputs are", () => {
  const NAMES = ["res 140.md", "itu-r 61.md", "wtsa 75.md", "wtdc 30.md"];
  const SOURCES = ["res-140.md", "itu-r-61.md", "wtsa-75.md", "wtdc-30.md"];
  const copyInputs = (folder: string) => {
    mkdirSync(folder, { recursive: true });
    SOURCES.forEach((source, k) => {
      copyFileSync(fixture(source), join(folder, NAMES[k] as string));
    });
  };
  const applies = (folder: string, diff: string) => {
    for (const [program, args] of [
      ["patch", ["-p1", "--dry-run", "-i", diff]],
      ["git", ["apply", "--check", diff]],
    ] as const) {
      const run = spawnSync(program, [...args], { cwd: folder, encoding: "utf8" });
      expect(run.status, `${program} in ${folder}: ${run.stdout}${run.stderr}`).toBe(0);
    }
  };

  it("names an input outside the working folder by its file name: apply in the input's folder", async () => {
    const dir = tempDir();
    const texts = join(dir, "my texts");
    copyInputs(texts);
    spawnSync("git", ["init", "-q"], { cwd: texts });
    const work = join(dir, "work");
    mkdirSync(work);
    const run = await runInProcess(["propose", "--out", "o", ...NAMES.map((n) => join(texts, n))], {
      cwd: work,
    });
    expect(run.code, run.stderr).toBe(0);
    const diff = readFileSync(join(work, "o", "itu-t.diff"), "utf8");
    expect(diff.split("\n").slice(0, 2)).toEqual(["--- a/wtsa 75.md\t", "+++ b/wtsa 75.md\t"]);
    applies(texts, join(work, "o", "itu-t.diff"));
    // Resolution 140 changes most: its diff is written beside the Sectors' (issue 9).
    const pp = readFileSync(join(work, "o", "resolution-140.diff"), "utf8");
    expect(pp.split("\n").slice(0, 2)).toEqual(["--- a/res 140.md\t", "+++ b/res 140.md\t"]);
    applies(texts, join(work, "o", "resolution-140.diff"));
  });

  it("names an input under the working folder by its relative path: apply there", async () => {
    const dir = tempDir();
    copyInputs(join(dir, "my texts"));
    spawnSync("git", ["init", "-q"], { cwd: dir });
    const run = await runInProcess(["propose", "--out", "o", ...NAMES.map((n) => `my texts/${n}`)], {
      cwd: dir,
    });
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(join(dir, "o", "itu-d.diff"), "utf8").split("\n")[0]).toBe(
      "--- a/my texts/wtdc 30.md\t",
    );
    applies(dir, join(dir, "o", "itu-d.diff"));
    applies(dir, join(dir, "o", "resolution-140.diff"));
  });
});

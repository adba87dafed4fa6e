/**
 * `wsis-consolidate parse`: one table of cases, each run in-process (fake io) and against the built
 * bin. Output goes to stdout alone, diagnostics to stderr; bad input is one line on stderr, exit 2.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Outline } from "../../src/render/outline.js";
import { type CliRun, repoRoot, runBin, runInProcess } from "../helpers/cli.js";
import { schemaErrors } from "../helpers/schema.js";

const dir = mkdtempSync(join(tmpdir(), "wsis-parse-cli-"));
mkdirSync(join(dir, "folder.md"));
writeFileSync(join(dir, "empty.md"), "");
writeFileSync(join(dir, "binary.md"), Buffer.from([0x2a, 0x72, 0x00, 0xff, 0x0a]));
writeFileSync(join(dir, "latin1.md"), Buffer.from("*recalling*\n\na) la r\u00e9solution,\n", "latin1"));
writeFileSync(join(dir, "notes.md"), "# Notes\n\nA page about WSIS without any resolution structure.\n");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const WTSA = "fixtures/resolutions/wtsa-75.md";
const SHAPES = "fixtures/shapes";

interface Case {
  name: string;
  argv: string[];
  cwd?: string;
  code: number;
  check: (run: CliRun) => void;
}

const oneLineError = (line: string) => (run: CliRun) => {
  expect(run.stdout).toBe("");
  expect(run.stderr).toBe(`wsis-consolidate: ${line}\n`);
};

const CASES: Case[] = [
  {
    name: "prints a readable outline",
    argv: ["parse", WTSA],
    code: 0,
    check: (run) => {
      expect(run.stderr).toBe("");
      const lines = run.stdout.split("\n");
      expect(lines.slice(0, 4)).toEqual([
        WTSA,
        "role:     ITU-T (from the text)",
        "number:   75",
        "revision: Rev. Geneva, 2022",
      ]);
      expect(lines).toContain(" 7  recalling  [recalling, preambular]");
      expect(lines).toContain("50    1     that ITU-T shall continue to:");
      expect(lines).toContain(
        "51      i)    take the WSIS Action Lines and the SDG targets into account when setting its priori…",
      );
    },
  },
  {
    name: "prints JSON alone on stdout",
    argv: ["parse", "--format", "json", WTSA],
    code: 0,
    check: (run) => {
      expect(run.stderr).toBe("");
      const outline = JSON.parse(run.stdout) as Outline;
      expect([outline.role, outline.number, outline.revision, outline.eol]).toEqual([
        "ITU-T",
        "75",
        "Rev. Geneva, 2022",
        "LF",
      ]);
      expect(outline.title).toBe(
        "Contribution of the ITU Telecommunication Standardization Sector to implementing the WSIS outcomes, taking into account the 2030 Agenda for Sustainable Development",
      );
      const first = outline.sections[0];
      expect([first?.keyword, first?.family, first?.kind, first?.line]).toEqual([
        "recalling",
        "recalling",
        "preambular",
        7,
      ]);
      expect(first?.items[0]).toMatchObject({
        label: "a)",
        labelRaw: "a)",
        line: 9,
        column: 3,
        subitems: [],
      });
      const resolves = outline.sections.find((s) => s.keyword === "resolves");
      expect(resolves?.items[0]?.subitems.map((s) => [s.label, s.line])).toEqual([
        ["i)", 51],
        ["ii)", 52],
        ["iii)", 53],
      ]);
    },
  },
  {
    name: "writes diagnostics to stderr and still prints the structure",
    argv: ["parse", "--format", "json", `${SHAPES}/diagnostics.md`],
    code: 0,
    check: (run) => {
      expect(run.stderr.trim().split("\n")).toEqual([
        `${SHAPES}/diagnostics.md:7:1   warning  Item "a)" stands before any keyword line; put the keyword (such as *recalling*) above it.  item-before-keyword`,
        `${SHAPES}/diagnostics.md:13:1  warning  Label "c)" follows "a)"; expected "b)". Fix the numbering, or add the missing item.  label-sequence`,
        `${SHAPES}/diagnostics.md:15:1  warning  Label "c)" repeats the label of the item before it; re-letter or renumber the items.  label-repeated`,
        `${SHAPES}/diagnostics.md:17:1  warning  This paragraph has no label and belongs to no item; give it a label, join it to the item above, or move it after the operative part.  orphan-text`,
        `${SHAPES}/diagnostics.md:19:1  warning  "having heard" looks like a keyword line but is not a known keyword; use a known one (see the README), or make it part of an item.  unknown-keyword`,
        "",
        "✖ 5 problems (0 errors, 5 warnings)",
      ]);
      expect((JSON.parse(run.stdout) as Outline).sections.map((s) => s.keyword)).toEqual([
        "recalling",
        "having heard",
        "resolves",
      ]);
    },
  },
  {
    name: "takes the role from --role",
    argv: ["parse", "--format", "json", "--role", "itu-d", `${SHAPES}/keyword-star.md`],
    code: 0,
    check: (run) => {
      const outline = JSON.parse(run.stdout) as Outline;
      expect([outline.role, outline.roleSource]).toEqual(["ITU-D", "flag"]);
    },
  },
  {
    name: "shows help with examples",
    argv: ["parse", "--help"],
    code: 0,
    check: (run) => {
      expect(run.stdout).toContain("Usage: wsis-consolidate parse [options] <file>");
      expect(run.stdout).toContain("$ wsis-consolidate parse --format json my-draft.md > structure.json");
      // the description is one paragraph, wrapped by commander alone (no line broken mid-sentence)
      expect(run.stdout).not.toMatch(/title, keyword\n/);
      expect(run.stdout.replace(/\s+/g, " ")).toContain("title, keyword sections and their items");
    },
  },
  {
    name: "a missing file",
    argv: ["parse", "missing.md"],
    cwd: dir,
    code: 2,
    check: oneLineError("missing.md: no such file"),
  },
  {
    name: "a directory",
    argv: ["parse", "folder.md"],
    cwd: dir,
    code: 2,
    check: oneLineError("folder.md: is a directory, not a Markdown file"),
  },
  {
    name: "an empty file",
    argv: ["parse", "empty.md"],
    cwd: dir,
    code: 2,
    check: oneLineError("empty.md: the file is empty; expected an ITU resolution in Markdown"),
  },
  {
    name: "a binary file",
    argv: ["parse", "binary.md"],
    cwd: dir,
    code: 2,
    check: oneLineError("binary.md: is a binary file (it contains NUL bytes), not Markdown text"),
  },
  {
    name: "a file that is not UTF-8",
    argv: ["parse", "latin1.md"],
    cwd: dir,
    code: 2,
    check: oneLineError("latin1.md:3: is not valid UTF-8 text (line 3, byte offset 20); save it as UTF-8"),
  },
  {
    name: "a file without keyword sections",
    argv: ["parse", "notes.md"],
    cwd: dir,
    code: 2,
    check: oneLineError(
      "notes.md: no keyword section found (such as *recalling* or *resolves* followed by items); is this an ITU resolution?",
    ),
  },
  {
    name: "an unknown role",
    argv: ["parse", "--role", "WSIS", WTSA],
    code: 2,
    check: oneLineError('--role must be pp, ITU-R, ITU-T or ITU-D, not "WSIS"'),
  },
  {
    name: "an unknown format",
    argv: ["parse", "--format", "xml", WTSA],
    code: 2,
    check: (run) => {
      expect(run.stdout).toBe("");
      expect(run.stderr).toContain("error: option '-f, --format <format>' argument 'xml' is invalid");
    },
  },
  {
    name: "no file",
    argv: ["parse"],
    code: 2,
    check: (run) => expect(run.stderr).toContain("error: missing required argument 'file'"),
  },
];

describe("parse command, in-process", () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const run = await runInProcess(c.argv, { cwd: c.cwd ?? repoRoot });
      expect(run.code).toBe(c.code);
      c.check(run);
    });
  }

  it("prints JSON that schemas/parse.schema.json accepts, for each bundled resolution", async () => {
    for (const name of ["res-140.md", "itu-r-61.md", "wtsa-75.md", "wtdc-30.md"]) {
      const run = await runInProcess(["parse", "--format", "json", `fixtures/resolutions/${name}`]);
      expect(run.code, name).toBe(0);
      expect(schemaErrors("parse", JSON.parse(run.stdout)), name).toEqual([]);
    }
  });
});

describe("parse command, built bin", () => {
  const spawned = [
    "prints JSON alone on stdout",
    "writes diagnostics to stderr and still prints the structure",
    "a missing file",
    "a binary file",
    "a file without keyword sections",
  ];
  for (const c of CASES.filter((entry) => spawned.includes(entry.name))) {
    it(c.name, () => {
      const run = runBin(c.argv, { cwd: c.cwd ?? repoRoot });
      expect(run.code).toBe(c.code);
      c.check(run);
      expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    });
  }

  it("parses every bundled resolution without warnings", () => {
    for (const name of ["res-140.md", "itu-r-61.md", "wtsa-75.md", "wtdc-30.md"]) {
      const run = runBin(["parse", "--format", "json", `fixtures/resolutions/${name}`]);
      expect([run.code, run.stderr], name).toEqual([0, ""]);
      expect((JSON.parse(run.stdout) as Outline).sections.length, name).toBeGreaterThan(5);
    }
  });
});

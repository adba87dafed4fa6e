/**
 * `propose` from the command line: one table of cases, run in-process (fake io) and against the
 * built bin (`npm test` builds first).
 */
import {
  cpSync,
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
import { schemaErrors } from "../helpers/schema.js";

const FIXTURES = ["res-140.md", "itu-r-61.md", "wtsa-75.md", "wtdc-30.md"].map((f) =>
  join(repoRoot, "fixtures/resolutions", f),
);
const OUTPUTS = [
  "consolidation.json",
  "itu-d.diff",
  "itu-d.proposal.docx",
  "itu-d.revision.md",
  "itu-d.shortened.md",
  "itu-r.diff",
  "itu-r.proposal.docx",
  "itu-r.revision.md",
  "itu-r.shortened.md",
  "itu-t.diff",
  "itu-t.proposal.docx",
  "itu-t.revision.md",
  "itu-t.shortened.md",
  "report.html",
  "resolution-140.diff",
  "resolution-140.proposal.docx",
  "resolution-140.proposed.md",
  "resolution-140.revision.md",
];

const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "wsis-cli-"));
  temps.push(dir);
  return dir;
}
const list = (dir: string) => (existsSync(dir) ? readdirSync(dir).sort() : []);

interface Case {
  name: string;
  /** Prepares the folder and returns the arguments. */
  setup: (dir: string) => string[];
  code: number;
  stdout?: RegExp[];
  stderr?: RegExp[];
  /** Checks the folder afterwards. */
  after?: (dir: string) => void;
}

const CASES: Case[] = [
  {
    name: "--help shows the options, the outputs and examples",
    setup: () => ["propose", "--help"],
    code: 0,
    stdout: [
      /--out <dir>/,
      /--include-variants/,
      /--word-diff/,
      /--revision <text>/,
      /--itu-r-meeting <place, year>/,
      /--invite-assemblies/,
      /--proposal-prefix <BODY=PREFIX>/,
      /Examples:/,
      /resolution-140\.proposed\.md/,
    ],
  },
  {
    name: "writes the eighteen outputs (the report and the Word proposals among them) and prints the summary",
    setup: (dir) => ["propose", "--out", join(dir, "out"), ...FIXTURES],
    code: 0,
    stdout: [
      /The three Sectors: [\d,]+ words saved of [\d,]+ \(\d+\.\d%\)/,
      /ITU-T +fixtures\/resolutions\/wtsa-75\.md|ITU-T +\S*wtsa-75\.md/,
      /Wrote 18 files to /,
    ],
    after: (dir) => {
      expect(list(join(dir, "out"))).toEqual(OUTPUTS);
      // consolidation.json names every file written beside it, the report and Word proposals included.
      const plan = JSON.parse(readFileSync(join(dir, "out", "consolidation.json"), "utf8"));
      expect([...plan.outputs].sort()).toEqual([...OUTPUTS].sort());
    },
  },
  {
    name: "keeps existing outputs without --force",
    setup: (dir) => {
      mkdirSync(join(dir, "out"));
      writeFileSync(join(dir, "out", "itu-t.diff"), "mine\n");
      return ["propose", "--out", join(dir, "out"), ...FIXTURES];
    },
    code: 2,
    stderr: [/itu-t\.diff: output exists; use --force to replace the outputs/],
    after: (dir) => {
      expect(list(join(dir, "out"))).toEqual(["itu-t.diff"]);
      expect(readFileSync(join(dir, "out", "itu-t.diff"), "utf8")).toBe("mine\n");
    },
  },
  {
    name: "replaces existing outputs with --force",
    setup: (dir) => {
      mkdirSync(join(dir, "out"));
      writeFileSync(join(dir, "out", "itu-t.diff"), "mine\n");
      return ["propose", "--out", join(dir, "out"), "--force", ...FIXTURES];
    },
    code: 0,
    after: (dir) => {
      expect(list(join(dir, "out"))).toEqual(OUTPUTS);
      expect(readFileSync(join(dir, "out", "itu-t.diff"), "utf8")).toMatch(/^--- a\//);
    },
  },
  {
    name: "never overwrites an input, even with --force",
    setup: (dir) => {
      mkdirSync(join(dir, "out"));
      const input = join(dir, "out", "itu-r.shortened.md");
      cpSync(FIXTURES[1] as string, input);
      return [
        "propose",
        "--out",
        join(dir, "out"),
        "--force",
        FIXTURES[0] as string,
        input,
        FIXTURES[2] as string,
        FIXTURES[3] as string,
      ];
    },
    code: 2,
    stderr: [/itu-r\.shortened\.md: refusing to overwrite an input file with an output/],
    after: (dir) => {
      expect(list(join(dir, "out"))).toEqual(["itu-r.shortened.md"]);
      expect(readFileSync(join(dir, "out", "itu-r.shortened.md"), "utf8")).toBe(
        readFileSync(FIXTURES[1] as string, "utf8"),
      );
    },
  },
  {
    name: "writes nothing when the output folder cannot be made",
    setup: (dir) => {
      writeFileSync(join(dir, "out"), "a file where the folder should be\n");
      return ["propose", "--out", join(dir, "out", "sub"), ...FIXTURES];
    },
    code: 2,
    stderr: [/out: is a file, so the output folder cannot be made in it/],
    after: (dir) => expect(list(dir)).toEqual(["out"]),
  },
  {
    name: "needs all four roles",
    setup: (dir) => ["propose", "--out", join(dir, "out"), ...FIXTURES.slice(0, 3)],
    code: 2,
    stderr: [/no ITU-D resolution/i, /--itu-d/],
    after: (dir) => expect(list(dir)).toEqual([]),
  },
  {
    name: "rejects a revision that does not read like one",
    setup: (dir) => ["propose", "--out", join(dir, "out"), "--revision", "Bucharest 2022", ...FIXTURES],
    code: 2,
    stderr: [/--revision must read like "Rev\. Doha, 2026", or "Rev\. \[Place\], \[Year\]" while unknown/],
  },
  {
    name: "refuses a --revision older than Resolution 140's own, naming both",
    setup: (dir) => ["propose", "--out", join(dir, "out"), "--revision", "Rev. Busan, 2014", ...FIXTURES],
    code: 2,
    stderr: [
      /res-140\.md: --revision "Rev\. Busan, 2014" is older than the text's own revision "Rev\. Dubai, 2018"/,
    ],
    after: (dir) => expect(list(dir)).toEqual([]),
  },
  {
    name: "refuses a Sector meeting older than the Sector text's own",
    setup: (dir) => ["propose", "--out", join(dir, "out"), "--itu-t-meeting", "Hammamet, 2016", ...FIXTURES],
    code: 2,
    stderr: [
      /wtsa-75\.md: --itu-t-meeting "Hammamet, 2016" is older than the text's own revision "Rev\. Geneva, 2022"/,
    ],
  },
  {
    name: "rejects a Sector meeting that does not read like one",
    setup: (dir) => ["propose", "--out", join(dir, "out"), "--itu-d-meeting", "WTDC-25", ...FIXTURES],
    code: 2,
    stderr: [
      /--itu-d-meeting must read like "Geneva, 2027", or "\[Place\], \[Year\]" while unknown, not "WTDC-25"/,
    ],
  },
  {
    name: "rejects a proposal prefix for no known body",
    setup: (dir) => ["propose", "--out", join(dir, "out"), "--proposal-prefix", "WTSA=ACP/1", ...FIXTURES],
    code: 2,
    stderr: [/--proposal-prefix must read BODY=PREFIX, BODY one of PP, ITU-R, ITU-T, ITU-D/],
  },
  {
    name: "rejects a proposal prefix given twice for one body",
    setup: (dir) => [
      "propose",
      ...["--out", join(dir, "out"), "--proposal-prefix", "PP=A/1", "--proposal-prefix", "pp=B/2"],
      ...FIXTURES,
    ],
    code: 2,
    stderr: [/--proposal-prefix gives pp twice/],
  },
  {
    name: "without --revision, cites the coming revision pending and invents none",
    setup: (dir) => ["propose", "--out", join(dir, "out"), ...FIXTURES],
    code: 0,
    after: (dir) => {
      const read = (name: string) => readFileSync(join(dir, "out", name), "utf8");
      expect(read("resolution-140.proposed.md")).toContain("RESOLUTION 140 (REV. [PLACE], [YEAR])");
      expect(read("resolution-140.proposed.md")).toContain("Telecommunication Union ([Place], [Year]),");
      expect(read("itu-r.shortened.md")).toMatch(
        /^RESOLUTION ITU-R 61-3\n[\s\S]*Assembly \(\[Place\], \[Year\]\),/,
      );
      expect(read("itu-t.shortened.md")).toContain("# RESOLUTION 75 (REV. [PLACE], [YEAR])");
      expect(read("itu-d.shortened.md")).toContain("Development Conference ([Place], [Year]),");
      for (const role of ["itu-r", "itu-t", "itu-d"]) {
        const recalling = read(`${role}.shortened.md`).match(/Resolution 140 \([^)]*\)/g) ?? [];
        expect(new Set(recalling), role).toEqual(new Set(["Resolution 140 (Rev. [Place], [Year])"]));
      }
      for (const name of list(join(dir, "out")).filter((n) => /\.(md|diff|json)$/.test(n)))
        expect(read(name), name).not.toMatch(/Bucharest/);
    },
  },
  {
    name: "--itu-r-meeting and --itu-t-meeting name each Sector's next meeting in its heading and preamble",
    setup: (dir) => [
      "propose",
      ...["--out", join(dir, "out"), "--itu-r-meeting", "Geneva, 2027", "--itu-t-meeting", "New Delhi, 2028"],
      ...FIXTURES,
    ],
    code: 0,
    after: (dir) => {
      const read = (name: string) => readFileSync(join(dir, "out", name), "utf8");
      expect(read("itu-r.shortened.md")).toMatch(/^RESOLUTION ITU-R 61-3\n[\s\S]*Assembly \(Geneva, 2027\),/);
      expect(read("itu-t.shortened.md")).toContain("# RESOLUTION 75 (REV. NEW DELHI, 2028)");
      expect(read("itu-t.shortened.md")).toContain("Standardization Assembly (New Delhi, 2028),");
      expect(read("itu-t.revision.md")).toContain(
        "# RESOLUTION 75 (REV. {~~GENEVA, 2022~>NEW DELHI, 2028~~})",
      );
      expect(read("itu-d.shortened.md")).toContain("Development Conference ([Place], [Year]),");
    },
  },
  {
    name: "--proposal-prefix numbers each body's proposal; a body without one has no identifier",
    setup: (dir) => [
      "propose",
      ...[
        "--out",
        join(dir, "out"),
        "--proposal-prefix",
        "PP=ACP/64A1",
        "--proposal-prefix",
        "ITU-T=ACP/64A2/",
      ],
      ...FIXTURES,
    ],
    code: 0,
    after: (dir) => {
      const read = (name: string) => readFileSync(join(dir, "out", name), "utf8");
      expect(read("resolution-140.revision.md")).toMatch(/\n\*\*MOD\*\* ACP\/64A1\/1\n\nRESOLUTION 140 /);
      expect(read("itu-t.revision.md")).toMatch(/^\*\*MOD\*\* ACP\/64A2\/1\n\n# RESOLUTION 75 /);
      expect(read("itu-r.revision.md")).toMatch(/^\*\*MOD\*\*\n\nRESOLUTION ITU-R 61/);
    },
  },
  {
    name: "--invite-assemblies: Resolution 140 invites the three Sector meetings to review their resolutions",
    setup: (dir) => ["propose", "--out", join(dir, "out"), "--invite-assemblies", ...FIXTURES],
    code: 0,
    after: (dir) => {
      const proposed = readFileSync(join(dir, "out", "resolution-140.proposed.md"), "utf8");
      expect(proposed).toContain(
        "*invites the Radiocommunication Assembly, the World Telecommunication Standardization Assembly and the World Telecommunication Development Conference*\n\n" +
          "to review Resolution ITU-R 61-2 of the Radiocommunication Assembly, Resolution 75 (Rev. Geneva, 2022) of the World Telecommunication Standardization Assembly and Resolution 30 (Rev. Buenos Aires, 2017) of the World Telecommunication Development Conference in the light of this resolution",
      );
      // It comes last: the Council's item before it now ends with ",".
      expect(proposed).toMatch(/in line with this resolution,\n\n\*invites the Radiocommunication Assembly/);
      expect(proposed.trimEnd()).toMatch(/common to the three Sectors in this resolution\.$/);
      const json = JSON.parse(readFileSync(join(dir, "out", "consolidation.json"), "utf8"));
      expect(schemaErrors("consolidation", json)).toEqual([]);
      expect(json.invitation).toMatchObject({
        keyword: expect.stringMatching(/^invites the Radio/),
        // The only item of its group: written without a label, as ITU does.
        label: null,
      });
      expect(json.additions).toHaveLength(6);
      const revision = readFileSync(join(dir, "out", "resolution-140.revision.md"), "utf8");
      expect(revision).toMatch(
        /\*Reasons:\*.* The Radiocommunication Assembly, .* are invited to review their resolutions accordingly\.\n/,
      );
    },
  },
  {
    name: "rejects a threshold outside (0, 1]",
    setup: (dir) => ["propose", "--out", join(dir, "out"), "--threshold", "2", ...FIXTURES],
    code: 2,
    stderr: [/--threshold must be a number greater than 0 and at most 1/],
  },
  {
    name: "--word-diff prints word diffs, plain without colour",
    setup: (dir) => ["propose", "--out", join(dir, "out"), "--word-diff", ...FIXTURES],
    code: 0,
    stdout: [/@@ line \d+ @@/, /\[-DUBAI-\]\{\+\[PLACE\]\+\}/, /-> .*itu-t\.shortened\.md/],
  },
  {
    name: "--include-variants moves variant groups and lists the wording chosen",
    setup: (dir) => ["propose", "--out", join(dir, "out"), "--include-variants", ...FIXTURES],
    code: 0,
    stdout: [
      // The substantive variants stay (a decision for the delegations); the editorial ones move.
      /4 variants left for the drafters/,
      /Variant moved to Resolution 140 noting c\): the wording ITU-R and ITU-T share\./,
    ],
  },
  {
    name: "reads bullets with a label and five spaces or more (- 1)      text) and keeps their labels",
    setup: (dir) => {
      // The bundled Sector texts with each label written as a bullet followed by six spaces, which
      // CommonMark reads as indented code in the list item (the label was once lost, and the check of
      // the plan stopped propose).
      const files = FIXTURES.map((file, index) => {
        const text = readFileSync(file, "utf8");
        const wide = index === 0 ? text : text.replace(/^(\d{1,2})[.)]? (?=\p{Ll})/gmu, "- $1)      ");
        const copy = join(dir, file.split("/").pop() as string);
        writeFileSync(copy, wide);
        return copy;
      });
      expect(readFileSync(files[3] as string, "utf8")).toMatch(/^- 1\) {6}that /m);
      return ["propose", "--out", join(dir, "out"), ...files];
    },
    code: 0,
    stdout: [/Wrote \d+ files to /],
    after: (dir) => {
      const shortened = readFileSync(join(dir, "out", "itu-d.shortened.md"), "utf8");
      const bundled = readFileSync(
        join(repoRoot, "test/fixtures/propose/bundled/expected/itu-d.shortened.md"),
        "utf8",
      );
      // The same shortened text as from the bundled files, in the bullet shape, items renumbered.
      expect(shortened).toMatch(/^- 3\) {6}that /m);
      expect(shortened.replace(/^- (\d+)\) {6}/gm, "$1 ")).toBe(bundled);
    },
  },
  {
    name: "--revision names the coming revision of Resolution 140",
    setup: (dir) => ["propose", "--out", join(dir, "out"), "--revision", "Rev. Doha, 2026", ...FIXTURES],
    code: 0,
    after: (dir) => {
      const proposed = readFileSync(join(dir, "out", "resolution-140.proposed.md"), "utf8");
      expect(proposed).toContain("RESOLUTION 140 (REV. DOHA, 2026)");
      expect(readFileSync(join(dir, "out", "itu-t.shortened.md"), "utf8")).toContain(
        "Resolution 140 (Rev. Doha, 2026)",
      );
    },
  },
];

const runners: [string, (argv: string[], dir: string) => Promise<CliRun> | CliRun][] = [
  ["in-process", (argv, dir) => runInProcess(argv, { cwd: dir })],
  ["bin", (argv, dir) => runBin(argv, { cwd: dir })],
];

describe.each(runners)("propose (%s)", (_, run) => {
  it.each(CASES)("$name", async (c) => {
    const dir = tempDir();
    const result = await run(c.setup(dir), dir);
    expect(result.code, result.stderr).toBe(c.code);
    for (const re of c.stdout ?? []) expect(result.stdout).toMatch(re);
    for (const re of c.stderr ?? []) expect(result.stderr).toMatch(re);
    if (c.code === 2) {
      // One line, no stack trace.
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
    c.after?.(dir);
  });
});

describe("propose output on a terminal", () => {
  it("colours the summary on a TTY and not with NO_COLOR", async () => {
    const { runCli } = await import("../../src/cli.js");
    const colours: Record<string, string> = {};
    for (const [name, env] of [
      ["tty", {}],
      ["no-color", { NO_COLOR: "1" }],
    ] as const) {
      const dir = tempDir();
      let stdout = "";
      const code = await runCli({
        argv: ["propose", "--out", join(dir, "out"), ...FIXTURES],
        cwd: dir,
        env,
        stdout: { write: (s: string) => (stdout += s), isTTY: true },
        stderr: { write: () => true, isTTY: true },
      });
      expect(code).toBe(0);
      colours[name] = stdout;
    }
    expect(colours.tty).toContain("\u001b[");
    expect(colours["no-color"]).not.toContain("\u001b[");
  });
});

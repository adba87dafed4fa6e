import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli.js";
import type { AnalysisReport } from "../../src/render/analysis.js";
import { runBin, runInProcess } from "../helpers/cli.js";
import { schemaErrors } from "../helpers/schema.js";

const FIXTURES = [
  "fixtures/resolutions/res-140.md",
  "fixtures/resolutions/itu-r-61.md",
  "fixtures/resolutions/wtsa-75.md",
  "fixtures/resolutions/wtdc-30.md",
];
const ESC = "\u001b[";

/** A tiny set of four resolutions in a temporary directory; ITU-T names itself "the T-Sector". */
const dir = mkdtempSync(join(tmpdir(), "wsis-analyze-"));
const doc = (heading: string, preamble: string, items: string[]) =>
  `${heading}\n\nTitle\n\n${preamble}\n\n*resolves*\n\n${items.map((t, i) => `${i + 1} ${t}`).join("\n\n")}\n`;
writeFileSync(
  join(dir, "pp.md"),
  doc("RESOLUTION 140 (REV. DUBAI, 2018)", "The Plenipotentiary Conference (Dubai, 2018),", [
    "that the three Sectors shall publish annual WSIS reports.",
  ]),
);
writeFileSync(
  join(dir, "r.md"),
  doc("RESOLUTION ITU-R 61-2", "The ITU Radiocommunication Assembly (Sharm el-Sheikh, 2019),", [
    "that ITU-R shall publish annual WSIS reports.",
  ]),
);
writeFileSync(
  join(dir, "t.md"),
  doc(
    "RESOLUTION 75 (REV. GENEVA, 2022)",
    "The World Telecommunication Standardization Assembly (Geneva, 2022),",
    ["that the T-Sector shall publish annual WSIS reports."],
  ),
);
writeFileSync(
  join(dir, "d.md"),
  doc(
    "RESOLUTION 30 (REV. BUENOS AIRES, 2017)",
    "The World Telecommunication Development Conference (Buenos Aires, 2017),",
    ["that ITU-D shall publish annual WSIS reports."],
  ),
);
writeFileSync(
  join(dir, "terms.yaml"),
  "concepts:\n  - id: sector\n    forms:\n      ITU-T: [the T-Sector]\n",
);
writeFileSync(join(dir, "bad-terms.yaml"), "concepts:\n  - id: sector\n    forms:\n      ITU-X: [x]\n");
const small = ["--pp", "pp.md", "--itu-r", "r.md", "--itu-t", "t.md", "--itu-d", "d.md"];

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function json(stdout: string): AnalysisReport {
  return JSON.parse(stdout) as AnalysisReport;
}

describe("analyze --format json", () => {
  it("prints the JSON contract alone on stdout and exits 0", async () => {
    const run = await runInProcess(["analyze", "--format", "json", ...FIXTURES]);
    expect(run.code).toBe(0);
    const report = json(run.stdout);
    expect(Object.keys(report)).toEqual(["format", "common", "partial", "summary"]);
    expect(report.format).toBe(2);
    expect(report.common.length).toBeGreaterThan(0);
    for (const group of report.common) {
      expect(["identical", "variant"]).toContain(group.kind);
      expect(group.score).toBeGreaterThan(0);
      expect(group.score).toBeLessThanOrEqual(1);
      expect(group.members.map((m) => m.sector)).toEqual(["ITU-R", "ITU-T", "ITU-D"]);
      for (const m of group.members) {
        expect(m).toMatchObject({ file: expect.stringMatching(/\.md$/), line: expect.any(Number) });
        expect(m.line).toBeGreaterThan(0);
        expect(typeof m.label).toBe("string");
      }
      if (group.pp !== null) expect(group.pp).toMatchObject({ file: FIXTURES[0], line: expect.any(Number) });
      expect(Array.isArray(group.rules)).toBe(true);
      expect(group.kind === "identical" ? group.differences.length === 0 : group.differences.length > 0).toBe(
        true,
      );
    }
    for (const group of report.partial) expect(group.members).toHaveLength(2);
    const { summary } = report;
    expect(summary.common).toBe(report.common.length);
    expect(summary.identical + summary.variant).toBe(summary.common);
    expect(summary.partial).toBe(report.partial.length);
    expect(summary.linkedToPp).toBe(report.common.filter((g) => g.pp?.coverage === "full").length);
    expect(summary.narrowerLinks).toBe(report.common.filter((g) => g.pp?.coverage === "narrower").length);
  });

  it("prints JSON that schemas/analysis.schema.json accepts", async () => {
    const run = await runInProcess(["analyze", "--format", "json", ...FIXTURES]);
    expect(run.code).toBe(0);
    const report = json(run.stdout);
    expect(report.common.length).toBeGreaterThan(0);
    expect(report.partial.length).toBeGreaterThan(0);
    expect(schemaErrors("analysis", report)).toEqual([]);
  });

  it("reads what new users write: any quotes, modifiers outside the emphasis, - 1) and six spaces", async () => {
    const set = ["pp", "itu-r", "itu-t", "itu-d"].map(
      (f) => `fixtures/quality/quotes-modifiers-labels/${f}.md`,
    );
    const run = await runInProcess(["analyze", "--format", "json", ...set]);
    expect(run.code, run.stderr).toBe(0);
    const report = json(run.stdout);
    // « Tunis Agenda » and “Tunis Agenda” and "Tunis Agenda" are one text: identical, never a variant
    // of score 1 with no difference to show.
    expect(
      report.common.map((g) => [g.kind, g.members.map((m) => `${m.keyword} ${m.label}`).join(" | ")]),
    ).toEqual([
      ["identical", "recalling further a) | recalling b) | recalling further a)"],
      ["identical", "considering also a) | considering a) | considering a)"],
      [
        "identical",
        "noting with satisfaction a) | noting with satisfaction a) | noting with satisfaction a)",
      ],
      ["identical", "resolves 1 | resolves 2 | resolves 1"],
      ["identical", "invites Member States 1 | invites Member States 1 | invites Member States 1"],
    ]);
    expect(report.common[3]?.members.map((m) => m.normalized)).toEqual([
      'that ⟨sector⟩ shall keep its WSIS-related work in line with the "Connect 2030 Agenda"',
      'that ⟨sector⟩ shall keep its WSIS-related work in line with the "Connect 2030 Agenda"',
      'that ⟨sector⟩ shall keep its WSIS-related work in line with the "Connect 2030 Agenda"',
    ]);
    expect(report.partial).toEqual([]);
  });

  it("gives the line of the item's label in the source", async () => {
    const run = await runInProcess(["analyze", "--format", "json", ...small], { cwd: dir });
    const [group] = json(run.stdout).common;
    expect(group?.members.map((m) => [m.sector, m.file, m.line, m.label])).toEqual([
      ["ITU-R", "r.md", 9, "1"],
      ["ITU-T", "t.md", 9, "1"],
      ["ITU-D", "d.md", 9, "1"],
    ]);
    expect(group?.pp).toMatchObject({ file: "pp.md", line: 9, label: "1" });
  });

  it("uses the user's Sector terms with --terms", async () => {
    const without = json(
      (await runInProcess(["analyze", "--format", "json", ...small], { cwd: dir })).stdout,
    );
    const withTerms = json(
      (await runInProcess(["analyze", "--format", "json", "--terms", "terms.yaml", ...small], { cwd: dir }))
        .stdout,
    );
    expect(without.common[0]?.kind).toBe("variant");
    expect(withTerms.common[0]?.kind).toBe("identical");
  });

  it("applies --threshold", async () => {
    const strict = json(
      (await runInProcess(["analyze", "--format", "json", "--threshold", "0.99", ...small], { cwd: dir }))
        .stdout,
    );
    expect(strict.common).toEqual([]);
    expect(strict.summary.threshold).toBe(0.99);
  });
});

describe("analyze as the built bin", () => {
  it("prints the same JSON as the in-process run", async () => {
    const inProcess = await runInProcess(["analyze", "--format", "json", ...FIXTURES]);
    const bin = runBin(["analyze", "--format", "json", ...FIXTURES]);
    expect(bin.code).toBe(0);
    expect(bin.stdout).toBe(inProcess.stdout);
  });
});

describe("analyze --format text", () => {
  it("prints a table of groups, the differences and a summary, without colour off a terminal", async () => {
    const run = await runInProcess(["analyze", ...FIXTURES]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Resolution 140: fixtures\/resolutions\/res-140\.md/);
    expect(run.stdout).toMatch(
      /Common to the three Sectors: \d+ \(\d+ identical, \d+ editorial variant, \d+ substantive variant\)/,
    );
    expect(run.stdout).toContain("In two Sectors only:");
    expect(run.stdout).toMatch(/\n {6}! substantive \(modal\) ….*\[ITU-R: .* \| ITU-T: .* \| ITU-D: .*\]/);
    expect(run.stdout).not.toContain(ESC);
  });

  it("colours on a terminal, and not when NO_COLOR is set", async () => {
    const run = async (env: Record<string, string | undefined>) => {
      let stdout = "";
      const code = await runCli({
        argv: ["analyze", ...FIXTURES],
        cwd: process.cwd(),
        env,
        stdout: { write: (s: string) => (stdout += s), isTTY: true },
        stderr: { write: () => true, isTTY: true },
      });
      return { code, stdout };
    };
    const tty = await run({});
    expect(tty.code).toBe(0);
    expect(tty.stdout).toContain(ESC);
    const noColor = await run({ NO_COLOR: "1" });
    expect(noColor.stdout).not.toContain(ESC);
  });
});

describe("analyze: exit status and messages", () => {
  it.each([
    ["a role is missing", ["analyze", "res-140.md", "wtsa-75.md"], /no ITU-R resolution/],
    ["a file cannot be read", ["analyze", "missing.md", "wtsa-75.md"], /missing\.md: no such file/],
    [
      "a role is claimed twice",
      ["analyze", "--itu-t", "wtdc-30.md", "res-140.md", "itu-r-61.md", "wtsa-75.md"],
      /wtsa-75\.md looks like the ITU-T resolution.*--itu-t names wtdc-30\.md/,
    ],
    ["the threshold is out of range", ["analyze", "--threshold", "1.5", "res-140.md"], /--threshold must be/],
  ])("exits 2 with one line when %s", async (_case, argv, message) => {
    const run = await runInProcess(argv, { cwd: "fixtures/resolutions" });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(message);
  });

  it("exits 2 naming the terms file when it is invalid", async () => {
    const run = await runInProcess(["analyze", "--terms", "bad-terms.yaml", ...small], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^wsis-consolidate: bad-terms\.yaml: .*ITU-X/);
  });

  it("shows help with examples", async () => {
    const run = await runInProcess(["analyze", "--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("--format <format>");
    expect(run.stdout).toContain("--threshold <x>");
    expect(run.stdout).toContain("--terms <file>");
    expect(run.stdout).toContain("Examples:");
  });
});

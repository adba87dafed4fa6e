import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Log } from "sarif";
import { afterAll, describe, expect, it } from "vitest";
import { RULE_LIST } from "../../src/diagnostics/index.js";
import { type CliRun, repoRoot, runBin, runInProcess } from "../helpers/cli.js";

const CHECK = "test/fixtures/check";
const ROLES = ["pp", "itu-r", "itu-t", "itu-d"] as const;
/** The base set with the fixture's own files in place of the base ones. */
const set = (fixture: string): string[] =>
  ROLES.map((role) => {
    const own = `${CHECK}/${fixture}/${role}.md`;
    try {
      readFileSync(join(repoRoot, own));
      return own;
    } catch {
      return `${CHECK}/base/${role}.md`;
    }
  });
const BUNDLED = [
  "fixtures/resolutions/res-140.md",
  "fixtures/resolutions/itu-r-61.md",
  "fixtures/resolutions/wtsa-75.md",
  "fixtures/resolutions/wtdc-30.md",
];

const tmp = mkdtempSync(join(tmpdir(), "wsis-check-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const configDir = join(tmp, "with-config");
mkdirSync(configDir);
writeFileSync(
  join(configDir, "wsis-consolidate.yaml"),
  [
    `pp: ${join(repoRoot, CHECK, "base/pp.md")}`,
    `itu-t: ${join(repoRoot, CHECK, "duplicate-of-parent/itu-t.md")}`,
    "rules:",
    "  duplicate-of-parent: warning",
    "",
  ].join("\n"),
);
const badConfigDir = join(tmp, "bad-config");
mkdirSync(badConfigDir);
writeFileSync(join(badConfigDir, "wsis-consolidate.yaml"), "# settings\nthreshold: 0.7\ntresholds: 2\n");
const badRuleDir = join(tmp, "bad-rule");
mkdirSync(badRuleDir);
writeFileSync(join(badRuleDir, "wsis-consolidate.yaml"), "rules:\n  end-punctuation: loud\n");

// Rule severities for every command: a parser warning raised, a plan note raised, a role mismatch off.
const severityDir = join(tmp, "severities");
mkdirSync(severityDir);
writeFileSync(
  join(severityDir, "wsis-consolidate.yaml"),
  "rules:\n  empty-keyword-group: error\n  recalling-duplicate: warning\n  role-mismatch: off\n",
);
const quietDir = join(tmp, "quiet");
mkdirSync(quietDir);
writeFileSync(
  join(quietDir, "wsis-consolidate.yaml"),
  "rules:\n  empty-keyword-group: off\n  recalling-duplicate: off\n",
);
// parse: the config names a file's role (here a wrong one, so that the role stage says so).
const parseRoleDir = join(tmp, "parse-role");
mkdirSync(parseRoleDir);
writeFileSync(
  join(parseRoleDir, "wsis-consolidate.yaml"),
  `itu-d: ${join(repoRoot, "fixtures/resolutions/wtsa-75.md")}\nrules:\n  role-mismatch: error\n`,
);
/** A config that names the four files, the ITU-T and ITU-D ones swapped. */
const swappedDir = join(tmp, "swapped-roles");
mkdirSync(swappedDir);
writeFileSync(
  join(swappedDir, "wsis-consolidate.yaml"),
  [
    ["pp", "res-140"],
    ["itu-r", "itu-r-61"],
    ["itu-t", "wtdc-30"],
    ["itu-d", "wtsa-75"],
  ]
    .map(([key, name]) => `${key}: ${join(repoRoot, `fixtures/resolutions/${name}.md`)}`)
    .join("\n"),
);
const NEAR = ROLES.map((r) => `${repoRoot}fixtures/quality/near-duplicates/${r}.md`);

interface Case {
  name: string;
  argv: string[];
  cwd?: string;
  code: number;
  stdout?: RegExp[];
  stderr?: RegExp[];
  /** Patterns that neither stdout nor stderr may match. */
  absent?: RegExp[];
}

/** One table of cases, run in-process and against the built bin. */
const CASES: Case[] = [
  { name: "a clean set passes", argv: ["check", ...set("base")], code: 0, stdout: [/^✔ no problems$/m] },
  {
    name: "a Sector item repeating Resolution 140 fails with an error at its line",
    argv: ["check", ...set("duplicate-of-parent")],
    code: 1,
    stdout: [
      /^test\/fixtures\/check\/duplicate-of-parent\/itu-t\.md:17:1 {2}error {2}Item "2" of "resolves" says what Resolution 140 resolves 1 \(test\/fixtures\/check\/base\/pp\.md:15\) already says\. {2}duplicate-of-parent$/m,
      /^✖ 1 problem \(1 error, 0 warnings\)$/m,
    ],
  },
  {
    name: "github annotations",
    argv: ["check", "--format", "github", ...set("citation-malformed")],
    code: 1,
    stdout: [
      /^::error file=test\/fixtures\/check\/citation-malformed\/itu-t\.md,line=13,col=18,title=citation-malformed::"\(Rev\. Geneva 2022\)" is not/m,
    ],
  },
  {
    name: "warnings pass without --max-warnings",
    argv: ["check", ...set("end-punctuation")],
    code: 0,
    stdout: [/end-punctuation\/itu-r\.md:11:1 {2}warning .* {2}end-punctuation$/m],
  },
  {
    name: "warnings over --max-warnings fail",
    argv: ["check", "--max-warnings", "0", ...set("end-punctuation")],
    code: 1,
    stdout: [/^Too many warnings: 1, and --max-warnings is 0\.$/m],
  },
  {
    name: "--max-warnings -1 is no limit",
    argv: ["check", "--max-warnings", "-1", ...set("end-punctuation")],
    code: 0,
  },
  {
    name: "a bad --max-warnings could not run",
    argv: ["check", "--max-warnings", "few", ...set("base")],
    code: 2,
    stderr: [/--max-warnings must be a whole number/],
  },
  {
    name: "two files: the rules needing the others are skipped and named on stderr",
    argv: ["check", `${CHECK}/base/pp.md`, `${CHECK}/duplicate-of-parent/itu-t.md`],
    code: 1,
    stdout: [/duplicate-of-parent$/m],
    stderr: [
      /^Skipped with the files given: common-not-consolidated \(needs Resolution 140 and the three Sector resolutions\); drift-editorial \(needs the three Sector resolutions\); drift-substantive/m,
    ],
  },
  {
    name: "citation-target: without a target, an older revision than the newest in the files warns",
    argv: ["check", ...set("citation-target")],
    code: 0,
    stdout: [
      /^test\/fixtures\/check\/citation-target\/itu-r\.md:9:20 {2}warning {2}Resolution 140 is cited as "Rev\. Dubai, 2018", older than "Rev\. Bucharest, 2022" in test\/fixtures\/check\/base\/pp\.md \(its heading\); .* {2}citation-target$/m,
    ],
  },
  {
    name: "citation-target: --revision names the target",
    argv: ["check", "--revision", "Rev. Dubai, 2018", ...set("citation-target")],
    code: 0,
    stdout: [
      /base\/itu-t\.md:9:20 {2}warning {2}Resolution 140 is cited as "Rev\. Bucharest, 2022"; the target revision is "Rev\. Dubai, 2018"\. {2}citation-target$/m,
    ],
  },
  {
    name: "a missing file could not run",
    argv: ["check", `${CHECK}/base/nothing.md`],
    code: 2,
    stderr: [/nothing\.md: no such file/],
  },
  {
    name: "the config names the files and lowers a rule's severity",
    argv: ["check"],
    cwd: configDir,
    code: 0,
    stdout: [/itu-t\.md:17:1 {2}warning .* {2}duplicate-of-parent$/m],
  },
  {
    name: "the command line wins over the config",
    argv: [
      "check",
      "--no-config",
      "--pp",
      `${repoRoot}${CHECK}/base/pp.md`,
      "--itu-t",
      `${repoRoot}${CHECK}/duplicate-of-parent/itu-t.md`,
    ],
    cwd: configDir,
    code: 1,
    stdout: [/ {2}error {2}.* {2}duplicate-of-parent$/m],
  },
  {
    name: "an unknown config key names the key, file and line",
    argv: ["check", ...BUNDLED.map((f) => `${repoRoot}${f}`)],
    cwd: badConfigDir,
    code: 2,
    stderr: [
      /^wsis-consolidate: wsis-consolidate\.yaml:3: unknown key "tresholds" \(did you mean "threshold"\?\)/m,
    ],
  },
  {
    name: "analyze reads the config too",
    argv: ["analyze", ...BUNDLED.map((f) => `${repoRoot}${f}`)],
    cwd: badConfigDir,
    code: 2,
    stderr: [/wsis-consolidate\.yaml:3: unknown key "tresholds"/],
  },
  {
    name: "analyze prints a parser warning with the config's severity",
    argv: ["analyze", ...set("empty-keyword-group").map((f) => `${repoRoot}${f}`)],
    cwd: severityDir,
    code: 0,
    stderr: [/empty-keyword-group\/itu-r\.md:13:1 {2}error {2}.* {2}empty-keyword-group$/m],
  },
  {
    name: "analyze hides a warning the config turns off",
    argv: ["analyze", ...set("empty-keyword-group").map((f) => `${repoRoot}${f}`)],
    cwd: quietDir,
    code: 0,
    absent: [/ {2}empty-keyword-group$/m],
  },
  {
    name: "propose prints a plan note with the config's severity",
    argv: ["propose", "--out", join(tmp, "severity-out"), "--force", ...NEAR],
    cwd: severityDir,
    code: 0,
    stderr: [/near-duplicates\/itu-t\.md:15:3 {2}warning {2}.* {2}recalling-duplicate$/m],
    absent: [/ {2}info {2}.*recalling-duplicate$/m],
  },
  {
    name: "parse takes a file's role from the config, and its severities",
    argv: ["parse", `${repoRoot}fixtures/resolutions/wtsa-75.md`],
    cwd: parseRoleDir,
    code: 0,
    stdout: [/^role: {5}ITU-D/m],
    stderr: [
      /wtsa-75\.md {2}error {2}wsis-consolidate\.yaml \(itu-d\) names this file the ITU-D resolution, .*; the setting wins\. Check the setting\. {2}role-mismatch$/m,
    ],
  },
  {
    name: "analyze says which setting of the config named a file another text than it is",
    argv: ["analyze"],
    cwd: swappedDir,
    code: 0,
    stderr: [
      /wtsa-75\.md {2}warning {2}wsis-consolidate\.yaml \(itu-d\) names this file the ITU-D resolution, but its text says it is the ITU-T resolution .*; the setting wins\. Check the setting\. {2}role-mismatch$/m,
      /wtdc-30\.md {2}warning {2}wsis-consolidate\.yaml \(itu-t\) names this file the ITU-T resolution/m,
    ],
    absent: [/--itu-[td] names this file/],
  },
  {
    name: "parse: --role wins over the config, --no-config ignores it",
    argv: ["parse", "--no-config", `${repoRoot}fixtures/resolutions/wtsa-75.md`],
    cwd: parseRoleDir,
    code: 0,
    stdout: [/^role: {5}ITU-T \(from the text\)/m],
    absent: [/role-mismatch/],
  },
  {
    name: "a bad rule severity names the rule and line",
    argv: ["check", "--config", join(badRuleDir, "wsis-consolidate.yaml"), ...set("base")],
    code: 2,
    stderr: [
      /wsis-consolidate\.yaml:2: rules\.end-punctuation: the severity must be error, warning, info or off, not "loud"/,
    ],
  },
  {
    name: "a baseline that is not a consolidation.json could not run",
    argv: ["check", "--baseline", `${CHECK}/base/pp.md`, ...set("base")],
    code: 2,
    stderr: [/pp\.md: is not JSON/],
  },
];

function expectRun(run: CliRun, c: Case): void {
  expect(run.code, run.stderr + run.stdout).toBe(c.code);
  for (const pattern of c.stdout ?? []) expect(run.stdout).toMatch(pattern);
  for (const pattern of c.stderr ?? []) expect(run.stderr).toMatch(pattern);
  for (const pattern of c.absent ?? []) expect(run.stdout + run.stderr).not.toMatch(pattern);
}

describe("check, in-process", () => {
  for (const c of CASES) {
    it(c.name, async () => expectRun(await runInProcess(c.argv, c.cwd ? { cwd: c.cwd } : {}), c));
  }
});

describe("the config's rule severities in what propose writes", () => {
  const written = async (cwd: string) => {
    const out = join(tmp, `written-${cwd.split("/").pop()}`);
    const run = await runInProcess(["propose", "--out", out, "--force", ...NEAR], { cwd });
    expect(run.code, run.stderr).toBe(0);
    const json = JSON.parse(readFileSync(join(out, "consolidation.json"), "utf8")) as {
      diagnostics: { ruleId: string; severity: string }[];
    };
    return json.diagnostics.filter((d) => d.ruleId === "recalling-duplicate").map((d) => d.severity);
  };
  it("consolidation.json has a note with the config's severity, and none the config turns off", async () => {
    expect(await written(repoRoot)).toEqual(["info"]);
    expect(await written(severityDir)).toEqual(["warning"]);
    expect(await written(quietDir)).toEqual([]);
  });
});

describe("check loads only what it needs (a pre-commit hook must feel instant)", () => {
  it("on Markdown drafts without a config: no YAML parser, no Word reader, no planner or renderer", () => {
    const list = join(tmp, "loaded.txt");
    writeFileSync(list, "");
    const result = spawnSync(
      process.execPath,
      [
        "--import",
        `${repoRoot}test/helpers/loaded-modules.mjs`,
        `${repoRoot}bin/wsis-consolidate.js`,
        "check",
        "--no-config",
        ...BUNDLED,
      ],
      { cwd: repoRoot, encoding: "utf8", env: { ...process.env, LOADED_MODULES_FILE: list } },
    );
    expect(result.status, result.stderr).toBe(1);
    const loaded = readFileSync(list, "utf8")
      .split("\n")
      .filter((l) => l !== "")
      .map((l) => l.replace(/^file:\/\//, "").replace(repoRoot, ""));
    expect(loaded).toContain("dist/src/check/index.js");
    const unneeded = loaded.filter(
      (f) =>
        /node_modules\/(?:yaml|jszip|saxes|micromark|docx)\//.test(f) ||
        /dist\/src\/(?:render|io\/docx|commands\/(?:propose|report|init|proposal-))/.test(f) ||
        // The cross-reference finder is a leaf module of the planner's folder, and all check takes of it.
        (/dist\/src\/plan\//.test(f) && !f.endsWith("plan/cross-references.js")),
    );
    expect(unneeded).toEqual([]);
  });
});

describe("check, built bin", () => {
  for (const c of CASES) {
    it(c.name, () => expectRun(runBin(c.argv, c.cwd ? { cwd: c.cwd } : {}), c));
  }
});

interface JsonReport {
  findings: { file: string; line: number | null; severity: string; rule: { id: string }; message: string }[];
  summary: { error: number; warning: number; passed: boolean };
  properties: { skippedRules: { rule: string; reason: string }[] };
}

async function json(argv: string[]): Promise<JsonReport> {
  const run = await runInProcess(["check", "--format", "json", ...argv]);
  expect(run.code).toBeLessThan(2);
  return JSON.parse(run.stdout) as JsonReport;
}

describe("every check rule fires on the fixture made for it", () => {
  const FIRES: [string, string, number][] = [
    ["duplicate-of-parent", "itu-t", 17],
    ["common-not-consolidated", "itu-d", 15],
    ["drift-substantive", "itu-d", 15],
    ["drift-editorial", "itu-d", 15],
    ["citation-malformed", "itu-t", 13],
    ["citation-outdated", "itu-d", 13],
    ["citation-target", "itu-r", 9],
    ["cross-reference", "itu-d", 17],
    ["end-punctuation", "itu-r", 11],
    ["empty-keyword-group", "itu-r", 13],
  ];
  for (const [rule, role, line] of FIRES) {
    it(rule, async () => {
      const report = await json(set(rule));
      const ids = new Set(report.findings.map((f) => f.rule.id));
      expect([...ids]).toEqual([rule]);
      expect(report.findings).toContainEqual(
        expect.objectContaining({
          file: `${CHECK}/${rule}/${role}.md`,
          line,
          rule: expect.objectContaining({ id: rule }),
        }),
      );
    });
  }

  it("drift-from-baseline, with the consolidation.json propose wrote when the item was identical", async () => {
    const files = set("drift-from-baseline").map((f) =>
      f
        .replace("base/itu-r", "common-not-consolidated/itu-r")
        .replace("base/itu-t", "common-not-consolidated/itu-t"),
    );
    const report = await json(["--baseline", `${CHECK}/drift-from-baseline/consolidation.json`, ...files]);
    expect(report.findings.filter((f) => f.rule.id === "drift-from-baseline")).toEqual([
      expect.objectContaining({ file: `${CHECK}/drift-from-baseline/itu-d.md`, line: 15, severity: "error" }),
    ]);
    expect(report.summary.passed).toBe(false);
  });

  it("the parser's structural rules, on the diagnostics shape fixture", async () => {
    const report = await json(["--itu-t", "fixtures/shapes/diagnostics.md"]);
    const ids = new Set(report.findings.map((f) => f.rule.id));
    for (const id of [
      "item-before-keyword",
      "label-sequence",
      "label-repeated",
      "orphan-text",
      "unknown-keyword",
    ]) {
      expect(ids).toContain(id);
    }
  });

  it("empty-keyword-group once: the parser's warning, which check and parse share", async () => {
    const report = await json(set("empty-keyword-group"));
    expect(report.findings.map((f) => [f.file, f.line, f.rule.id])).toEqual([
      [`${CHECK}/empty-keyword-group/itu-r.md`, 13, "empty-keyword-group"],
    ]);
    const parsed = await runInProcess(["parse", `${CHECK}/empty-keyword-group/itu-r.md`]);
    expect(parsed.code).toBe(0);
    expect(parsed.stderr).toContain(
      `${CHECK}/empty-keyword-group/itu-r.md:13:1  warning  The keyword line "noting" has no item under it; add the item, or remove the keyword line.  empty-keyword-group`,
    );
  });

  it("the skipped rules are in the JSON run's properties", async () => {
    const report = await json([`${CHECK}/base/itu-r.md`]);
    expect(report.properties.skippedRules.map((s) => s.rule)).toEqual([
      "duplicate-of-parent",
      "common-not-consolidated",
      "drift-editorial",
      "drift-substantive",
    ]);
  });
});

describe("the proposal passes its own gate", () => {
  const sets: [string, string[]][] = [
    ["bundled", BUNDLED],
    ...[
      "abbrev-vs-full",
      "citation-revisions",
      "mixed-shapes",
      "quotes-modifiers-labels",
      "short-items",
      "subitems",
      "substance",
      "two-sectors",
    ].map((name): [string, string[]] => [name, ROLES.map((r) => `fixtures/quality/${name}/${r}.md`)]),
  ];
  for (const [name, files] of sets) {
    it(`${name}: the inputs fail, the propose outputs have no error`, async () => {
      const out = join(tmp, `out-${name}`);
      const proposed = await runInProcess(["propose", "--out", out, ...files]);
      expect(proposed.code, proposed.stderr).toBe(0);
      const outputs = [
        "resolution-140.proposed.md",
        "itu-r.shortened.md",
        "itu-t.shortened.md",
        "itu-d.shortened.md",
      ];
      const run = await runInProcess(["check", ...outputs.map((f) => join(out, f))]);
      expect(run.stdout).not.toMatch(/ {2}error {2}/);
      // Its pending citation of Resolution 140 is no noise without --revision.
      expect(run.stdout).not.toMatch(/citation-target$/m);
      expect(run.code, run.stdout).toBe(0);
      const baseline = await runInProcess([
        "check",
        "--baseline",
        join(out, "consolidation.json"),
        ...outputs.map((f) => join(out, f)),
      ]);
      expect(baseline.code, baseline.stdout).toBe(0);
    });
  }

  it("bundled inputs repeat Resolution 140: exit 1, an error at each repeating item", async () => {
    const report = await json(BUNDLED);
    const errors = report.findings.filter((f) => f.severity === "error");
    expect(new Set(errors.map((f) => f.rule.id))).toEqual(new Set(["duplicate-of-parent"]));
    expect(errors.map((f) => `${f.file}:${f.line}`)).toContain("fixtures/resolutions/wtsa-75.md:10");
  });
});

describe("check --format sarif", () => {
  it("is SARIF 2.1.0 with the rules' metadata and results with physical locations", async () => {
    const run = await runInProcess(["check", "--format", "sarif", ...set("duplicate-of-parent")]);
    expect(run.code).toBe(1);
    const log = JSON.parse(run.stdout) as Log;
    expect(log.version).toBe("2.1.0");
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    const sarifRun = log.runs[0];
    if (!sarifRun) throw new Error("no run");
    const driver = sarifRun.tool.driver;
    expect(driver.name).toBe("wsis-consolidate");
    expect(driver.rules?.map((r) => r.id)).toEqual(RULE_LIST.map((r) => r.id));
    for (const rule of driver.rules ?? []) {
      expect(rule.shortDescription?.text).toBeTruthy();
      expect(rule.help?.text).toBeTruthy();
      expect(rule.defaultConfiguration).toBeDefined();
    }
    const results = sarifRun.results ?? [];
    expect(results).toHaveLength(1);
    const result = results[0];
    expect(result?.ruleId).toBe("duplicate-of-parent");
    expect(result?.level).toBe("error");
    expect(driver.rules?.[result?.ruleIndex ?? -1]?.id).toBe("duplicate-of-parent");
    const location = result?.locations?.[0]?.physicalLocation;
    expect(location?.artifactLocation?.uri).toBe("test/fixtures/check/duplicate-of-parent/itu-t.md");
    expect(location?.region).toEqual({ startLine: 17, startColumn: 1 });
    expect(result?.relatedLocations?.[0]?.physicalLocation?.artifactLocation?.uri).toBe(
      "test/fixtures/check/base/pp.md",
    );
    expect(sarifRun.properties?.skippedRules).toEqual([]);
  });
});

describe("init", () => {
  it("writes a commented starter that loads once uncommented, and never over an existing file", async () => {
    const dir = join(tmp, "init");
    mkdirSync(dir);
    const first = await runInProcess(["init"], { cwd: dir });
    expect(first.code).toBe(0);
    const text = readFileSync(join(dir, "wsis-consolidate.yaml"), "utf8");
    expect(text.split("\n").every((line) => line === "" || line.startsWith("#"))).toBe(true);
    for (const rule of RULE_LIST) expect(text).toContain(`#   ${rule.id}: ${rule.severity}`);
    const again = await runInProcess(["init"], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/wsis-consolidate\.yaml: exists already/);
    expect(readFileSync(join(dir, "wsis-consolidate.yaml"), "utf8")).toBe(text);
    // Uncommented, every setting is valid (the paths need not exist to be read).
    const uncommented = text
      .split("\n")
      .map((line) => (/^# ([a-z][a-z0-9-]*:|rules:| {2})/.test(line) ? line.slice(2) : line))
      .join("\n")
      .replace(/^(terms|baseline): .*$/gm, "");
    writeFileSync(join(dir, "wsis-consolidate.yaml"), uncommented);
    const run = await runInProcess(
      ["check", "--max-warnings", "-1", ...BUNDLED.map((f) => `${repoRoot}${f}`)],
      { cwd: dir },
    );
    expect(run.stderr).toBe("");
  });
});

import { describe, expect, it } from "vitest";
import { drift } from "../../src/check/groups.js";
import { runChecks, variantClass } from "../../src/check/index.js";
import { parseConfig } from "../../src/io/config.js";
import type { AlignResult, CommonGroup, Resolution } from "../../src/model.js";
import { parseResolution } from "../../src/parse/index.js";

const doc = (body: string, file = "t.md"): Resolution => {
  const text = `# RESOLUTION 75 (REV. GENEVA, 2022)\n\nTitle\n\nThe World Telecommunication Standardization Assembly (Geneva, 2022),\n\n${body}\n`;
  const { resolution } = parseResolution(text, { file });
  if (!resolution) throw new Error("no resolution");
  return resolution;
};

const variant = (extra: Record<string, unknown>): CommonGroup =>
  ({
    kind: "variant",
    family: "resolves",
    score: 0.9,
    members: [
      { role: "ITU-R", file: "r.md", section: 0, item: 0, line: 3, label: "1", keyword: "resolves" },
      { role: "ITU-T", file: "t.md", section: 0, item: 0, line: 4, label: "1", keyword: "resolves" },
      { role: "ITU-D", file: "d.md", section: 0, item: 0, line: 5, label: "1", keyword: "resolves" },
    ],
    pp: null,
    rules: [],
    differences: [{ readings: { "ITU-R": "so as to", "ITU-T": "so as to", "ITU-D": "in order to" } }],
    ...extra,
  }) as CommonGroup;

describe("variantClass and the drift rules", () => {
  it("is substantive unless the analysis says editorial", () => {
    expect(variantClass(variant({}))).toBe("substantive");
    expect(variantClass(variant({ variantClass: "editorial" }))).toBe("editorial");
  });
  it("drift-editorial fires on a group the analysis classes editorial", () => {
    const analysis: AlignResult = { common: [variant({ variantClass: "editorial" })], partial: [] };
    const findings = drift(analysis, {});
    expect(findings.map((f) => [f.file, f.ruleId])).toEqual([
      ["r.md", "drift-editorial"],
      ["t.md", "drift-editorial"],
      ["d.md", "drift-editorial"],
    ]);
    expect(findings[0]?.message).toContain("[ITU-R: so as to | ITU-T: so as to | ITU-D: in order to]");
  });
});

describe("citations", () => {
  const ids = (body: string) =>
    runChecks({ byRole: { "ITU-T": doc(body) } }).findings.map((f) => `${f.ruleId}:${f.line}`);
  it("the pending revision is well formed; a year without comma is not", () => {
    expect(
      ids("*recalling*\n\na) Resolution 140 (Rev. [Place], [Year]) of the Plenipotentiary Conference."),
    ).toEqual([]);
    expect(ids("*recalling*\n\na) Resolution 44 (Rev. Geneva 2022) of this assembly.")).toEqual([
      "citation-malformed:9",
    ]);
  });
  it("a rule turned off in the settings is silent", () => {
    const findings = runChecks({
      byRole: { "ITU-T": doc("*recalling*\n\na) Resolution 44 (Rev. Geneva 2022) of this assembly.") },
      rules: { "citation-malformed": { severity: "off" } },
    }).findings;
    expect(findings).toEqual([]);
  });
});

describe("citation-target", () => {
  const pp = (revision: string): Resolution => {
    const text = `# RESOLUTION 140 (${revision})\n\nTitle\n\nThe Plenipotentiary Conference of the International Telecommunication Union (Bucharest, 2022),\n\n*resolves*\n\n1\tto do one thing.\n`;
    const { resolution } = parseResolution(text, { file: "pp.md" });
    if (!resolution) throw new Error("no resolution");
    return resolution;
  };
  const citing = (...revisions: string[]) =>
    doc(
      `*recalling*\n\n${revisions.map((r, i) => `${"abc"[i]}) Resolution 140 (${r}) of the Plenipotentiary Conference;`).join("\n\n")}`,
    );
  const target = (input: Omit<Parameters<typeof runChecks>[0], "byRole">, ...docs: Resolution[]) =>
    runChecks({ byRole: Object.fromEntries(docs.map((d) => [d.role, d])), ...input })
      .findings.filter((f) => f.ruleId === "citation-target")
      .map((f) => `${f.file}:${f.line} ${f.message}`);

  it("without a target: the newest revision in the files and the pending one pass, an older one warns", () => {
    const heading = pp("REV. BUCHAREST, 2022");
    expect(target({}, heading, citing("Rev. Bucharest, 2022", "Rev. [Place], [Year]"))).toEqual([]);
    expect(target({}, heading, citing("Rev. Dubai, 2018"))).toEqual([
      't.md:9 Resolution 140 is cited as "Rev. Dubai, 2018", older than "Rev. Bucharest, 2022" in pp.md (its heading); cite that, or the pending "Rev. [Place], [Year]", or name the target with --revision.',
    ]);
    // Without Resolution 140 itself, the newest revision cited is the one to cite.
    expect(target({}, citing("Rev. Dubai, 2018", "Rev. Bucharest, 2022"))).toEqual([
      't.md:9 Resolution 140 is cited as "Rev. Dubai, 2018", older than "Rev. Bucharest, 2022" in t.md:11; cite that, or the pending "Rev. [Place], [Year]", or name the target with --revision.',
    ]);
    // Only pending citations and a pending heading (propose's outputs): nothing to say.
    expect(target({}, pp("REV. [PLACE], [YEAR]"), citing("Rev. [Place], [Year]"))).toEqual([]);
  });

  it("with a target (--revision, the config, the rule's option): any other revision warns", () => {
    const heading = pp("REV. BUCHAREST, 2022");
    expect(target({ revision: "Rev. Doha, 2026" }, heading, citing("Rev. [Place], [Year]"))).toEqual([
      't.md:9 Resolution 140 is cited as "Rev. [Place], [Year]"; the target revision is "Rev. Doha, 2026".',
    ]);
    expect(target({ revision: "Rev. [Place], [Year]" }, heading, citing("Rev. [Place], [Year]"))).toEqual([]);
    const option = { "citation-target": { options: { revision: "Rev. Bucharest, 2022" } } };
    expect(target({ revision: "Rev. Doha, 2026", rules: option }, citing("Rev. Bucharest, 2022"))).toEqual(
      [],
    );
  });
});

describe("cross-reference", () => {
  const ids = (body: string) =>
    runChecks({ byRole: { "ITU-T": doc(body) } })
      .findings.filter((f) => f.ruleId === "cross-reference")
      .map((f) => `${f.line}:${f.message.split(":")[0]}`);
  const body = (mention: string) => `*resolves*\n\n1\tto do one thing;\n\n2\tto do it as ${mention} says.`;
  it("finds a reference to no item however it is written", () => {
    expect(ids(body("resolves 1"))).toEqual([]);
    expect(ids(body("resolves 7"))).toEqual(['11:"resolves 7" refers to no item']);
    expect(ids(body("RESOLVES 7"))).toEqual(['11:"resolves 7" refers to no item']);
    expect(ids(body("paragraph 7 of resolves"))).toEqual(['11:"resolves 7" refers to no item']);
  });
});

describe("config", () => {
  it("reads settings with their lines, paths relative to the file", () => {
    const config = parseConfig(
      "threshold: 0.7\npp: drafts/pp.md\nrules:\n  end-punctuation: off\n",
      "c.yaml",
      "/repo/sub",
      "/repo",
    );
    expect(config.settings.get("threshold")).toEqual({ value: 0.7, line: 1 });
    expect(config.settings.get("pp")).toEqual({ value: "sub/drafts/pp.md", line: 2 });
    expect(config.rules.get("end-punctuation")).toEqual({ severity: "off", line: 4 });
  });
  it("names the key, file and line of a bad value", () => {
    expect(() => parseConfig("\n\nthreshold: 2\n", "c.yaml", "/", "/")).toThrow(
      expect.objectContaining({
        file: "c.yaml",
        line: 3,
        message: expect.stringMatching(/^threshold: must be a number/),
      }),
    );
    expect(() =>
      parseConfig("rules:\n  citation-target: {options: {revison: x}}\n", "c.yaml", "/", "/"),
    ).toThrow(
      expect.objectContaining({ line: 2, message: expect.stringMatching(/unknown option "revison"/) }),
    );
    expect(() => parseConfig("a: [\n", "c.yaml", "/", "/")).toThrow(
      expect.objectContaining({ file: "c.yaml" }),
    );
  });
  it("keeps an inline terms table for the Sector-term merge", () => {
    const config = parseConfig(
      "terms:\n  concepts:\n    - id: sector\n      forms: {ITU-T: [the T-Sector]}\n",
      "c.yaml",
      "/",
      "/",
    );
    expect(config.inlineTerms?.yaml).toContain("the T-Sector");
  });
});

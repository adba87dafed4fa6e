/**
 * The published JSON Schemas (schemas/*.schema.json): their enums are the code's, and they reject the
 * regressions they exist to catch. The outputs themselves are checked against them where they are
 * produced: test/fixtures/propose (consolidation.json), test/cli/analyze and test/cli/parse.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPORT_NAMES } from "../../src/commands/proposal-options.js";
import {
  type Destination,
  type GroupDecision,
  type GroupKind,
  type Mark,
  OUTPUT_NAMES,
  type ReviewNote,
  ROLES,
  RULE_IDS,
  type SectionKind,
  type Severity,
} from "../../src/index.js";
import { runInProcess } from "../helpers/cli.js";
import { readSchema, type SchemaName, schemaErrors } from "../helpers/schema.js";

// Every member of each union, spelt once: TypeScript rejects a missing or an extra key.
const REVIEW_RULES: Record<ReviewNote["rule"], true> = {
  "neutral-wording": true,
  agreement: true,
  "citation-revision": true,
  "variant-choice": true,
  "cites-resolution-140": true,
  "cross-reference": true,
  "same-citation": true,
  "meeting-name": true,
  placement: true,
  "this-resolution": true,
  footnote: true,
};
const ACTIONS: Record<GroupDecision["action"], true> = {
  add: true,
  noc: true,
  recalling: true,
  "kept-recalling": true,
  "kept-variant": true,
  "kept-narrower": true,
  skipped: true,
};
const DESTINATIONS: Record<Destination["kind"], true> = {
  kept: true,
  moved: true,
  matched: true,
  recalled: true,
};
const MARKS: Record<Mark, true> = { ADD: true, MOD: true, NOC: true, SUP: true };
const SEVERITIES: Record<Severity, true> = { error: true, warning: true, info: true };
const SECTION_KINDS: Record<SectionKind, true> = { preambular: true, operative: true };
const GROUP_KINDS: Record<GroupKind, true> = { identical: true, variant: true };

/** The value at a JSON pointer into a schema ("$defs/group/properties/kind/enum"). */
function at(name: SchemaName, pointer: string): unknown {
  let node: unknown = readSchema(name);
  for (const key of pointer.split("/")) node = (node as Record<string, unknown>)[key];
  return node;
}

describe("the schemas' enums are the code's", () => {
  it("consolidation.schema.json", () => {
    const defs = "$defs";
    expect(at("consolidation", `${defs}/role/enum`)).toEqual(ROLES);
    expect(at("consolidation", `${defs}/sector/enum`)).toEqual(ROLES.slice(1));
    // Every output name the schema requires is one the code writes.
    const required = (
      at("consolidation", "properties/outputs/allOf") as { contains: { const: string } }[]
    ).map((c) => c.contains.const);
    const written: string[] = [
      ...(["pp", "ITU-R", "ITU-T", "ITU-D"] as const).flatMap((r) => Object.values(OUTPUT_NAMES[r])),
      OUTPUT_NAMES.plan,
      REPORT_NAMES.html,
      ...Object.values(REPORT_NAMES.docx),
    ];
    expect(required.filter((name) => !written.includes(name))).toEqual([]);
    expect(at("consolidation", `${defs}/cleanOutput/enum`)).toEqual(ROLES.map((r) => OUTPUT_NAMES[r].clean));
    expect(at("consolidation", `${defs}/group/properties/action/enum`)).toEqual(Object.keys(ACTIONS));
    expect(at("consolidation", `${defs}/group/properties/kind/enum`)).toEqual(Object.keys(GROUP_KINDS));
    expect(at("consolidation", `${defs}/destination/properties/kind/enum`)).toEqual(
      Object.keys(DESTINATIONS),
    );
    expect(at("consolidation", `${defs}/reviewNote/properties/rule/enum`)).toEqual(Object.keys(REVIEW_RULES));
    expect(at("consolidation", `${defs}/labelRow/properties/kind/enum`)).toEqual(Object.keys(DESTINATIONS));
    // The recalling list leaves out suppressed items.
    expect(at("consolidation", `${defs}/recallingItem/properties/mark/enum`)).toEqual(
      Object.keys(MARKS).filter((m) => m !== "SUP"),
    );
    expect(at("consolidation", `${defs}/diagnostic/properties/severity/enum`)).toEqual(
      Object.keys(SEVERITIES),
    );
  });

  it("analysis.schema.json and parse.schema.json", () => {
    expect(at("analysis", "$defs/rule/enum")).toEqual(RULE_IDS);
    expect(at("analysis", "$defs/sector/enum")).toEqual(ROLES.slice(1));
    expect(at("analysis", "$defs/group/properties/kind/enum")).toEqual(Object.keys(GROUP_KINDS));
    expect(at("parse", "properties/role/enum")).toEqual([...ROLES, null]);
    expect(at("parse", "$defs/section/properties/kind/enum")).toEqual(Object.keys(SECTION_KINDS));
  });
});

describe("the schemas reject what a regression would write", () => {
  const outputs: Partial<Record<SchemaName, Record<string, unknown>>> = {};
  let out = "";
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), "wsis-schemas-"));
    const files = ["res-140.md", "itu-r-61.md", "wtsa-75.md", "wtdc-30.md"].map(
      (f) => `fixtures/resolutions/${f}`,
    );
    const propose = await runInProcess(["propose", "--out", out, ...files]);
    expect(propose.code, propose.stderr).toBe(0);
    outputs.consolidation = JSON.parse(readFileSync(join(out, "consolidation.json"), "utf8"));
    outputs.analysis = JSON.parse((await runInProcess(["analyze", "--format", "json", ...files])).stdout);
    outputs.parse = JSON.parse(
      (await runInProcess(["parse", "--format", "json", files[2] as string])).stdout,
    );
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  // Each case changes a valid output and names one line the validation must print.
  // biome-ignore lint/suspicious/noExplicitAny: the cases reach into parsed JSON to break it
  type Json = Record<string, any>;
  const cases: [SchemaName, string, (d: Json) => void, string][] = [
    ["consolidation", "a new format version", (d) => (d.format = 3), "/format: must be equal to constant 2"],
    [
      "consolidation",
      "a field nobody declared",
      (d) => (d.note = "x"),
      '(top level): must NOT have additional properties: "note"',
    ],
    [
      "consolidation",
      "a field gone",
      (d) => delete d.crossReferences,
      "(top level): must have required property 'crossReferences'",
    ],
    [
      "consolidation",
      "an unknown group action",
      (d) => (d.groups[0].action = "moved"),
      "/groups/0/action: must be equal to one of the allowed values",
    ],
    [
      "consolidation",
      "a matched item without its Resolution 140 item",
      (d) => delete d.items.find((i: Json) => i.to.kind === "matched").to.resolution140,
      "must have required property 'resolution140'",
    ],
    [
      "consolidation",
      "an item moved into a Sector's text",
      (d) => (d.items.find((i: Json) => i.to.kind === "moved").to.file = "itu-r.shortened.md"),
      'must be equal to constant "resolution-140.proposed.md"',
    ],
    [
      "consolidation",
      "inputs out of order",
      (d) => d.inputs.reverse(),
      '/inputs/0/role: must be equal to constant "pp"',
    ],
    [
      "consolidation",
      "a suppressed recalling item",
      (d) => (d.recalling[0].mark = "SUP"),
      "/recalling/0/mark: must be equal to one of the allowed values",
    ],
    ["consolidation", "line 0", (d) => (d.additions[0].line = 0), "/additions/0/line: must be >= 1"],
    [
      "consolidation",
      "a Sector's label table gone",
      (d) => delete d.labels["ITU-D"],
      "/labels: must have required property 'ITU-D'",
    ],
    [
      "consolidation",
      "a label row that says nowhere",
      (d) => delete d.labels["ITU-T"][0].to,
      "/labels/ITU-T/0: must have required property 'to'",
    ],
    [
      // No fixture has an internal cross-reference ("resolves 3"), so this part is checked here only.
      "consolidation",
      "a reference renumbered to nothing",
      (d) =>
        d.crossReferences.push({
          file: "r.md",
          line: 3,
          keyword: "resolves",
          from: "3",
          to: null,
          status: "renumbered",
        }),
      '/crossReferences/0/status: must be equal to constant "target-gone"',
    ],
    [
      "analysis",
      "a third kind of group",
      (d) => (d.common[0].kind = "similar"),
      "/common/0/kind: must be equal to one of the allowed values",
    ],
    [
      "analysis",
      "an identical group with differences",
      (d) =>
        (d.common[0].differences = [{ readings: { "ITU-R": "a", "ITU-T": "b" }, before: "", after: "" }]),
      "/common/0/differences: must be equal to constant []",
    ],
    [
      "analysis",
      "an unknown normalization rule",
      (d) => (d.common[0].rules = ["stemming"]),
      "/common/0/rules/0: must be equal to one of the allowed values",
    ],
    [
      "analysis",
      "a common group of two",
      (d) => d.common[0].members.pop(),
      "/common/0/members: must NOT have fewer than 3 items",
    ],
    [
      "parse",
      "a label that is a number",
      (d) => (d.sections[0].items[0].label = 1),
      "/sections/0/items/0/label: must be string,null",
    ],
    [
      "parse",
      "a third kind of section",
      (d) => (d.sections[0].kind = "annex"),
      "/sections/0/kind: must be equal to one of the allowed values",
    ],
  ];
  it.each(cases)("%s: %s", (name, _what, change, line) => {
    const data = structuredClone(outputs[name]) as Json;
    expect(schemaErrors(name, data)).toEqual([]);
    change(data);
    expect(
      schemaErrors(name, data).some((e) => e.includes(line)),
      schemaErrors(name, data).join("\n"),
    ).toBe(true);
  });
});

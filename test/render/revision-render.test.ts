/**
 * The revision Markdown renders as intended in a CommonMark viewer (issue 9): read with remark (GFM,
 * front matter), a revision file has no code block its input did not have, no margin mark left as
 * literal asterisks, no "#" heading marker inside CriticMarkup, and no two margin marks in a row.
 * Checked on every revision file of the propose fixtures (their goldens, which the fixture test keeps
 * equal to the outputs) and on test/fixtures/odd-shapes, written for these shapes: pandoc loose lists
 * with indented sub-paragraphs, heading keywords, "(a)" labels with a new recalling item before a
 * relabelled one, and a Sector without a Resolution 140 citation beside two that have one.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Root } from "mdast";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot, runInProcess } from "../helpers/cli.js";

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ["yaml"]);

/** Every node of a tree, depth first. */
function nodes(tree: Root): { type: string; value?: string }[] {
  const out: { type: string; value?: string }[] = [];
  const walk = (node: { type: string; value?: string; children?: unknown[] }) => {
    out.push(node);
    for (const child of (node.children ?? []) as (typeof node)[]) walk(child);
  };
  walk(tree as never);
  return out;
}

const codeBlocks = (markdown: string) =>
  nodes(parser.parse(markdown)).filter((n) => n.type === "code").length;

const MARK = String.raw`\*\*(?:ADD|MOD|\(MOD\)|SUP|NOC)\*\*`;

/** What in a revision file would not render as intended; empty when it renders well. */
function renderProblems(revision: string, input: string): string[] {
  const problems: string[] = [];
  const found = codeBlocks(revision);
  const had = codeBlocks(input);
  if (found > had) problems.push(`${found} code blocks where the input has ${had}`);
  for (const n of nodes(parser.parse(revision))) {
    if (n.type === "text" && n.value?.includes("**"))
      problems.push(`literal asterisks: ${n.value.slice(0, 60)}`);
  }
  for (const m of revision.matchAll(/\{(?:\+\+|--|~~)[ \t]*#{1,6}[ \t][^\n]*/g))
    problems.push(`heading marker inside CriticMarkup: ${m[0]}`);
  for (const m of revision.matchAll(new RegExp(`${MARK}[ \\t]+${MARK}[^\\n]*`, "g")))
    problems.push(`two margin marks in a row: ${m[0]}`);
  return problems;
}

/** The inputs of each propose fixture case, by the output file's prefix. */
function fixtureInputs(name: string): Record<string, string> {
  const bundled = name.startsWith("bundled");
  const base = bundled ? "fixtures/resolutions" : `fixtures/quality/${name.replace(/^quality-/, "")}`;
  const files = bundled
    ? { "resolution-140": "res-140.md", "itu-r": "itu-r-61.md", "itu-t": "wtsa-75.md", "itu-d": "wtdc-30.md" }
    : { "resolution-140": "pp.md", "itu-r": "itu-r.md", "itu-t": "itu-t.md", "itu-d": "itu-d.md" };
  return Object.fromEntries(Object.entries(files).map(([k, f]) => [k, join(repoRoot, base, f)]));
}

describe("the revision files of the propose fixtures render as intended", () => {
  const root = join(repoRoot, "test/fixtures/propose");
  const cases = readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  const files = cases.flatMap((name) =>
    readdirSync(join(root, name, "expected"))
      .filter((f) => f.endsWith(".revision.md"))
      .map((f) => ({ name, file: f })),
  );

  it("covers every case", () => {
    expect(files.length).toBe(cases.length * 4);
  });

  it.each(files)("$name/$file", ({ name, file }) => {
    const revision = readFileSync(join(root, name, "expected", file), "utf8");
    const input = readFileSync(fixtureInputs(name)[file.replace(".revision.md", "")] as string, "utf8");
    expect(renderProblems(revision, input)).toEqual([]);
  });
});

describe("odd shapes", () => {
  let out = "";
  const read = (name: string) => readFileSync(join(out, name), "utf8");
  const inputs = ["pp", "itu-r", "itu-t", "itu-d"].map((f) =>
    join(repoRoot, "test/fixtures/odd-shapes", `${f}.md`),
  );
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), "wsis-odd-"));
    const run = await runInProcess(["propose", "--out", out, "--force", ...inputs]);
    expect(run.code, run.stderr).toBe(0);
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it.each([
    ["resolution-140", 0],
    ["itu-r", 1],
    ["itu-t", 2],
    ["itu-d", 3],
  ] as const)("%s renders as intended", (prefix, index) => {
    expect(
      renderProblems(read(`${prefix}.revision.md`), readFileSync(inputs[index] as string, "utf8")),
    ).toEqual([]);
  });

  it("keeps the sub-paragraphs of a suppressed pandoc list item out of a code block", () => {
    expect(read("itu-r.revision.md")).toContain(
      "**SUP** {--1.\tthat ITU-R shall continue to:--}\n\n{--i\\)\ttake the WSIS Action Lines",
    );
    // A kept item relabelled: its indented sub-paragraphs start at the margin in the revision only.
    expect(read("itu-r.revision.md")).toContain("**(MOD)** {~~2.~>1.~~}\tthat ITU-R should study");
    expect(read("itu-r.revision.md")).toContain("\n\ni\\)\tfor rural areas;");
    expect(read("itu-r.shortened.md")).toContain("\n\n    i\\)\tfor rural areas;");
  });

  it("gives a new recalling item and the relabelled item after it each their own mark", () => {
    const d = read("itu-d.revision.md");
    expect(d).toContain(
      "**ADD** {++(a) Resolution 140 (Rev. [Place], [Year]) of the Plenipotentiary Conference, which sets out",
    );
    expect(d).toContain("\n\n**(MOD)** {~~(a)~>(b)~~} the Buenos Aires Action Plan;");
  });

  it("keeps heading markers outside CriticMarkup, on keywords suppressed and added", () => {
    expect(read("itu-r.revision.md")).toContain("\n### **SUP** {--noting--}\n");
    expect(read("itu-t.revision.md")).toContain("\n### **SUP** {--noting with satisfaction--}\n");
    expect(read("resolution-140.revision.md")).toContain("\n### **ADD** {++considering++}\n");
  });

  it("ends each Sector with exactly one item recalling Resolution 140", () => {
    // ITU-R and ITU-T keep their own (its citation updated); ITU-D, which has none, gains one.
    for (const prefix of ["itu-r", "itu-t", "itu-d"]) {
      const cites = read(`${prefix}.shortened.md`).match(/Resolution 140 \([^)]*\)/g);
      expect(cites, prefix).toEqual(["Resolution 140 (Rev. [Place], [Year])"]);
    }
    expect(read("itu-t.revision.md")).toContain(
      "- **MOD** a) Resolution 140 (Rev. {~~Dubai, 2018~>[Place], [Year]~~}) of the Plenipotentiary Conference",
    );
    const json = JSON.parse(read("consolidation.json"));
    expect(json.recalling.map((r: { role: string; mark: string }) => `${r.role} ${r.mark}`)).toEqual([
      "ITU-R MOD",
      "ITU-T MOD",
      "ITU-D ADD",
    ]);
  });
});

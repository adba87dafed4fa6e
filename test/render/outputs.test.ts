import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { applyPatch } from "diff";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import type { Role } from "../../src/model.js";
import { planConsolidation } from "../../src/plan/index.js";
import { countWords, OUTPUT_NAMES, renderProposal, renderUnifiedDiff } from "../../src/render/index.js";
import { formatSummary, formatWordDiff, makeChalk } from "../../src/terminal/index.js";
import { scenarioAnalysis, scenarioDocs } from "../helpers/scenario.js";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), "wsis-render-"));
  dirs.push(d);
  return d;
}

function proposal(includeVariants = false) {
  const byRole = scenarioDocs();
  const plan = planConsolidation(byRole, scenarioAnalysis(byRole), { includeVariants });
  const inputs = Object.fromEntries(
    (["pp", "ITU-R", "ITU-T", "ITU-D"] as Role[]).map((r) => [
      r,
      { path: `in/${byRole[r].file}`, text: byRole[r].source },
    ]),
  ) as Record<Role, { path: string; text: string }>;
  return { byRole, plan, inputs, rendered: renderProposal(plan, inputs) };
}

function patchApplies(before: string, diff: string, path: string): string {
  const dir = tempDir();
  mkdirSync(join(dir, "in"), { recursive: true });
  writeFileSync(join(dir, path), before);
  writeFileSync(join(dir, "change.diff"), diff);
  const result = spawnSync("patch", ["-p1", "--batch", "-i", "change.diff"], { cwd: dir, encoding: "utf8" });
  expect(result.status, result.stdout + result.stderr).toBe(0);
  return readFileSync(join(dir, path), "utf8");
}

describe("renderProposal", () => {
  it("names the outputs of issue 4, and the diff of Resolution 140 (issue 9)", () => {
    const { rendered } = proposal();
    expect(rendered.files.map((f) => f.name)).toEqual([
      "resolution-140.proposed.md",
      "resolution-140.revision.md",
      "resolution-140.diff",
      "itu-r.shortened.md",
      "itu-r.revision.md",
      "itu-r.diff",
      "itu-t.shortened.md",
      "itu-t.revision.md",
      "itu-t.diff",
      "itu-d.shortened.md",
      "itu-d.revision.md",
      "itu-d.diff",
      "consolidation.json",
    ]);
  });

  it("writes unified diffs that patch applies cleanly to the inputs, giving the proposed texts", () => {
    const { rendered, inputs } = proposal();
    for (const role of ["pp", "ITU-R", "ITU-T", "ITU-D"] as const) {
      const diff = rendered.files.find((f) => f.name === OUTPUT_NAMES[role].diff)?.content ?? "";
      expect(diff.split("\n").slice(0, 2)).toEqual([
        `--- a/${inputs[role].path}`,
        `+++ b/${inputs[role].path}`,
      ]);
      const patched = patchApplies(inputs[role].text, diff, inputs[role].path);
      expect(patched).toBe(rendered.texts[role].after);
    }
  });

  it("applies cleanly to CRLF files with a BOM too", () => {
    const before = "\uFEFFa) one;\r\nb) two;\r\nc) three.\r\n";
    const after = "\uFEFFa) one;\r\nb) three.\r\n";
    const diff = renderUnifiedDiff("in/x.md", before, after);
    expect(patchApplies(before, diff, "in/x.md")).toBe(after);
    expect(renderUnifiedDiff("in/x.md", before, before)).toBe("");
  });

  it("records every input item with where it went in consolidation.json", () => {
    const { rendered, plan } = proposal();
    const json = JSON.parse(rendered.files.find((f) => f.name === "consolidation.json")?.content ?? "{}");
    expect(json.items).toHaveLength(plan.placements.length);
    const noting = json.items.filter(
      (i: { from: { role: string; keyword: string } }) => i.from.keyword === "noting" && i.from.role !== "pp",
    );
    expect(noting.map((i: { to: unknown }) => i.to)).toContainEqual({
      kind: "moved",
      file: "resolution-140.proposed.md",
      keyword: "noting",
      label: null,
      line: 15,
    });
    const itut = json.items.find(
      (i: { from: { file: string; label: string; keyword: string } }) =>
        i.from.file === "t.md" && i.from.keyword === "resolves" && i.from.label === "3",
    );
    expect(itut.to).toEqual({
      kind: "kept",
      file: "itu-t.shortened.md",
      keyword: "resolves",
      label: "2",
      line: 17,
    });
    const pplines = rendered.markdown.pp.clean.split("\n");
    expect(pplines[14]).toMatch(/^that the three Sectors have adapted/);
    expect(json.additions[0].sources).toHaveLength(3);
    expect(json.groups.map((g: { action: string }) => g.action)).toEqual([
      "recalling",
      "noc",
      "add",
      "noc",
      "kept-variant",
    ]);
    expect(json.summary.documents).toHaveLength(4);
  });

  it("is deterministic: the same plan renders to the same bytes", () => {
    const a = proposal().rendered.files;
    const b = proposal().rendered.files;
    expect(b).toEqual(a);
  });
});

describe("unified diff from known changes", () => {
  it("applies to the input and gives the output, whatever the changes (property)", () => {
    const line = fc.oneof(
      fc.constantFrom("", "a) one;", "b) two,", "*noting*", "  i) sub;"),
      fc.string({ maxLength: 12 }),
    );
    const change = fc.tuple(
      fc.nat(),
      fc.nat(6),
      fc.oneof(fc.constant(""), fc.string({ maxLength: 10 }), fc.constant("x\n")),
    );
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 30 }),
        fc.constantFrom("\n", "\r\n"),
        fc.boolean(),
        fc.array(change, { maxLength: 6 }),
        (lines, eol, finalEol, raw) => {
          const before = lines.join(eol) + (finalEol && lines.length > 0 ? eol : "");
          // Non-overlapping changes, sorted.
          const changes: { start: number; end: number; text: string }[] = [];
          let floor = 0;
          for (const [at, length, text] of [...raw].sort((x, y) => x[0] - y[0])) {
            const start = Math.max(floor, at % (before.length + 1));
            if (start > before.length) break;
            const end = Math.min(before.length, start + length);
            changes.push({ start, end, text });
            floor = end + 1;
          }
          let after = "";
          let cursor = 0;
          for (const c of changes) {
            after += before.slice(cursor, c.start) + c.text;
            cursor = c.end;
          }
          after += before.slice(cursor);
          const diff = renderUnifiedDiff("in/x.md", before, after, changes);
          if (before === after) expect(diff).toBe("");
          else expect(applyPatch(before, diff)).toBe(after);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("gives the same hunks as a whole-file diff for a one-line change", () => {
    const before = "a\nb\nc\nd\ne\nf\ng\nh\ni\n";
    const after = "a\nb\nc\nd\nE\nf\ng\nh\ni\n";
    expect(renderUnifiedDiff("x.md", before, after, [{ start: 8, end: 9, text: "E" }])).toBe(
      renderUnifiedDiff("x.md", before, after),
    );
  });
});

describe("summary", () => {
  it("counts words as a reader does and computes what each Sector saves", () => {
    expect(
      countWords("---\nbody: WTSA\n---\n# RESOLUTION 75\n\n*recalling*\n\na) ITU-T's role, in 2030;"),
    ).toBe(8);
    const { rendered } = proposal();
    const t = rendered.summary.documents.find((d) => d.role === "ITU-T");
    expect(t).toMatchObject({ itemsBefore: 7, itemsAfter: 4, moved: 1, matched: 2, recalled: 1, added: 0 });
    expect(t?.wordsSaved).toBe((t?.wordsBefore ?? 0) - (t?.wordsAfter ?? 0));
    expect(t?.percentSaved).toBeCloseTo((100 * (t?.wordsSaved ?? 0)) / (t?.wordsBefore ?? 1), 1);
    const text = formatSummary(rendered.summary, makeChalk(false));
    expect(text).toMatch(/^document +file +items +moved +in Res\. 140 +recalled +words +saved\n/);
    expect(text).toMatch(/\nITU-T +t\.md +7 -> 4 +1 +2 +1 +93 -> \d+ +\d+ words? \(\d+\.\d%\)\n/);
    expect(text).toMatch(/\nRes\. 140 +res-140\.md +4 -> 5 +\+1 +- +- +\d+ -> \d+ +\+\d+ words\n/);
    expect(text).not.toContain("\u001b[");
    expect(formatSummary(rendered.summary, makeChalk(true))).toContain("\u001b[");
  });

  it("prints word diffs plain without colour and coloured with it", () => {
    const plain = formatWordDiff("t.md", "a) that x is good;\n", "a) that x is fine;\n", makeChalk(false));
    expect(plain).toBe("t.md\n@@ line 1 @@\na) that x is [-good-]{+fine+};\n");
    const coloured = formatWordDiff("t.md", "a) x;\n", "a) y;\n", makeChalk(true));
    expect(coloured).toContain("\u001b[31m");
    expect(coloured).toContain("\u001b[32m");
  });
});

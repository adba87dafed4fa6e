/**
 * Structural problems are warnings at file:line:column with a rule id and a sentence saying what to
 * do; the parse goes on. An empty document or one without keywords is fatal, in one line.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FatalError } from "../../src/diagnostics/index.js";
import { parseResolution } from "../../src/parse/index.js";
import { formatDiagnostic } from "../../src/terminal/diagnostics.js";

const fixture = readFileSync(new URL("../../fixtures/shapes/diagnostics.md", import.meta.url), "utf8");

describe("warnings", () => {
  const { resolution, diagnostics } = parseResolution(fixture, { file: "diagnostics.md" });

  it("reports each problem at its line and column, with a rule id, in source order", () => {
    expect(diagnostics.map((d) => [d.line, d.column, d.severity, d.ruleId])).toEqual([
      [7, 1, "warning", "item-before-keyword"],
      [13, 1, "warning", "label-sequence"],
      [15, 1, "warning", "label-repeated"],
      [17, 1, "warning", "orphan-text"],
      [19, 1, "warning", "unknown-keyword"],
    ]);
  });

  it("says what to do, in the stylish line shape: file:line:col  severity  message  rule-id", () => {
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'diagnostics.md:7:1  warning  Item "a)" stands before any keyword line; put the keyword (such as *recalling*) above it.  item-before-keyword',
      'diagnostics.md:13:1  warning  Label "c)" follows "a)"; expected "b)". Fix the numbering, or add the missing item.  label-sequence',
      'diagnostics.md:15:1  warning  Label "c)" repeats the label of the item before it; re-letter or renumber the items.  label-repeated',
      "diagnostics.md:17:1  warning  This paragraph has no label and belongs to no item; give it a label, join it to the item above, or move it after the operative part.  orphan-text",
      'diagnostics.md:19:1  warning  "having heard" looks like a keyword line but is not a known keyword; use a known one (see the README), or make it part of an item.  unknown-keyword',
    ]);
  });

  it("goes on parsing, and keeps what it could not place", () => {
    expect(resolution.sections.map((s) => [s.keyword, s.family, s.items.map((i) => i.label)])).toEqual([
      ["recalling", "recalling", ["a)", "c)", "c)"]],
      ["having heard", "having-heard", ["a)"]],
      ["resolves", "resolves", ["1"]],
    ]);
    expect(resolution.extras.map((e) => [e.after, e.line, e.text])).toEqual([
      ["front", 7, "a) an item before any keyword;"],
      [0, 17, "A paragraph without a label that belongs to no item."],
    ]);
  });

  it("points at the label where it is indented or marked up", () => {
    const text = ["*recalling*", "", "- a) one;", "- c) three,", "", "*resolves*", "", "**2)** two."].join(
      "\n",
    );
    const { diagnostics: found } = parseResolution(text, { file: "x.md", role: "pp" });
    expect(found.map((d) => [d.line, d.column, d.ruleId, d.message])).toEqual([
      [
        4,
        3,
        "label-sequence",
        'Label "c)" follows "a)"; expected "b)". Fix the numbering, or add the missing item.',
      ],
      [
        8,
        1,
        "label-sequence",
        'Label "2" opens its list; expected "1". Fix the numbering, or add the missing item.',
      ],
    ]);
  });

  it("warns when the role cannot be told, and when front matter YAML is broken", () => {
    const text = ["---", "body: [unclosed", "---", "", "*recalling*", "", "a) the WSIS outcomes,"].join("\n");
    const { resolution: r, diagnostics: found } = parseResolution(text, { file: "y.md" });
    expect(r.role).toBeNull();
    expect(found.map((d) => [d.line, d.ruleId])).toEqual([
      [null, "role-unknown"],
      [2, "front-matter-invalid"],
    ]);
  });

  it("checks roman sub-items and 1.1 numbering under their own item", () => {
    const text = [
      "*resolves*",
      "",
      "1 that:",
      "",
      "i) one;",
      "",
      "iii) three;",
      "",
      "2 that:",
      "",
      "1.1 misplaced,",
    ].join("\n");
    const { diagnostics: found } = parseResolution(text, { file: "z.md", role: "pp" });
    expect(found.map((d) => [d.line, d.column, d.ruleId])).toEqual([
      [7, 1, "label-sequence"],
      [11, 1, "label-sequence"],
    ]);
    expect(found[1]?.message).toBe('Label "1.1" stands under item 2; renumber it 2.1 or move it.');
  });

  it("warns at a keyword line with no item under it: before another keyword, and at the end", () => {
    const text = [
      "*recalling*",
      "",
      "a) the WSIS outcomes,",
      "",
      "  _noting_ with satisfaction",
      "",
      "*resolves*",
      "",
      "1 to act;",
      "",
      "### instructs the Secretary-General",
    ].join("\n");
    const { resolution: r, diagnostics: found } = parseResolution(text, { file: "e.md", role: "pp" });
    expect(r.sections.map((s) => [s.keyword, s.items.length])).toEqual([
      ["recalling", 1],
      ["noting with satisfaction", 0],
      ["resolves", 1],
      ["instructs the Secretary-General", 0],
    ]);
    expect(found.map(formatDiagnostic)).toEqual([
      'e.md:5:3  warning  The keyword line "noting with satisfaction" has no item under it; add the item, or remove the keyword line.  empty-keyword-group',
      'e.md:11:1  warning  The keyword line "instructs the Secretary-General" has no item under it; add the item, or remove the keyword line.  empty-keyword-group',
    ]);
  });

  it("does not warn at a keyword line whose only item shares its line or has no label", () => {
    const text = ["*invites* Member States to take part,", "", "*resolves*", "", "that ITU shall act."].join(
      "\n",
    );
    expect(parseResolution(text, { file: "f.md", role: "pp" }).diagnostics).toEqual([]);
  });
});

describe("fatal input", () => {
  const fatal = (text: string): FatalError => {
    try {
      parseResolution(text, { file: "bad.md" });
    } catch (error) {
      if (error instanceof FatalError) return error;
      throw error;
    }
    throw new Error("expected a FatalError");
  };

  it("an empty or blank document, naming the file", () => {
    for (const text of ["", "\n\n  \t\n", "\ufeff"]) {
      const error = fatal(text);
      expect([error.file, error.message]).toEqual([
        "bad.md",
        "the file is empty; expected an ITU resolution in Markdown",
      ]);
    }
  });

  it("a document without any keyword section", () => {
    const error = fatal("# Notes\n\nSome text about WSIS, but no resolution structure.\n");
    expect(error.file).toBe("bad.md");
    expect(error.message).toMatch(/^no keyword section found/);
    expect(error.message).not.toContain("\n");
  });
});

/** How lines become sections, items and sub-items in the harder cases real files bring. */
import { describe, expect, it } from "vitest";
import type { Item } from "../../src/model.js";
import { parseResolution } from "../../src/parse/index.js";

const parse = (lines: string[]) => parseResolution(lines.join("\n"), { file: "s.md", role: "ITU-T" });

type Tree = [string | null, number, string, Tree[]?];
const tree = (item: Item): Tree =>
  item.subitems.length > 0
    ? [item.label, item.line, item.text, item.subitems.map(tree)]
    : [item.label, item.line, item.text];

function sections(lines: string[]) {
  const { resolution, diagnostics } = parse(lines);
  return {
    sections: resolution.sections.map((s) => [s.keyword, s.family, s.line, s.items.map(tree)]),
    warnings: diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId}`),
  };
}

describe("keywords", () => {
  it("takes modifiers and an addressee's tail after the emphasis into the keyword, not an item", () => {
    expect(
      sections([
        "*recalling* further,",
        "",
        "a) the outcomes,",
        "",
        "*invites Member States*, as appropriate:",
        "",
        "1 to act;",
        "",
        "*invites the Council*, to follow this resolution,",
        "",
        "*requests the Secretary-General*, in consultation with the Directors of the Bureaux, to report.",
      ]).sections,
    ).toEqual([
      ["recalling further", "recalling", 1, [["a)", 3, "the outcomes,"]]],
      ["invites Member States, as appropriate", "invites-member-states", 5, [["1", 7, "to act;"]]],
      // An item ("to ...") or a sentence that goes on is not a tail.
      ["invites the Council", "invites-council", 9, [[null, 9, "to follow this resolution,"]]],
      [
        "requests the Secretary-General",
        "requests-secretary-general",
        11,
        [[null, 11, "in consultation with the Directors of the Bureaux, to report."]],
      ],
    ]);
  });

  it("reads an italic keyword followed by its clause on the same line", () => {
    const { resolution } = parse([
      "*recalling*",
      "",
      "a) the outcomes,",
      "",
      "*resolves* that ITU-T shall contribute.",
    ]);
    const resolves = resolution.sections[1];
    expect([resolves?.keyword, resolves?.family, resolves?.keywordSource]).toEqual([
      "resolves",
      "resolves",
      "*resolves*",
    ]);
    expect(resolves?.items.map((i) => [i.label, i.line, i.column, i.text, i.source])).toEqual([
      [null, 5, 12, "that ITU-T shall contribute.", "that ITU-T shall contribute."],
    ]);
  });

  it("takes the addressee after an italic verb into the family", () => {
    const { resolution } = parse(["*invites* Member States to take part in the WSIS Forum."]);
    expect(resolution.sections.map((s) => [s.keyword, s.family])).toEqual([
      ["invites", "invites-member-states"],
    ]);
    expect(resolution.sections[0]?.items[0]?.text).toBe("Member States to take part in the WSIS Forum.");
  });

  it("reads a keyword and its items in one paragraph, as copied from a PDF", () => {
    expect(
      sections([
        "The World Telecommunication Standardization Assembly (Geneva, 2022),",
        "recalling",
        "a) the outcome documents of WSIS;",
        "b) the Tunis Agenda,",
        "resolves",
        "1 that ITU-T shall contribute.",
      ]),
    ).toEqual({
      sections: [
        [
          "recalling",
          "recalling",
          2,
          [
            ["a)", 3, "the outcome documents of WSIS;"],
            ["b)", 4, "the Tunis Agenda,"],
          ],
        ],
        ["resolves", "resolves", 5, [["1", 6, "that ITU-T shall contribute."]]],
      ],
      warnings: [],
    });
  });

  it("gives items without labels when a group has none", () => {
    expect(
      sections(["*considering*", "", "that ICTs enable development;", "", "that standards help,"]),
    ).toEqual({
      sections: [
        [
          "considering",
          "considering",
          1,
          [
            [null, 3, "that ICTs enable development;"],
            [null, 5, "that standards help,"],
          ],
        ],
      ],
      warnings: [],
    });
  });
});

describe("labels", () => {
  it("reads i) after a chapeau as a sub-item, and as the letter after h) without one", () => {
    const letters = ["a", "b", "c", "d", "e", "f", "g"].flatMap((l) => [`${l}) item ${l};`, ""]);
    expect(
      sections([
        "*recalling*",
        "",
        ...letters,
        "h) the following:",
        "",
        "i) first;",
        "",
        "ii) second;",
        "",
        "i) the ninth item,",
      ]).sections[0]?.[3],
    ).toEqual([
      ...["a", "b", "c", "d", "e", "f", "g"].map((l, n) => [`${l})`, 3 + 2 * n, `item ${l};`]),
      [
        "h)",
        17,
        "the following:",
        [
          ["i)", 19, "first;"],
          ["ii)", 21, "second;"],
        ],
      ],
      ["i)", 23, "the ninth item,"],
    ]);
    expect(
      sections(["*recalling*", "", ...letters, "h) the eighth;", "", "i) the ninth,"]).sections[0]?.[3],
    ).toEqual([
      ...["a", "b", "c", "d", "e", "f", "g"].map((l, n) => [`${l})`, 3 + 2 * n, `item ${l};`]),
      ["h)", 17, "the eighth;"],
      ["i)", 19, "the ninth,"],
    ]);
  });

  it("accepts bis and ter insertions without a sequence warning", () => {
    const result = sections([
      "*resolves*",
      "",
      "1 first;",
      "",
      "1bis inserted;",
      "",
      "2 second;",
      "",
      "a bis) not here,",
    ]);
    expect(result.sections[0]?.[3]).toEqual([
      ["1", 3, "first;"],
      ["1bis", 5, "inserted;"],
      ["2", 7, "second;", [["a bis)", 9, "not here,"]]],
    ]);
    expect(result.warnings).toEqual(["9:1 label-sequence"]);
  });

  it("letters past z) as aa), ab), and reads ii) as roman", () => {
    const letters = [..."abcdefghijklmnopqrstuvwxyz".split(""), "aa", "ab"];
    const result = sections(["*recalling*", "", ...letters.flatMap((l) => [`${l}) item ${l};`, ""])]);
    expect(result.warnings).toEqual([]);
    const items = (result.sections[0]?.[3] ?? []) as Tree[];
    expect(items.map((t) => t[0])).toEqual(letters.map((l) => `${l})`));
    const { resolution } = parse(["*recalling*", "", "a) one:", "", "i) first;", "", "ii) second,"]);
    expect(resolution.sections[0]?.items[0]?.subitems.map((i) => [i.label, i.ordinal])).toEqual([
      ["i)", 1],
      ["ii)", 2],
    ]);
  });

  it("does not take a hard-wrapped year for a list item", () => {
    const result = sections([
      "*recalling*",
      "",
      "- a) Resolution 140 (Rev. Dubai,",
      "2018) of the Plenipotentiary Conference;",
      "- b) the Tunis Agenda,",
    ]);
    expect(result).toEqual({
      sections: [
        [
          "recalling",
          "recalling",
          1,
          [
            ["a)", 3, "Resolution 140 (Rev. Dubai, 2018) of the Plenipotentiary Conference;"],
            ["b)", 5, "the Tunis Agenda,"],
          ],
        ],
      ],
      warnings: [],
    });
  });

  it("reads indented lines (Markdown code) as sub-items of the item above", () => {
    expect(
      sections([
        "*resolves*",
        "",
        "1 that ITU-T shall:",
        "",
        "    i) study;",
        "    ii) report,",
        "",
        "2 that it ends.",
      ]).sections,
    ).toEqual([
      [
        "resolves",
        "resolves",
        1,
        [
          [
            "1",
            3,
            "that ITU-T shall:",
            [
              ["i)", 5, "study;"],
              ["ii)", 6, "report,"],
            ],
          ],
          ["2", 8, "that it ends."],
        ],
      ],
    ]);
  });

  it("does not take a number inside a wrapped sentence for a label", () => {
    expect(
      sections([
        "*resolves*",
        "",
        "1 that the work under Article",
        "2 of the Convention goes on;",
        "",
        "2 that it ends.",
      ]).sections[0]?.[3],
    ).toEqual([
      ["1", 3, "that the work under Article 2 of the Convention goes on;"],
      ["2", 6, "that it ends."],
    ]);
  });
});

describe("where the parts stand in the source", () => {
  const slice = (source: string, span: { start: { offset: number }; end: { offset: number } } | null) =>
    span ? source.slice(span.start.offset, span.end.offset) : null;

  it("records each label as written, a list marker that gives one, and the keyword line", () => {
    const { resolution } = parse([
      "- *recalling*",
      "",
      "- **a)** bold;",
      "- b\\) escaped;",
      "  (i) in parentheses;",
      "",
      "*resolves*",
      "",
      "1. that a list number is the label;",
      "",
      "   that an unlabelled paragraph follows.",
    ]);
    const { source } = resolution;
    const labels = (items: Item[]): (string | null)[] =>
      items.flatMap((item) => [slice(source, item.labelSpan), ...labels(item.subitems)]);
    expect(resolution.sections.map((s) => [slice(source, s.keywordSpan), labels(s.items)])).toEqual([
      ["- *recalling*", ["**a)**", "b\\)", "(i)"]],
      ["*resolves*", ["1."]],
    ]);
  });

  it("tells which items have a blank line above them", () => {
    const { resolution } = parse([
      "*recalling*",
      "a) first;",
      "",
      "b) second:",
      "  i) tight;",
      "",
      "  ii) loose",
    ]);
    const blanks = (items: Item[]): boolean[] =>
      items.flatMap((item) => [item.blankLineBefore, ...blanks(item.subitems)]);
    expect(blanks(resolution.sections[0]?.items ?? [])).toEqual([false, true, false, true]);
  });

  it("records the heading, its revision, the title, the preamble, its meeting and the front matter", () => {
    const text = [
      "---",
      "body: WTSA",
      'revision: "Rev. Geneva, 2022"',
      "---",
      "",
      "# RESOLUTION 75 (REV. GENEVA, 2022)",
      "",
      "## Contribution of ITU-T",
      "",
      "The World Telecommunication Standardization Assembly",
      "(Geneva, 2022),",
      "",
      "*recalling*",
      "",
      "a) the outcomes.",
    ].join("\n");
    const { resolution } = parseResolution(text, { file: "s.md" });
    const spans = Object.entries(resolution.spans).map(([part, span]) => [part, slice(text, span)]);
    expect(spans).toEqual([
      ["heading", "# RESOLUTION 75 (REV. GENEVA, 2022)"],
      ["headingRevision", "REV. GENEVA, 2022"],
      ["title", "## Contribution of ITU-T"],
      ["preamble", "The World Telecommunication Standardization Assembly\n(Geneva, 2022),"],
      ["preambleMeeting", "Geneva, 2022"],
      ["frontMatter", '---\nbody: WTSA\nrevision: "Rev. Geneva, 2022"\n---'],
      ["frontMatterRevision", "Rev. Geneva, 2022"],
    ]);
    expect(resolution.spans.headingRevision?.start.line).toBe(6);
  });
});

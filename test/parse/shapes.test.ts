/**
 * One fixture per Markdown shape (fixtures/shapes/*.md): the sections, labels, lines, columns and texts
 * the parser must read from each, written out in full. Plus, for every shape: the source slices match
 * the spans, the fast path and remark give the same resolution, and the front (role, number,
 * revision, title, preamble) is read.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Item, Resolution } from "../../src/model.js";
import { parseResolution } from "../../src/parse/index.js";

const dir = new URL("../../fixtures/shapes/", import.meta.url);
const read = (name: string) => readFileSync(new URL(name, dir), "utf8");
const parse = (name: string, engine: "auto" | "remark" = "auto") =>
  parseResolution(read(name), { file: name, engine });

interface ItemShape {
  label: string | null;
  labelRaw: string | null;
  line: number;
  column: number;
  text: string;
  subitems: ItemShape[];
}

function item(
  label: string,
  labelRaw: string,
  line: number,
  column: number,
  text: string,
  subitems: ItemShape[] = [],
): ItemShape {
  return { label, labelRaw, line, column, text, subitems };
}

function section(keyword: string, family: string, kind: string, line: number, items: ItemShape[]) {
  return { keyword, family, kind, line, items };
}

function shapeOf(item: Item): ItemShape {
  return {
    label: item.label,
    labelRaw: item.labelRaw,
    line: item.line,
    column: item.column,
    text: item.text,
    subitems: item.subitems.map(shapeOf),
  };
}

function sectionsOf(resolution: Resolution) {
  return resolution.sections.map((s) => ({
    keyword: s.keyword,
    family: s.family,
    kind: s.kind,
    line: s.line,
    items: s.items.map(shapeOf),
  }));
}

const EXPECTED: Record<string, ReturnType<typeof section>[]> = {
  "annex.md": [
    section("recalling", "recalling", "preambular", 7, [
      item("a)", "a)", 9, 1, "the WSIS outcome documents,"),
    ]),
    section("resolves", "resolves", "operative", 11, [
      item("1", "1", 13, 1, "that ITU-T shall keep the table in the annex up to date."),
    ]),
  ],
  "bom.md": [
    section("noting", "noting", "preambular", 7, [item("a)", "a)", 9, 1, "the WSIS Forum,")]),
    section("resolves", "resolves", "operative", 11, [
      item("1", "1", 13, 1, "that ITU-T shall take part in the WSIS Forum."),
    ]),
  ],
  "crlf.md": [
    section("recalling", "recalling", "preambular", 7, [
      item("a)", "a)", 9, 1, "the WSIS outcome documents;"),
      item("b)", "b)", 11, 1, "the Connect 2030 Agenda,"),
    ]),
    section("resolves", "resolves", "operative", 13, [
      item("1", "1", 15, 1, "that ITU-D shall keep this resolution under review."),
    ]),
  ],
  "front-matter.md": [
    section("recalling", "recalling", "preambular", 10, [
      item("a)", "a)", 12, 1, "the WSIS outcome documents,"),
    ]),
    section("resolves", "resolves", "operative", 14, [
      item("1", "1", 16, 1, "that ITU-T shall contribute to the WSIS review."),
    ]),
  ],
  "hard-wrap.md": [
    section("recalling", "recalling", "preambular", 9, [
      item(
        "a)",
        "a)",
        11,
        1,
        "Resolution 140 (Rev. Dubai, 2018) of the Plenipotentiary Conference, on ITU's role in implementing the outcomes of the World Summit on the Information Society;",
      ),
      item(
        "b)",
        "b)",
        15,
        1,
        "UNGA resolution 75/202, on information and communications technologies for sustainable development,",
      ),
    ]),
    section(
      "instructs the Director of the Telecommunication Standardization Bureau",
      "instructs-director",
      "operative",
      18,
      [item("1", "1", 21, 1, "to report each year on this resolution.")],
    ),
  ],
  "items-bullet-list.md": [
    section("noting", "noting", "preambular", 7, [
      item("a)", "a)", 9, 3, "that the CWG-WSIS&SDG gathers the views of Member States;"),
      item("b)", "b)", 10, 3, "the focus groups on emerging topics,"),
    ]),
    section("resolves", "resolves", "operative", 12, [
      item("a)", "a)", 14, 4, "that ITU-T shall continue to:", [
        item("i)", "i)", 15, 6, "take the Action Lines into account;"),
        item("ii)", "ii)", 16, 6, "report to the stocktaking database;"),
      ]),
      item("b)", "b)", 17, 4, "that ITU-T shall support smart sustainable cities."),
    ]),
  ],
  "keyword-bold.md": [
    section("considering", "considering", "preambular", 7, [
      item("a)", "a)", 9, 1, "that broadband networks help every Sustainable Development Goal,"),
    ]),
    section("invites Member States", "invites-member-states", "operative", 11, [
      item("1", "1", 13, 1, "to share their experience in implementing the Action Lines."),
    ]),
  ],
  "keyword-heading.md": [
    section("recognizing", "recognizing", "preambular", 7, [
      item("a)", "a)", 9, 1, "that standards lower the cost of equipment for users,"),
    ]),
    section(
      "instructs the Director of the Telecommunication Standardization Bureau",
      "instructs-director",
      "operative",
      11,
      [item("1", "1", 13, 1, "to report each year to TSAG on this resolution.")],
    ),
  ],
  "keyword-modifier-outside.md": [
    section("recalling further", "recalling", "preambular", 7, [
      item("a)", "a)", 9, 1, "the Geneva Plan of Action,"),
    ]),
    section("noting with satisfaction", "noting", "preambular", 11, [
      item("a)", "a)", 13, 1, "the success of the WSIS Forum,"),
    ]),
    section("considering also", "considering", "preambular", 15, [
      item("a)", "a)", 17, 1, "that ICTs enable development,"),
    ]),
    section("recognizing further", "recognizing", "preambular", 19, [
      item("a)", "a)", 21, 1, "the work of the study groups,"),
    ]),
    section("emphasizing further", "emphasizing", "preambular", 23, [
      item("a)", "a)", 26, 1, "the role of the regional offices,"),
    ]),
    // Words other than modifiers after the emphasis are the group's first item.
    section("aware", "aware", "preambular", 28, [
      {
        ...item("-", "-", 28, 9, "further that the text goes on, this is an item"),
        label: null,
        labelRaw: null,
      },
    ]),
    section("resolves further", "resolves", "operative", 30, [
      item("1", "1", 32, 1, "that ITU-T shall continue this work."),
    ]),
    // A tail on the addressee after the emphasis is part of the keyword, as it is inside it.
    section(
      "instructs the Director of the Telecommunication Standardization Bureau, in collaboration with the Directors of the other two Bureaux",
      "instructs-director",
      "operative",
      34,
      [item("1", "1", 36, 1, "to report on it.")],
    ),
  ],
  "keyword-plain.md": [
    section("bearing in mind", "bearing-in-mind", "preambular", 7, [
      item("a)", "a)", 9, 1, "that ITU coordinates three WSIS Action Lines;"),
      item("b)", "b)", 11, 1, "that the SDGs build on the WSIS vision,"),
    ]),
    section("instructs the Secretary-General", "instructs-secretary-general", "operative", 13, [
      item("1", "1", 15, 1, "to report to the Council every year."),
    ]),
  ],
  "keyword-star.md": [
    section("recalling", "recalling", "preambular", 7, [
      item(
        "a)",
        "a)",
        9,
        1,
        "the outcome documents of both phases of the World Summit on the Information Society;",
      ),
      item("b)", "b)", 11, 1, "the Tunis Agenda for the Information Society,"),
    ]),
    section("resolves", "resolves", "operative", 13, [
      item("1", "1", 15, 1, "that ITU-T shall keep its work aligned with the WSIS Action Lines."),
    ]),
  ],
  "keyword-underscore.md": [
    section("noting", "noting", "preambular", 7, [
      item("a)", "a)", 9, 1, "the annual report on WSIS implementation;"),
      item("b)", "b)", 11, 1, "the WSIS stocktaking database,"),
    ]),
    section("resolves", "resolves", "operative", 13, [
      item("1", "1", 15, 1, "that ITU-D shall support national ICT strategies."),
    ]),
  ],
  "keyword-variants.md": [
    section("recalling further", "recalling", "preambular", 7, [
      item("a)", "a)", 9, 1, "the Geneva Plan of Action,"),
    ]),
    section("further recognizing", "recognizing", "preambular", 11, [
      item("a)", "a)", 13, 1, "that ICTs enable development,"),
    ]),
    section("noting with satisfaction", "noting", "preambular", 15, [
      item("a)", "a)", 17, 1, "the success of the WSIS Forum,"),
    ]),
    section("taking into account", "taking-into-account", "preambular", 19, [
      item("a)", "a)", 21, 1, "the 2030 Agenda,"),
    ]),
    section("resolves further", "resolves", "operative", 23, [
      item("1", "1", 25, 1, "that ITU shall continue this work,"),
    ]),
    section(
      "instructs the Director of the Radiocommunication Bureau",
      "instructs-director",
      "operative",
      27,
      [item("1", "1", 29, 1, "to inform the study groups,")],
    ),
    section("invites Member States and Sector Members", "invites-member-states", "operative", 31, [
      item("1", "1", 33, 1, "to contribute,"),
    ]),
    section("requests the Secretary-General", "requests-secretary-general", "operative", 35, [
      item("1", "1", 37, 1, "to transmit this resolution,"),
    ]),
    section(
      "encourages the regional telecommunication organizations",
      "encourages-regional-telecommunication-organizations",
      "operative",
      39,
      [item("1", "1", 41, 1, "to take part.")],
    ),
  ],
  "label-bold.md": [
    section("recalling", "recalling", "preambular", 7, [
      item("a)", "**a)**", 9, 1, "the Connect 2030 Agenda;"),
      item("b)", "**b)**", 11, 1, "the Buenos Aires Action Plan,"),
    ]),
    section("resolves", "resolves", "operative", 13, [
      item("1", "**1)**", 15, 1, "that ITU-D shall help countries measure ICT development."),
    ]),
  ],
  "label-dot.md": [
    section("noting", "noting", "preambular", 7, [
      item("a)", "a.", 9, 1, "the regional initiatives adopted by each conference;"),
      item("b)", "b.", 11, 1, "the measurement work of the Sector, e.g. the ICT Development Index,"),
    ]),
    section("resolves", "resolves", "operative", 13, [
      item("1", "1", 15, 1, "that ITU-D shall publish its statistics openly."),
    ]),
  ],
  "label-escaped.md": [
    section("considering", "considering", "preambular", 7, [
      item("a)", "a\\)", 9, 1, "that radiocommunication brings connectivity to remote places;"),
      item("b)", "b\\)", 11, 1, "that spectrum is a limited natural resource,"),
    ]),
    section("resolves", "resolves", "operative", 13, [
      item("1", "1\\.", 15, 1, "that ITU-R shall contribute to the WSIS review;"),
      item("2", "2\\.", 17, 1, "that the study groups should name the SDG targets they support."),
    ]),
  ],
  "label-paren.md": [
    section("recalling", "recalling", "preambular", 7, [
      item("a)", "(a)", 9, 1, "Resolution 140 of the Plenipotentiary Conference;"),
      item("b)", "(b)", 11, 1, "Resolution 71 on the Strategic Plan of the Union,"),
    ]),
    section("resolves", "resolves", "operative", 13, [
      item("1", "(1)", 15, 1, "that ITU-D shall contribute to the WSIS review."),
    ]),
  ],
  "label-separators.md": [
    section("considering", "considering", "preambular", 7, [
      item("a)", "a)", 9, 1, "that interoperability matters (a space);"),
      item("b)", "b)", 11, 1, "that testing matters (a tab);"),
      item("c)", "c)", 13, 1, "that conformance matters (a no-break space),"),
    ]),
    section("resolves", "resolves", "operative", 15, [
      item("1", "1", 17, 1, "that ITU-T shall keep its conformance database."),
    ]),
  ],
  // Five spaces or more after a list marker: CommonMark reads indented code in the item; the label stays.
  "label-wide-gap.md": [
    section("considering", "considering", "preambular", 7, [
      item("a)", "a)", 9, 3, "that broadband reaches more schools each year;"),
      item("b)", "b)", 10, 3, "that many schools still lack it,"),
    ]),
    section("resolves", "resolves", "operative", 12, [
      item("1", "1)", 14, 3, "that ITU-D shall collect data on school connectivity;"),
      item("2", "2)", 15, 3, "that ITU-D shall publish the data each year;"),
      item("3", "3)", 16, 8, "that ITU-D shall share the data with UNESCO;"),
      item("4", "4)", 17, 1, "that ITU-D shall report to TDAG."),
    ]),
  ],
  "operative-list-dot.md": [
    section("recalling", "recalling", "preambular", 7, [
      item("a)", "a)", 9, 1, "the WSIS outcome documents,"),
    ]),
    section("instructs the Directors of the three Bureaux", "instructs-director", "operative", 11, [
      item("1", "1.", 13, 1, "to include WSIS activities in their operational plans;"),
      item("2", "2.", 14, 1, "to report each year to their advisory groups;"),
      item("3", "3.", 15, 1, "to cooperate closely with the Secretary-General."),
    ]),
  ],
  "operative-list-paren.md": [
    section("recalling", "recalling", "preambular", 7, [
      item("a)", "a)", 9, 1, "the WSIS outcome documents,"),
    ]),
    section("invites Member States and Sector Members", "invites-member-states", "operative", 11, [
      item("1", "1)", 13, 1, "to take part in the WSIS-related work of ITU-T;"),
      item("2", "2)", 15, 1, "to submit contributions on ICT applications."),
    ]),
  ],
  "operative-number.md": [
    section("recalling", "recalling", "preambular", 7, [
      item("a)", "a)", 9, 1, "the WSIS outcome documents,"),
    ]),
    section("resolves", "resolves", "operative", 11, [
      item("1", "1", 13, 1, "that ITU shall continue its leading role in WSIS;"),
      item("2", "2", 15, 1, "that each Sector shall report on its WSIS activities;"),
      item("3", "3", 17, 1, "that the Council shall review this work every year."),
    ]),
  ],
  "pandoc-loose-list.md": [
    section("resolves", "resolves", "operative", 7, [
      item("1", "1.", 9, 1, "that the Radiocommunication Sector shall continue to:", [
        item("i)", "i\\)", 11, 5, "take the Action Lines into account when it sets its priorities;"),
        item("ii)", "ii\\)", 14, 5, "contribute to the WSIS Forum;"),
      ]),
      item("2", "2.", 16, 1, "that ITU-R should study technologies that lower the cost of broadband."),
    ]),
  ],
  "subitems-dash.md": [
    section("resolves", "resolves", "operative", 7, [
      item("1", "1", 9, 1, "that ITU-D shall continue to collect ICT statistics:", [
        item("–", "–", 11, 1, "in cooperation with the Partnership on Measuring ICT for Development;"),
        item("–", "\\-", 13, 1, "with attention to data broken down by gender and age;"),
      ]),
      item("2", "2", 15, 1, "that ITU-D shall publish the statistics each year:", [
        item("–", "-", 17, 1, "in print;"),
        item("–", "-", 18, 1, "online."),
      ]),
    ]),
  ],
  "subitems-decimal.md": [
    section("resolves", "resolves", "operative", 7, [
      item("1", "1", 9, 1, "that the CWG-WSIS&SDG shall continue its work, with these tasks:", [
        item("1.1", "1.1", 11, 1, "to examine the reports of the Secretary-General;"),
        item("1.2", "1.2", 13, 1, "to prepare input to the Council,"),
      ]),
      item("2", "2", 15, 1, "that ITU shall organize the WSIS Forum each year."),
    ]),
  ],
  "subitems-nested-list.md": [
    section("considering", "considering", "preambular", 7, [
      item("a)", "a)", 9, 3, "that standards bodies work on related topics, in particular:", [
        item("i)", "i)", 10, 5, "smart cities;"),
        item("ii)", "ii)", 11, 5, "digital health;"),
      ]),
      item("b)", "b)", 12, 3, "that duplication of work should be avoided,"),
    ]),
    section("resolves", "resolves", "operative", 14, [
      item("1", "1.", 16, 1, "that ITU-T shall cooperate with other bodies:", [
        item("1", "1.", 17, 4, "by liaison statements;"),
        item("2", "2.", 18, 4, "by joint workshops."),
      ]),
    ]),
  ],
  "subitems-roman-lines.md": [
    section("recognizing", "recognizing", "preambular", 7, [
      item("a)", "a)", 9, 1, "that the Action Lines cover, among others:", [
        item("i)", "i)", 10, 1, "access to information and knowledge;"),
        item("ii)", "ii)", 11, 1, "capacity building;"),
        item("iii)", "iii)", 12, 1, "confidence and security in the use of ICTs;"),
      ]),
      item("b)", "b)", 14, 1, "that the SDGs and the Action Lines overlap,"),
    ]),
    section("resolves", "resolves", "operative", 16, [
      item("1", "1", 18, 1, "that ITU shall map its activities to both frameworks."),
    ]),
  ],
  "subitems-roman-paragraphs.md": [
    section("considering", "considering", "preambular", 7, [
      item("a)", "a)", 9, 1, "that many countries still need help with:", [
        item("i)", "(i)", 11, 1, "spectrum management;"),
        item("ii)", "(ii)", 13, 1, "broadband mapping,"),
      ]),
    ]),
    section("resolves", "resolves", "operative", 15, [
      item("1", "1", 17, 1, "that ITU-D shall offer that help on request."),
    ]),
  ],
  "typographic.md": [
    section("recalling", "recalling", "preambular", 7, [
      item("a)", "a)", 9, 1, "the “WSIS and SDGs” pages on the Union’s website – a reference for all;"),
      item("b)", "b)", 11, 1, "the ‘Connect 2030’ targets,"),
    ]),
    section("resolves", "resolves", "operative", 13, [
      item("1", "1", 15, 1, "that ITU shall keep the “WSIS and SDGs” pages up to date."),
    ]),
  ],
};

describe("every Markdown shape", () => {
  const files = readdirSync(dir).filter((name) => name.endsWith(".md") && name !== "diagnostics.md");

  it("has a fixture with expectations, and every expectation has its fixture", () => {
    expect(files.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [name, sections] of Object.entries(EXPECTED)) {
    it(`${name}: sections, labels, lines and texts`, () => {
      const { resolution, diagnostics } = parse(name);
      expect(sectionsOf(resolution)).toEqual(sections);
      expect(diagnostics).toEqual([]);
    });
  }
});

describe("the front of each shape", () => {
  it("reads number and revision from a heading, in any case", () => {
    const star = parse("keyword-star.md").resolution;
    expect([star.number, star.revision, star.heading]).toEqual([
      "75",
      { text: "Rev. Geneva, 2022", place: "Geneva", year: 2022 },
      "Resolution 75 (Rev. Geneva, 2022)",
    ]);
    const caps = parse("keyword-plain.md").resolution;
    expect([caps.number, caps.revision, caps.heading]).toEqual([
      "140",
      { text: "Rev. Dubai, 2018", place: "Dubai", year: 2018 },
      "RESOLUTION 140 (REV. DUBAI, 2018)",
    ]);
  });

  it("reads the ITU-R number and its -2 revision suffix", () => {
    const r = parse("label-escaped.md").resolution;
    expect([r.role, r.number, r.revision]).toEqual(["ITU-R", "61", { text: "-2", suffix: 2 }]);
    expect(r.preamble).toBe("The ITU Radiocommunication Assembly (Sharm el-Sheikh, 2019),");
  });

  it("reads title and preamble, joining hard-wrapped lines", () => {
    const r = parse("hard-wrap.md").resolution;
    expect(r.title).toBe("Items hard-wrapped over several lines, as editors and converters leave them");
    expect(r.preamble).toBe("The World Telecommunication Standardization Assembly (Geneva, 2022),");
    expect(r.sections[1]?.keywordSource).toBe(
      "*instructs the Director of the Telecommunication Standardization\nBureau*",
    );
  });

  it("takes role, number, revision and title from YAML front matter", () => {
    const r = parse("front-matter.md").resolution;
    expect([r.role, r.roleSource, r.number, r.revision?.text, r.title, r.heading]).toEqual([
      "ITU-T",
      "front-matter",
      "75",
      "Rev. Geneva, 2022",
      "Front matter instead of a heading",
      null,
    ]);
    expect(r.frontMatter).toEqual({
      body: "WTSA",
      number: 75,
      revision: "Rev. Geneva, 2022",
      title: "Front matter instead of a heading",
    });
  });

  it("records CRLF line ends and keeps them in the source slices", () => {
    const r = parse("crlf.md").resolution;
    expect(r.eol).toBe("\r\n");
    expect(r.sections[1]?.items[0]?.source).toBe("1 that ITU-D shall keep this resolution under\r\nreview.");
  });

  it("drops the BOM from the source, so positions count from the first character", () => {
    const r = parse("bom.md").resolution;
    expect(read("bom.md").charCodeAt(0)).toBe(0xfeff);
    expect(r.source.startsWith("# Resolution 75")).toBe(true);
    expect(r.sections[0]?.span.start).toEqual({ line: 7, column: 1, offset: r.source.indexOf("*noting*") });
  });

  it("keeps keyword lines exactly as written", () => {
    const keywordSources = (name: string) => parse(name).resolution.sections.map((s) => s.keywordSource);
    expect(keywordSources("keyword-star.md")).toEqual(["*recalling*", "*resolves*"]);
    expect(keywordSources("keyword-underscore.md")).toEqual(["_noting_", "_resolves_"]);
    expect(keywordSources("keyword-bold.md")).toEqual(["**considering**", "**invites Member States**"]);
    expect(keywordSources("keyword-heading.md")).toEqual([
      "### recognizing",
      "### instructs the Director of the Telecommunication Standardization Bureau",
    ]);
    expect(keywordSources("keyword-plain.md")).toEqual([
      "bearing in mind",
      "instructs the Secretary-General",
    ]);
    expect(keywordSources("keyword-modifier-outside.md")).toEqual([
      "*recalling* further",
      "_noting_ with satisfaction,",
      "**considering** also",
      "### *recognizing* further",
      "*emphasizing*\nfurther",
      "*aware*",
      "*resolves* further",
      "*instructs the Director of the Telecommunication Standardization Bureau*, in collaboration with the Directors of the other two Bureaux,",
    ]);
  });

  it("keeps an annex, its table and a note after the operative part as extra blocks", () => {
    const r = parse("annex.md").resolution;
    expect(r.extras.map((e) => [e.after, e.line, e.endLine, e.text])).toEqual([
      [1, 15, 15, "Annex to Resolution 75"],
      [1, 17, 20, "Action Line Lead C2 ITU C5 ITU"],
      [1, 22, 22, "NOTE – The table is for information only."],
    ]);
    expect(r.extras[1]?.source).toBe("| Action Line | Lead |\n|---|---|\n| C2 | ITU |\n| C5 | ITU |");
  });
});

describe("invariants on every shape fixture", () => {
  const files = readdirSync(dir).filter((name) => name.endsWith(".md"));

  it("every item, section and extra block's source is the slice at its span", () => {
    for (const name of files) {
      const r = parse(name).resolution;
      const check = (i: Item) => {
        expect(i.source).toBe(r.source.slice(i.span.start.offset, i.span.end.offset));
        expect(i.endLine).toBe(i.span.end.line);
        i.subitems.forEach(check);
      };
      for (const s of r.sections) {
        s.items.forEach(check);
        expect(s.keywordSource).toBe(
          r.source.slice(s.span.start.offset, s.span.start.offset + s.keywordSource.length),
        );
      }
      for (const e of r.extras) expect(e.source).toBe(r.source.slice(e.span.start.offset, e.span.end.offset));
    }
  });

  it("the fast path and remark over the whole document read the same resolution", () => {
    for (const name of files) {
      const fast = parse(name, "auto");
      const slow = parse(name, "remark");
      expect(fast.resolution).toEqual(slow.resolution);
      expect(fast.diagnostics).toEqual(slow.diagnostics);
    }
  });

  it("the fast path reads the plain shapes without remark", () => {
    for (const name of [
      "keyword-star.md",
      "label-escaped.md",
      "items-bullet-list.md",
      "pandoc-loose-list.md",
      "crlf.md",
    ]) {
      expect(parse(name).stats.remarkBlocks, name).toBe(0);
    }
    expect(parse("annex.md").stats.remarkBlocks).toBeGreaterThan(0);
  });
});

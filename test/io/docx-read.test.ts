/**
 * The Word reader on hand-built documents: each shape of OOXML a resolution arrives in (typed labels,
 * automatic numbering, italic keyword lines, footnotes, hyperlinks, fields, text boxes, tracked
 * changes) and the Markdown reading it gives, then the model the parser builds from that reading.
 */
import { describe, expect, it } from "vitest";
import { FatalError } from "../../src/diagnostics/index.js";
import { readDocx } from "../../src/io/docx/index.js";
import { decodeInput, withOrigin } from "../../src/io/inputs.js";
import { parseResolution } from "../../src/parse/index.js";
import { buildDocx, list, numbered, para, run } from "../helpers/docx.js";

const italic = (text: string) => `<w:p>${run(text, "<w:i/>")}</w:p>`;

/** A WTDC-style resolution in this project's own words, with the shapes Word gives it. */
const HAND_WRITTEN = {
  body: [
    para("RESOLUTION 30 (REV. KIGALI, 2022)", '<w:pStyle w:val="ResNo"/>'),
    para(
      "Digital inclusion in rural communities through the WSIS Action Lines",
      '<w:pStyle w:val="Restitle"/>',
    ),
    para(""),
    para("The World Telecommunication Development Conference (Kigali, 2022),"),
    italic("recalling"),
    // Typed labels, a tab after them.
    `<w:p>${run("a)")}<w:r><w:tab/></w:r>${run("Resolution 140 (Rev. Dubai, 2018) of the Plenipotentiary Conference")}<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r>${run(";")}</w:p>`,
    `<w:p>${run("b)")}<w:r><w:tab/></w:r>${run("the ")}<w:hyperlink r:id="rId7">${run("WSIS outcome documents")}</w:hyperlink>${run(", and the ")}${run("Tunis Agenda", "<w:i/>")}${run(" in particular,")}</w:p>`,
    `<w:p><w:pPr><w:pStyle w:val="Call"/></w:pPr>${run("considering")}</w:p>`,
    // Automatic numbering: the labels are not in the text.
    numbered(1, 0, run("that many rural schools are still without a broadband connection;")),
    numbered(1, 0, run("that community networks can close part of that gap,")),
    italic("resolves"),
    numbered(2, 0, run("that ITU-D shall help Member States to:")),
    numbered(2, 1, run("map the schools without a connection;")),
    numbered(2, 1, run("share what works in community networks;")),
    numbered(
      2,
      0,
      [
        run("to publish a yearly note on rural connectivity, see "),
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "https://www.itu.int/itu-d/" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>',
        run("the ITU-D site"),
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
        run("."),
      ].join(""),
    ),
  ].join(""),
  styles: [
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>',
    '<w:style w:type="paragraph" w:styleId="ResNo"><w:name w:val="ResNo"/><w:basedOn w:val="Normal"/><w:rPr><w:caps/></w:rPr></w:style>',
    '<w:style w:type="paragraph" w:styleId="Restitle"><w:name w:val="Res_title"/><w:basedOn w:val="Normal"/><w:rPr><w:b/></w:rPr></w:style>',
    '<w:style w:type="paragraph" w:styleId="Call"><w:name w:val="Call"/><w:basedOn w:val="Normal"/><w:rPr><w:i/></w:rPr></w:style>',
  ].join(""),
  numbering:
    list(10, [{ format: "lowerLetter", text: "%1)" }], [1]) +
    list(
      20,
      [
        { format: "decimal", text: "%1" },
        { format: "lowerRoman", text: "%2)" },
      ],
      [2],
    ),
  footnotes:
    '<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>' +
    run(" Revised at the Plenipotentiary Conference (Bucharest, 2022).") +
    "</w:p></w:footnote>",
  links: { rId7: "https://www.itu.int/net/wsis/" },
};

describe("readDocx on a hand-written resolution", () => {
  it("reads it into Markdown in the shapes the parser knows", async () => {
    const reading = await readDocx(await buildDocx(HAND_WRITTEN), "res30.docx");
    expect(reading.markdown).toBe(
      [
        "# RESOLUTION 30 (REV. KIGALI, 2022)",
        "## Digital inclusion in rural communities through the WSIS Action Lines",
        "The World Telecommunication Development Conference (Kigali, 2022),",
        "*recalling*",
        "a) Resolution 140 (Rev. Dubai, 2018) of the Plenipotentiary Conference[^1];",
        "b) the [WSIS outcome documents](https://www.itu.int/net/wsis/), and the *Tunis Agenda* in particular,",
        "*considering*",
        "a) that many rural schools are still without a broadband connection;",
        "b) that community networks can close part of that gap,",
        "*resolves*",
        "1 that ITU-D shall help Member States to:",
        "i) map the schools without a connection;",
        "ii) share what works in community networks;",
        "2 to publish a yearly note on rural connectivity, see [the ITU-D site](https://www.itu.int/itu-d/).",
        "[^1]: Revised at the Plenipotentiary Conference (Bucharest, 2022).",
        "",
      ]
        .join("\n\n")
        .replace(/\n\n$/, "\n"),
    );
    // Blank lines have no paragraph; the empty Word paragraph (3) is counted but gives no line.
    expect(reading.paragraphOfLine.filter((p) => p !== null)).toEqual([
      1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 6,
    ]);
  });

  it("parses into the model, labels from automatic numbering included", async () => {
    const input = await decodeInput(await buildDocx(HAND_WRITTEN), "res30.docx");
    const { resolution, diagnostics } = withOrigin(parseResolution(input.text, { file: input.name }), input);
    expect(diagnostics).toEqual([]);
    expect(resolution.role).toBe("ITU-D");
    expect(resolution.number).toBe("30");
    expect(resolution.revision?.text).toBe("Rev. Kigali, 2022");
    expect(resolution.title).toBe("Digital inclusion in rural communities through the WSIS Action Lines");
    expect(resolution.origin?.format).toBe("docx");
    const outline = resolution.sections.map((s) => [
      s.keyword,
      s.items.map((i) => [i.label, i.text, i.subitems.map((sub) => [sub.label, sub.text])]),
    ]);
    expect(outline).toEqual([
      [
        "recalling",
        [
          ["a)", "Resolution 140 (Rev. Dubai, 2018) of the Plenipotentiary Conference;", []],
          ["b)", "the WSIS outcome documents, and the Tunis Agenda in particular,", []],
        ],
      ],
      [
        "considering",
        [
          ["a)", "that many rural schools are still without a broadband connection;", []],
          ["b)", "that community networks can close part of that gap,", []],
        ],
      ],
      [
        "resolves",
        [
          [
            "1",
            "that ITU-D shall help Member States to:",
            [
              ["i)", "map the schools without a connection;"],
              ["ii)", "share what works in community networks;"],
            ],
          ],
          ["2", "to publish a yearly note on rural connectivity, see the ITU-D site.", []],
        ],
      ],
    ]);
  });
});

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

const KEYWORD_AND_ITEM = italic("resolves") + para("1\tthat ITU-T shall keep the WSIS pages up to date.");

async function fatalOf(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    if (error instanceof FatalError) return `${error.file}: ${error.message}`;
    throw error;
  }
  throw new Error("expected a FatalError");
}

describe("readDocx refuses what it cannot read as resolution text", () => {
  it("refuses tracked changes, naming them", async () => {
    const body =
      KEYWORD_AND_ITEM +
      `<w:p><w:ins w:id="1" w:author="A" w:date="2024-01-01T00:00:00Z">${run("added")}</w:ins><w:del w:id="2" w:author="A" w:date="2024-01-01T00:00:00Z"><w:r><w:delText>gone</w:delText></w:r></w:del></w:p>` +
      `<w:p><w:moveFrom w:id="3" w:author="A" w:date="2024-01-01T00:00:00Z">${run("moved")}</w:moveFrom></w:p>`;
    expect(await fatalOf(async () => readDocx(await buildDocx({ body }), "t.docx"))).toBe(
      "t.docx: still holds tracked changes (1 insertion, 1 deletion, 1 move mark); accept or reject them first (in Word: Review > Accept or Reject), save, and run again",
    );
  });

  it("refuses an encrypted file, a zip that is not Word, a damaged zip, damaged XML and .doc", async () => {
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(await fatalOf(() => decodeInput(ole, "locked.docx"))).toBe(
      "locked.docx: is encrypted (password-protected) or an old .doc file; save it as an unprotected .docx",
    );
    expect(await fatalOf(() => decodeInput(ole, "old.doc"))).toBe(
      "old.doc: is an old Word .doc file, which is not supported; save it as a Word document (.docx) and use that",
    );
    const JSZip = (await import("jszip")).default;
    const other = await new JSZip().file("content.xml", "<x/>").generateAsync({ type: "nodebuffer" });
    expect(await fatalOf(() => decodeInput(other, "sheet.docx"))).toBe(
      "sheet.docx: is not a Word document (a zip without word/document.xml)",
    );
    const good = await buildDocx({ body: KEYWORD_AND_ITEM });
    expect(await fatalOf(() => decodeInput(good.subarray(0, good.length - 40), "cut.docx"))).toMatch(
      /^cut\.docx: is damaged: it cannot be opened as a zip \(.+\); open and save it again in Word$/,
    );
    const broken = await buildDocx({ body: "<w:p><w:r><w:t>unclosed</w:r></w:p>" });
    expect(await fatalOf(() => decodeInput(broken, "broken.docx"))).toMatch(
      /^broken\.docx: is damaged: word\/document\.xml is not well-formed XML \(.+\); open and save it again in Word$/,
    );
    expect(await fatalOf(() => decodeInput(Buffer.from("# a Markdown file\n"), "draft.docx"))).toBe(
      "draft.docx: is not a Word document (.docx is a zip file, and this is not one)",
    );
  });

  it("reads a Word document under another name, and Markdown as before", async () => {
    const good = await buildDocx({ body: KEYWORD_AND_ITEM });
    expect((await decodeInput(good, "<stdin>")).text).toBe(
      "*resolves*\n\n1 that ITU-T shall keep the WSIS pages up to date.\n",
    );
    expect(await decodeInput(Buffer.from("*resolves*\n"), "a.md")).toEqual({
      name: "a.md",
      text: "*resolves*\n",
    });
  });

  it("leaves out field codes and results, text boxes, comments, hidden and deleted-looking text", async () => {
    const body =
      italic("resolves") +
      "<w:p>" +
      run("1\tthat ITU-T shall report each year") +
      // A page-number field: neither its code nor its result is resolution text.
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
      run("7") +
      '<w:r><w:fldChar w:fldCharType="end"/></w:r>' +
      '<w:fldSimple w:instr=" DATE "><w:r><w:t>1 January 2024</w:t></w:r></w:fldSimple>' +
      // A text box anchored in the paragraph.
      '<w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent><w:p><w:r><w:t>a note in a box</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>' +
      '<w:commentRangeStart w:id="4"/>' +
      run(" to the Council") +
      '<w:commentRangeEnd w:id="4"/><w:r><w:commentReference w:id="4"/></w:r>' +
      run(" (draft)", "<w:vanish/>") +
      run(".") +
      "</w:p>";
    const reading = await readDocx(
      await buildDocx({ body, files: { "word/comments.xml": "<w:comments/>" } }),
      "f.docx",
    );
    expect(reading.markdown).toBe("*resolves*\n\n1 that ITU-T shall report each year to the Council.\n");
    // The paragraph inside the text box is not a body paragraph.
    expect(reading.paragraphOfLine).toEqual([1, null, 2]);
  });
});

describe("automatic numbering", () => {
  const numbering =
    list(1, [{ format: "lowerLetter", text: "%1)" }], [1, 2]) +
    '<w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>' +
    list(4, [
      { format: "decimal", text: "%1." },
      { format: "decimal", text: "%1.%2" },
    ]) +
    list(5, [{ format: "upperRoman", text: "(%1)", start: 3 }]) +
    list(6, [{ format: "bullet", text: "–" }]);
  const item = (numId: number, ilvl: number, text: string) => numbered(numId, ilvl, run(text));

  it("continues a list across keyword lines and instances, restarts on startOverride, nests levels", async () => {
    const letters = Array.from({ length: 27 }, (_, i) => item(1, 0, `item ${i + 1};`)).join("");
    const body =
      italic("considering") +
      item(1, 0, "first;") +
      italic("considering further") +
      item(2, 0, "continues the same list;") +
      italic("noting") +
      item(3, 0, "restarts;") +
      letters +
      italic("resolves") +
      item(4, 0, "one:") +
      item(4, 1, "one point one;") +
      item(4, 1, "one point two;") +
      item(4, 0, "two;") +
      item(4, 1, "two point one;") +
      item(5, 0, "roman from three;") +
      item(6, 0, "a dash;");
    const reading = await readDocx(await buildDocx({ body, numbering }), "n.docx");
    const lines = reading.markdown.split("\n").filter((l) => l !== "");
    expect(lines.slice(0, 8)).toEqual([
      "*considering*",
      "a) first;",
      "*considering further*",
      "b) continues the same list;",
      "*noting*",
      "a) restarts;",
      "b) item 1;",
      "c) item 2;",
    ]);
    expect(lines.slice(31)).toEqual([
      "aa) item 26;",
      "bb) item 27;",
      "*resolves*",
      "1. one:",
      // Under a Markdown list item ("1. "), a deeper level is indented into it, as Word nests it.
      "   1.1 one point one;",
      "   1.2 one point two;",
      "2. two;",
      "   2.1 two point one;",
      "(III) roman from three;",
      "- a dash;",
    ]);
  });
});

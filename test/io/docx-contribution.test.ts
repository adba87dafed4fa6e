/**
 * The Word reader on an ITU contribution (the layout of ITU's templates and of the project's own Word
 * proposals): the cover block, the unit's mark line ("Proposal" style) and the "Reasons" paragraph are
 * not resolution text, while paragraph numbers still count every body paragraph; a footnote's link is a
 * relationship of the footnotes part.
 */
import { describe, expect, it } from "vitest";
import { readDocx } from "../../src/io/docx/index.js";
import { buildDocx, para, R_NS, run } from "../helpers/docx.js";

const styles = [
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>',
  '<w:style w:type="paragraph" w:styleId="Proposal"><w:name w:val="Proposal"/><w:rPr><w:b/></w:rPr></w:style>',
  '<w:style w:type="paragraph" w:styleId="Reasons"><w:name w:val="Reasons"/></w:style>',
  '<w:style w:type="paragraph" w:styleId="ResNo"><w:name w:val="Res_No"/></w:style>',
  '<w:style w:type="paragraph" w:styleId="Call"><w:name w:val="Call"/><w:rPr><w:i/></w:rPr></w:style>',
].join("");

const CONTRIBUTION = [
  `<w:tbl><w:tr><w:tc>${para("Plenipotentiary Conference (PP-26)")}</w:tc><w:tc>${para("Document 64-E")}${para("Original: English")}</w:tc></w:tr></w:tbl>`,
  para("Member States of the Example Group"),
  para("Proposed revision of RESOLUTION 140 (REV. DUBAI, 2018)"),
  para("MOD\tACP/64A1/1", '<w:pStyle w:val="Proposal"/>'),
  para("RESOLUTION 140 (REV. [PLACE], [YEAR])", '<w:pStyle w:val="ResNo"/>'),
  para("The Plenipotentiary Conference of the International Telecommunication Union ([Place], [Year]),"),
  para("resolves", '<w:pStyle w:val="Call"/>'),
  `<w:p>${run("1\tthat ITU shall keep its WSIS pages current")}<w:r><w:footnoteReference w:id="1"/></w:r>${run(",")}</w:p>`,
  para(
    "Reasons:\tThe provisions common to the three Sectors are stated once.",
    '<w:pStyle w:val="Reasons"/>',
  ),
].join("");

const FOOTNOTES =
  '<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>' +
  `${run(" See the ")}<w:hyperlink r:id="rIdLink1">${run("WSIS pages")}</w:hyperlink>${run(".")}</w:p></w:footnote>`;

describe("readDocx on an ITU contribution", () => {
  it("reads the resolution of the proposal unit, not the cover, the mark line or the Reasons", async () => {
    const bytes = await buildDocx({
      body: CONTRIBUTION,
      styles,
      footnotes: FOOTNOTES,
      files: {
        "word/_rels/footnotes.xml.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdLink1" Type="${R_NS}/hyperlink" Target="https://www.itu.int/wsis/" TargetMode="External"/></Relationships>`,
      },
    });
    const reading = await readDocx(bytes, "c.docx");
    expect(reading.markdown).toBe(
      [
        "# RESOLUTION 140 (REV. \\[PLACE\\], \\[YEAR\\])",
        "",
        "The Plenipotentiary Conference of the International Telecommunication Union (\\[Place\\], \\[Year\\]),",
        "",
        "*resolves*",
        "",
        "1 that ITU shall keep its WSIS pages current[^1],",
        "",
        "[^1]: See the [WSIS pages](https://www.itu.int/wsis/).",
        "",
      ].join("\n"),
    );
    // Paragraphs are counted over the whole body: the cover's three in the table, then two more.
    expect(reading.paragraphOfLine.filter((p) => p !== null)).toEqual([7, 8, 9, 10, 10]);
  });

  it("reads a document without a Proposal paragraph whole", async () => {
    const body = [para("Proposed revision"), para("Reasons: none", '<w:pStyle w:val="Reasons"/>')].join("");
    const reading = await readDocx(await buildDocx({ body, styles }), "d.docx");
    expect(reading.markdown).toBe("Proposed revision\n\nReasons: none\n");
  });
});

/**
 * Inside the paragraphs of the Word proposals: Markdown footnotes become real Word footnotes (a
 * `w:footnoteReference` in document.xml, the text in word/footnotes.xml, no definition paragraph left in
 * the body), a moved item's footnote comes into Resolution 140 as a tracked insertion with its
 * reference, a suppressed item's footnote goes out with it; links are hyperlinks and emphasis stays.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runInProcess } from "../helpers/cli.js";
import { docxParts, readFootnotes, readParagraphs } from "./docx.js";
import { readMarkdown, squash } from "./markdown-paragraphs.js";

const dir = mkdtempSync(join(tmpdir(), "wsis-word-inline-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const set = (folder: string) => ["pp", "itu-r", "itu-t", "itu-d"].map((f) => `${folder}/${f}.md`);
const NOTES = set("fixtures/quality/new-user-shapes");
const LINKS = set("test/fixtures/docx-set");
const CHANGE = `w:author="wsis-consolidate" w:date="2026-01-15T00:00:00Z"`;

async function propose(name: string, inputs: string[]): Promise<string> {
  const out = join(dir, name);
  const run = await runInProcess(["propose", "--out", out, "--date", "2026-01-15", ...inputs]);
  expect(run.code).toBe(0);
  return out;
}
const parts = async (out: string, file: string) => docxParts(readFileSync(join(out, file)));
/** The footnotes of word/footnotes.xml other than Word's separators, by id. */
const footnotes = (xml: string | undefined) =>
  [...(xml ?? "").matchAll(/<w:footnote w:id="(\d+)">([\s\S]*?)<\/w:footnote>/g)].map((m) => ({
    id: Number(m[1]),
    xml: m[2] as string,
  }));

describe("footnotes in the Word proposals", () => {
  let out = "";
  beforeAll(async () => {
    out = await propose("notes", NOTES);
  }, 60_000);

  it("a moved item's footnote comes into Resolution 140 as a tracked insertion, reference and text", async () => {
    const p = await parts(out, "resolution-140.proposal.docx");
    const xml = p["word/document.xml"] as string;
    expect(xml).toMatch(
      new RegExp(
        `<w:ins w:id="\\d+" ${CHANGE}><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r></w:ins>`,
      ),
    );
    expect(xml.match(/<w:footnoteReference /g)).toHaveLength(1);
    const [note, ...more] = footnotes(p["word/footnotes.xml"]);
    expect(more).toEqual([]);
    expect(note?.id).toBe(1);
    expect(note?.xml).toMatch(
      new RegExp(
        `<w:footnoteRef/></w:r><w:ins [^>]*><w:r><w:t xml:space="preserve"> </w:t></w:r></w:ins><w:ins w:id="\\d+" ${CHANGE}><w:r><w:t xml:space="preserve">The report is submitted to the Commission on Science and Technology for Development\\.</w:t></w:r></w:ins>`,
      ),
    );
    // The definition is the footnote, not a paragraph of the body.
    expect(xml).not.toContain("The report is submitted");
    expect(xml).not.toMatch(/\[\^|\]:/);
    expect(p["word/_rels/document.xml.rels"]).toContain('Target="footnotes.xml"');
  });

  it("a suppressed item's footnotes go out with it: references and texts deleted", async () => {
    const p = await parts(out, "itu-t.proposal.docx");
    const xml = p["word/document.xml"] as string;
    const deleted = [
      ...xml.matchAll(
        /<w:del [^>]*><w:r><w:rPr><w:rStyle w:val="FootnoteReference"\/><\/w:rPr><w:footnoteReference w:id="(\d+)"\/>/g,
      ),
    ].map((m) => Number(m[1]));
    expect(deleted).toEqual([1, 2]);
    expect(xml.match(/<w:footnoteReference /g)).toHaveLength(2);
    const notes = footnotes(p["word/footnotes.xml"]);
    expect(notes.map((n) => n.id)).toEqual([1, 2]);
    // Numbered in the order of the references: the considering item's note ("[^2]" in the input) first.
    expect(notes[0]?.xml).toMatch(/<w:del [^>]*><w:r><w:delText xml:space="preserve">Source: ITU statistics/);
    expect(notes[1]?.xml).toMatch(/<w:delText xml:space="preserve">The WSIS Stocktaking process collects/);
    expect(xml).not.toMatch(/\[\^|Source: ITU statistics/);
  });

  it("a footnote of two paragraphs is one Word footnote of two paragraphs", async () => {
    const inputs = join(dir, "two-paragraphs");
    mkdirSync(inputs);
    const odd = set("test/fixtures/report");
    for (const f of odd) copyFileSync(f, join(inputs, f.replace(/^.*\//, "")));
    const itur = join(inputs, "itu-r.md");
    writeFileSync(
      itur,
      `${readFileSync(itur, "utf8")}\n    A second paragraph of the note, about the *Radio Regulations*.\n`,
    );
    const two = await propose(
      "two",
      ["pp.md", "itu-r.md", "itu-t.md", "itu-d.md"].map((f) => join(inputs, f)),
    );
    const p = await parts(two, "itu-r.proposal.docx");
    const [note, ...more] = footnotes(p["word/footnotes.xml"]);
    expect(more).toEqual([]);
    expect(note?.xml.match(/<w:p>/g)).toHaveLength(2);
    expect(note?.xml).toMatch(/<w:i\/><w:iCs\/><\/w:rPr><w:t xml:space="preserve">Radio Regulations</);
    expect(p["word/document.xml"]).not.toContain("A second paragraph");
    // Every change accepted, the body and the note read as the shortened text has them.
    const shortened = readMarkdown(readFileSync(join(two, "itu-r.shortened.md"), "utf8"));
    const body = readParagraphs(p["word/document.xml"] as string);
    const notes = readFootnotes(p["word/footnotes.xml"]);
    expect(body.flatMap((q) => q.acceptedNotes).map((id) => squash(notes.get(id)?.accepted ?? ""))).toEqual(
      shortened.footnotes,
    );
    expect(shortened.footnotes).toEqual([
      "As discussed in the study groups since 2019. A second paragraph of the note, about the Radio Regulations.",
    ]);
  });

  it("gives the same bytes for the same inputs", async () => {
    const again = await propose("notes-again", NOTES);
    for (const f of ["resolution-140.proposal.docx", "itu-t.proposal.docx"]) {
      expect(Buffer.compare(readFileSync(join(out, f)), readFileSync(join(again, f))), f).toBe(0);
    }
  });
});

describe("links and emphasis in the Word proposals", () => {
  let out = "";
  beforeAll(async () => {
    out = await propose("links", LINKS);
  }, 60_000);

  it("an item's link is a Word hyperlink to its target, with fixed relationship ids", async () => {
    const p = await parts(out, "resolution-140.proposal.docx");
    expect(p["word/document.xml"]).toMatch(
      /<w:hyperlink w:history="1" r:id="rIdLink1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"\/><\/w:rPr><w:t xml:space="preserve">WSIS stocktaking platform<\/w:t><\/w:r><\/w:hyperlink>/,
    );
    expect(p["word/_rels/document.xml.rels"]).toContain(
      '<Relationship Id="rIdLink1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://www.itu.int/net4/wsis/stocktaking/" TargetMode="External"/>',
    );
    const again = await propose("links-again", LINKS);
    for (const f of ["resolution-140.proposal.docx", "itu-r.proposal.docx", "itu-t.proposal.docx"]) {
      expect(Buffer.compare(readFileSync(join(out, f)), readFileSync(join(again, f))), f).toBe(0);
    }
  });

  it("a link in a footnote is a hyperlink of the footnotes part", async () => {
    const p = await parts(out, "itu-t.proposal.docx");
    const [note] = footnotes(p["word/footnotes.xml"]);
    expect(note?.xml).toMatch(/<w:hyperlink w:history="1" r:id="rIdLink1">.*WSIS Forum outcome documents/);
    expect(p["word/_rels/footnotes.xml.rels"]).toContain('Target="https://www.itu.int/net4/wsis/forum/"');
  });

  it("keeps an item's italic and bold words", async () => {
    const r = (await parts(out, "itu-r.proposal.docx"))["word/document.xml"] as string;
    expect(r).toMatch(
      /<w:r><w:rPr><w:i\/><w:iCs\/><\/w:rPr><w:t xml:space="preserve">broadband<\/w:t><\/w:r>/,
    );
    const d = (await parts(out, "itu-d.proposal.docx"))["word/document.xml"] as string;
    expect(d).toMatch(
      /<w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">regional initiatives<\/w:t>/,
    );
  });
});

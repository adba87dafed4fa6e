/**
 * Word files made by the project's own Word writer: the proposals `propose` writes. With every tracked
 * change accepted (as Word's Accept All Changes does), each reads back with the project's .docx reader
 * into the model that parsing its clean Markdown text gives (resolution-140.proposed.md, each Sector's
 * shortened text); as written, still holding the tracked changes, it is refused.
 *
 * What may differ, and why: the cover block of the contribution (conference, document number, date,
 * source, title), the unit's mark line (MOD and the proposal identifier) and the Reasons are not
 * resolution text; the reader leaves them out (docs/usage.md, "Word input"), so nothing is set aside
 * here. Footnotes are Word's own, numbered 1, 2, ... in the order of their references: the item texts
 * compare with each Markdown footnote reference renumbered so. Inline HTML (the `<script>` of the
 * odd-shapes set) is markup in Markdown, which the parser leaves out of an item's text, but in Word it is
 * text the writer wrote as such: tags are set aside on both sides.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readInputFile, withOrigin } from "../../src/io/inputs.js";
import type { Item, Resolution } from "../../src/model.js";
import { parseResolution } from "../../src/parse/index.js";
import { repoRoot, runInProcess } from "../helpers/cli.js";
import { acceptAllChanges } from "../helpers/docx.js";

const temp = mkdtempSync(join(tmpdir(), "wsis-docx-own-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const set = (folder: string, names = ["pp", "itu-r", "itu-t", "itu-d"]) =>
  names.map((f) => `${folder}/${f}.md`);
const SETS: Record<string, string[]> = {
  bundled: set("fixtures/resolutions", ["res-140", "itu-r-61", "wtsa-75", "wtdc-30"]),
  "new texts (footnotes, links, emphasis)": set("test/fixtures/docx-set"),
  "quality/new-user-shapes (a moved footnote)": set("fixtures/quality/new-user-shapes"),
  "quality/subitems": set("fixtures/quality/subitems"),
  "report (odd shapes)": set("test/fixtures/report"),
};
const DOCUMENTS = [
  ["resolution-140.proposal.docx", "resolution-140.proposed.md"],
  ["itu-r.proposal.docx", "itu-r.shortened.md"],
  ["itu-t.proposal.docx", "itu-t.shortened.md"],
  ["itu-d.proposal.docx", "itu-d.shortened.md"],
] as const;

/** Footnote references renumbered in the order they come ("[^n]", "[^a]" -> "[^1]", "[^2]"), as Word numbers them. */
function numberNotes(text: string, order: Map<string, number>): string {
  return text.replace(/\[\^([^\]\s]+)\]/g, (_m, label: string) => {
    if (!order.has(label)) order.set(label, order.size + 1);
    return `[^${order.get(label)}]`;
  });
}

/** The model a reader must get the same, read from Markdown or from Word. */
function model(resolution: Resolution) {
  const order = new Map<string, number>();
  const item = (i: Item): unknown => ({
    label: i.label,
    text: numberNotes(i.text, order).replace(/<\/?[a-z][^>]*>/g, ""),
    subitems: i.subitems.map(item),
  });
  return {
    heading: resolution.heading,
    title: resolution.title,
    preamble: resolution.preamble,
    number: resolution.number,
    revision: resolution.revision?.text ?? null,
    sections: resolution.sections.map((s) => ({
      keyword: s.keyword,
      family: s.family,
      kind: s.kind,
      items: s.items.map(item),
    })),
    // Blocks outside the items: the footnote definitions at the end, and nothing of the contribution.
    extras: resolution.extras.map((e) => numberNotes(e.text, order)),
  };
}

async function parsed(file: string): Promise<Resolution> {
  const input = await readInputFile(file, repoRoot);
  return withOrigin(parseResolution(input.text, { file }), input).resolution as Resolution;
}

describe.each(Object.entries(SETS))("the Word proposals of %s", (name, inputs) => {
  const out = join(temp, name.replace(/\W+/g, "-"));
  beforeAll(async () => {
    const run = await runInProcess(["propose", "--out", out, "--date", "2026-01-15", ...inputs]);
    expect(run.code).toBe(0);
    mkdirSync(join(out, "accepted"));
    for (const [docx] of DOCUMENTS) {
      writeFileSync(join(out, "accepted", docx), await acceptAllChanges(readFileSync(join(out, docx))));
    }
  }, 60_000);

  it.each(DOCUMENTS)("%s, every change accepted, reads as %s", async (docx, markdown) => {
    const fromWord = await parsed(join(out, "accepted", docx));
    const fromMarkdown = await parsed(join(out, markdown));
    expect(fromWord.origin?.format).toBe("docx");
    expect(model(fromWord)).toEqual(model(fromMarkdown));
  });

  it("as written, with its tracked changes, is refused with exit status 2", async () => {
    const run = await runInProcess(["parse", join(out, "resolution-140.proposal.docx")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /resolution-140\.proposal\.docx: still holds tracked changes \(\d+ insertions?(, \d+ deletions?)?\); accept or reject them first/,
    );
    expect(run.stdout).toBe("");
  });
});

describe("the Markdown reading of a Word proposal, every change accepted", () => {
  it("keeps its items' links, emphasis and footnotes", async () => {
    const out = join(temp, "reading");
    const run = await runInProcess([
      "propose",
      "--out",
      out,
      "--date",
      "2026-01-15",
      ...set("test/fixtures/docx-set"),
    ]);
    expect(run.code).toBe(0);
    const read = async (docx: string) => {
      const file = join(out, `accepted-${docx}`);
      writeFileSync(file, await acceptAllChanges(readFileSync(join(out, docx))));
      return (await readInputFile(file)).text;
    };
    const pp = await read("resolution-140.proposal.docx");
    expect(pp).toContain(
      "1 that ITU shall keep the [WSIS stocktaking platform](https://www.itu.int/net4/wsis/stocktaking/) open",
    );
    expect(pp).toContain("the Tunis Agenda for the Information Society[^1];");
    expect(pp).toMatch(/\n\[\^1\]: Adopted at the two phases of the Summit, Geneva 2003 and Tunis 2005\.\n$/);
    const r = await read("itu-r.proposal.docx");
    expect(r).toContain("radio links bring *broadband* to places");
    expect(r).toContain("the [ITU-R study groups](https://www.itu.int/en/ITU-R/study-groups/) prepare");
    expect(await read("itu-d.proposal.docx")).toContain("**regional initiatives**");
  }, 60_000);
});

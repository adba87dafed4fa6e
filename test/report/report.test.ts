/**
 * The meeting report and the Word proposals, end to end through the CLI (in-process): on the bundled
 * resolutions and on a hand-written set with odd shapes, a <script> in one item and a footnote.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runInProcess } from "../helpers/cli.js";
import { docxParts, readFootnotes, readParagraphs } from "./docx.js";
import { readMarkdown, squash } from "./markdown-paragraphs.js";

const dir = mkdtempSync(join(tmpdir(), "wsis-report-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const BUNDLED = ["res-140.md", "itu-r-61.md", "wtsa-75.md", "wtdc-30.md"].map(
  (f) => `fixtures/resolutions/${f}`,
);
const ODD = ["pp.md", "itu-r.md", "itu-t.md", "itu-d.md"].map((f) => `test/fixtures/report/${f}`);
/** Footnotes (one moved into Resolution 140, with a link in another) and links in items. */
const NOTES = ["pp.md", "itu-r.md", "itu-t.md", "itu-d.md"].map(
  (f) => `fixtures/quality/new-user-shapes/${f}`,
);
const LINKS = ["pp.md", "itu-r.md", "itu-t.md", "itu-d.md"].map((f) => `test/fixtures/docx-set/${f}`);
const DATE = "2026-01-15";
const DOCX = {
  pp: "resolution-140.proposal.docx",
  "ITU-R": "itu-r.proposal.docx",
  "ITU-T": "itu-t.proposal.docx",
  "ITU-D": "itu-d.proposal.docx",
} as const;
const CLEAN = {
  pp: "resolution-140.proposed.md",
  "ITU-R": "itu-r.shortened.md",
  "ITU-T": "itu-t.shortened.md",
  "ITU-D": "itu-d.shortened.md",
} as const;
/** Paragraphs of the proposal unit: not the cover, the unit heading or the Reasons. */
const OUTSIDE_UNIT = new Set(["Source", "Title1", "Proposal", "Reasons"]);

async function propose(name: string, inputs: string[], extra: string[] = []): Promise<string> {
  const out = join(dir, name);
  const run = await runInProcess(["propose", "--out", out, "--date", DATE, ...extra, ...inputs]);
  expect(run.stderr.split("\n").filter((l) => / error: /.test(l))).toEqual([]);
  expect(run.code).toBe(0);
  return out;
}

async function unitParagraphs(file: string) {
  const parts = await docxParts(readFileSync(file));
  return {
    parts,
    paragraphs: readParagraphs(parts["word/document.xml"] as string).filter(
      (p) => !p.inTable && !OUTSIDE_UNIT.has(p.style ?? ""),
    ),
  };
}

describe.each([
  ["bundled", BUNDLED],
  ["odd shapes", ODD],
  ["footnotes", NOTES],
  ["links", LINKS],
] as const)("propose writes the report and the Word proposals (%s)", (name, inputs) => {
  let out = "";
  beforeAll(async () => {
    out = await propose(name.replace(/\W/g, "-"), [...inputs]);
  }, 60_000);

  it.each(["pp", "ITU-R", "ITU-T", "ITU-D"] as const)(
    "%s: accepting every change gives the proposed text, rejecting every change the input, paragraph by paragraph",
    async (role) => {
      const { parts, paragraphs } = await unitParagraphs(join(out, DOCX[role]));
      const accepted = paragraphs.flatMap((p) => (p.accepted === null ? [] : [squash(p.accepted)]));
      const rejected = paragraphs.flatMap((p) => (p.rejected === null ? [] : [squash(p.rejected)]));
      const strip = (list: string[]) => list.filter((s) => s !== "");
      const input = inputs[["pp", "ITU-R", "ITU-T", "ITU-D"].indexOf(role)] as string;
      const proposed = readMarkdown(readFileSync(join(out, CLEAN[role]), "utf8"));
      const original = readMarkdown(readFileSync(input, "utf8"));
      expect(strip(accepted)).toEqual(proposed.paragraphs);
      expect(strip(rejected)).toEqual(original.paragraphs);
      // The footnotes Word shows, in the order of their references: the definitions' text.
      const notes = readFootnotes(parts["word/footnotes.xml"]);
      const shown = (k: "accepted" | "rejected") =>
        paragraphs
          .flatMap((p) => (k === "accepted" ? p.acceptedNotes : p.rejectedNotes))
          .map((id) => squash(notes.get(id)?.[k] ?? "?"));
      expect(shown("accepted")).toEqual(proposed.footnotes);
      expect(shown("rejected")).toEqual(original.footnotes);
    },
  );

  it("holds every paragraph moved into Resolution 140 as a tracked insertion, review notes as comments", async () => {
    const plan = JSON.parse(readFileSync(join(out, "consolidation.json"), "utf8")) as {
      additions: { text: string; label: string | null; review: { message: string }[] }[];
    };
    const { parts, paragraphs } = await unitParagraphs(join(out, DOCX.pp));
    const inserted = paragraphs.filter((p) => p.rejected === null).map((p) => squash(p.accepted ?? ""));
    expect(plan.additions.length).toBeGreaterThan(0);
    for (const a of plan.additions) {
      const text = squash(`${a.label ?? ""} ${a.text}`);
      expect(inserted.some((p) => text.startsWith(p.slice(0, 60)))).toBe(true);
    }
    const xml = parts["word/document.xml"] as string;
    expect(xml).toContain(`<w:ins w:id=`);
    expect(xml).toContain(`w:author="wsis-consolidate" w:date="${DATE}T00:00:00Z"`);
    const comments = parts["word/comments.xml"] ?? "";
    for (const note of plan.additions.flatMap((a) => a.review)) {
      const escaped = note.message
        .replace(/&/g, "&amp;")
        .replace(/</g, "&lt;")
        .replace(/>/g, "&gt;")
        .replace(/"/g, "&quot;");
      expect(comments.includes(note.message) || comments.includes(escaped)).toBe(true);
    }
    // ITU typography: style names of ITU's templates, italic keywords, a label then a tab.
    expect(xml).toContain(`<w:pStyle w:val="Call"/>`);
    expect(xml).toContain(`<w:pStyle w:val="Proposal"/>`);
    expect(xml).toContain(`<w:pStyle w:val="Reasons"/>`);
    expect(xml).toMatch(/<w:t xml:space="preserve">a\)<\/w:t><w:tab\/>/);
    expect(parts["word/styles.xml"]).toMatch(/w:styleId="Call"[\s\S]*?<w:i\/>/);
  });

  it("the HTML report is self-contained, shows every common group and escapes the documents' text", () => {
    const html = readFileSync(join(out, "report.html"), "utf8");
    expect(html).toMatch(/^<!doctype html><html lang="en">/);
    expect(html).toMatch(/<title>[^<]+<\/title>/);
    expect(html).not.toMatch(/<(link|img|iframe)\b|\bsrc=|url\(|@import/i);
    expect(html).not.toMatch(/<script>alert/);
    const plan = JSON.parse(readFileSync(join(out, "consolidation.json"), "utf8")) as { groups: unknown[] };
    for (let g = 1; g <= plan.groups.length; g++) expect(html).toContain(`id="g${g}"`);
    // One script element: the filters; everything else is text.
    expect(html.match(/<script>/g)?.length).toBe(1);
  });
});

describe("the hand-written set", () => {
  it("shows the injected <script> as text in the HTML and the Markdown reports", async () => {
    const out = await propose("script", ODD);
    const html = readFileSync(join(out, "report.html"), "utf8");
    expect(html).toContain(`&#x3C;script>alert("x")&#x3C;/script>`);
    const report = join(dir, "script.md");
    const run = await runInProcess(["report", "--format", "md", "--out", report, "--date", DATE, ...ODD]);
    expect(run.code).toBe(0);
    const md = readFileSync(report, "utf8");
    expect(md).not.toMatch(/<script/);
    expect(md).toContain('alert("x")');
    expect(md).toMatch(/\| Document +\| Items before/);
    // Both classes of variant are counted, a zero included: "0 editorial" says something.
    expect(md).toMatch(/5 common \(3 identical, 2 substantive variant, 0 editorial variant, 0 placed/);
  });
});

describe("report", () => {
  it("writes html and md to a file and docx to a folder, and refuses to replace them without --force", async () => {
    const html = join(dir, "r", "meeting.html");
    let run = await runInProcess(["report", "--out", html, "--date", DATE, ...BUNDLED]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`Wrote ${html}\n`);
    run = await runInProcess(["report", "--out", html, "--date", DATE, ...BUNDLED]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/output exists; use --force/);
    const folder = join(dir, "r", "word");
    run = await runInProcess(["report", "--format", "docx", "--out", folder, "--date", DATE, ...BUNDLED]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`Wrote 4 Word proposals to ${folder}/\n`);
  });

  it("gives byte-identical HTML and Word files for the same inputs and date", async () => {
    const a = await propose("same-a", BUNDLED);
    const b = await propose("same-b", BUNDLED);
    for (const f of ["report.html", ...Object.values(DOCX)]) {
      expect(Buffer.compare(readFileSync(join(a, f)), readFileSync(join(b, f))), f).toBe(0);
    }
  });

  it("dates the Word files from --date, else SOURCE_DATE_EPOCH; a bad date is one line and exit 2", async () => {
    const out = join(dir, "epoch");
    const run = await runInProcess(["report", "--format", "docx", "--out", out, ...BUNDLED], {
      env: { NO_COLOR: "1", SOURCE_DATE_EPOCH: "1767225600" },
    });
    expect(run.code).toBe(0);
    const parts = await docxParts(readFileSync(join(out, DOCX.pp)));
    expect(parts["word/document.xml"]).toContain(`w:date="2026-01-01T00:00:00Z"`);
    expect(parts["word/document.xml"]).toContain("1 January 2026");
    expect(parts["docProps/core.xml"]).toContain("2026-01-01T00:00:00Z");
    for (const bad of ["2026-02-30", "15/01/2026", "tomorrow"]) {
      const r = await runInProcess(["report", "--date", bad, "--out", join(dir, "bad.html"), ...BUNDLED]);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`wsis-consolidate: --date must be a date written YYYY-MM-DD, not "${bad}"\n`);
    }
    const f = await runInProcess(["report", "--format", "pdf", ...BUNDLED]);
    expect(f.code).toBe(2);
    expect(f.stderr).toBe(
      `wsis-consolidate: --format must be html, docx or md (several separated by commas, or all), not "pdf"\n`,
    );
    const list = await runInProcess(["report", "--format", "html,pdf", ...BUNDLED]);
    expect(list.code).toBe(2);
    expect(list.stderr).toMatch(/--format must be .*, not "pdf"\n$/);
  });

  it("writes several formats from one run into one folder, the same bytes as one format a run", async () => {
    const folder = join(dir, "r", "all");
    const run = await runInProcess([
      "report",
      "--format",
      "html,md,docx",
      "--out",
      folder,
      "--date",
      DATE,
      ...ODD,
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`Wrote 6 files to ${folder}/\n`);
    const single = join(dir, "r", "single");
    for (const [format, out] of [
      ["html", join(single, "report.html")],
      ["md", join(single, "report.md")],
      ["docx", single],
    ] as const) {
      const r = await runInProcess(["report", "--format", format, "--out", out, "--date", DATE, ...ODD]);
      expect(r.code).toBe(0);
    }
    for (const f of ["report.html", "report.md", ...Object.values(DOCX)]) {
      expect(Buffer.compare(readFileSync(join(folder, f)), readFileSync(join(single, f))), f).toBe(0);
    }
    // "all" is every format; existing files are kept without --force.
    const again = await runInProcess(["report", "--format", "all", "--out", folder, "--date", DATE, ...ODD]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/report.html: output exists \(and 5 more\); use --force/);
  });

  it("fills the cover from --conference, --document and --source, with placeholders otherwise", async () => {
    const out = join(dir, "cover");
    const run = await runInProcess([
      "report",
      "--format",
      "docx",
      "--out",
      out,
      "--date",
      DATE,
      "--conference",
      "Plenipotentiary Conference (PP-26)",
      "--conference",
      "ITU-T=World Telecommunication Standardization Assembly (WTSA-28)",
      "--document",
      "64(Add.1)",
      "--source",
      "Member States of the Example Group",
      "--proposal-prefix",
      "PP=ACP/64A1",
      ...BUNDLED,
    ]);
    expect(run.code).toBe(0);
    const pp = (await docxParts(readFileSync(join(out, DOCX.pp))))["word/document.xml"] as string;
    for (const s of [
      "Plenipotentiary Conference (PP-26)",
      "Addendum 1 to",
      "Document 64-E",
      "15 January 2026",
      "Original: English",
      "Member States of the Example Group",
    ]) {
      expect(pp).toContain(s);
    }
    // The unit's mark and identifier (issue 9); a body without --proposal-prefix has none.
    expect(pp).toMatch(
      /<w:t xml:space="preserve">MOD<\/w:t>[\s\S]*?<w:tab\/><w:t xml:space="preserve">ACP\/64A1\/1<\/w:t>/,
    );
    const t = (await docxParts(readFileSync(join(out, DOCX["ITU-T"]))))["word/document.xml"] as string;
    expect(t).not.toMatch(/proposal identifier|ACP\//);
    expect(t).toContain("World Telecommunication Standardization Assembly (WTSA-28)");
    expect(t).toContain("Document [number]-E");
    const d = (await docxParts(readFileSync(join(out, DOCX["ITU-D"]))))["word/document.xml"] as string;
    expect(d).toContain("World Telecommunication Development Conference [(meeting, place and year)]");
  });
});

/**
 * End to end with the programs delegates' files meet: the HTML report in headless Chromium (Debian's
 * chromium driven by playwright-core) and the Word proposals through LibreOffice to PDF (pdftotext).
 * Skipped on a developer's machine without them; under CI (.ci/run installs them) a missing one fails.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runInProcess } from "../helpers/cli.js";
import { findProgram, missingProgram } from "../helpers/programs.js";

const dir = mkdtempSync(join(tmpdir(), "wsis-e2e-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ODD = ["pp.md", "itu-r.md", "itu-t.md", "itu-d.md"].map((f) => `test/fixtures/report/${f}`);
const BUNDLED = ["res-140.md", "itu-r-61.md", "wtsa-75.md", "wtdc-30.md"].map(
  (f) => `fixtures/resolutions/${f}`,
);
/** A set whose Resolution 140 proposal takes in a moved item with its footnote. */
const NOTES = ["pp.md", "itu-r.md", "itu-t.md", "itu-d.md"].map(
  (f) => `fixtures/quality/new-user-shapes/${f}`,
);

async function propose(name: string, inputs: string[]): Promise<string> {
  const out = join(dir, name);
  const run = await runInProcess(["propose", "--out", out, "--date", "2026-01-15", ...inputs]);
  expect(run.code).toBe(0);
  return out;
}

describe.each([
  ["bundled", BUNDLED],
  ["odd shapes", ODD],
])("the HTML report in Chromium (%s)", (name, inputs) => {
  let out = "";
  beforeAll(async () => {
    out = await propose(`html-${name.replace(/\W/g, "-")}`, inputs);
  }, 60_000);

  it.skipIf(missingProgram("chromium", "chromium-browser"))(
    "shows the summary and every common group, fetches nothing, and prints to A4 PDF",
    async () => {
      const { chromium } = await import("playwright-core");
      const executablePath = findProgram("chromium", "chromium-browser") as string;
      const browser = await chromium.launch({
        executablePath,
        args: process.getuid?.() === 0 ? ["--no-sandbox"] : [],
      });
      try {
        const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
        const requests: string[] = [];
        page.on("request", (r) => requests.push(r.url()));
        const url = pathToFileURL(join(out, "report.html")).href;
        await page.goto(url);
        expect(requests).toEqual([url]);
        expect(await page.title()).toMatch(/meeting report/);
        const plan = JSON.parse(readFileSync(join(out, "consolidation.json"), "utf8")) as {
          groups: unknown[];
          summary: { documents: { wordsBefore: number; wordsAfter: number; percentSaved: number }[] };
        };
        // biome-ignore lint/performance/useDomNodeTextContent: the text a reader sees, as laid out
        const summary = await page.locator("#summary + table").innerText();
        for (const d of plan.summary.documents) {
          expect(summary).toContain(d.wordsBefore.toLocaleString("en-US"));
          expect(summary).toContain(d.wordsAfter.toLocaleString("en-US"));
          // Negative shares take the typographic minus, as the word counts do ("−21.3%", "−169").
          const share = `${Math.abs(d.percentSaved).toFixed(1)}%`;
          expect(summary).toContain(d.percentSaved < 0 ? `−${share}` : share);
        }
        expect(await page.locator("svg[role=img] rect").count()).toBe(8);
        for (let g = 1; g <= plan.groups.length; g++) {
          const group = page.locator(`#g${g}`);
          await group.scrollIntoViewIfNeeded();
          expect(await group.isVisible()).toBe(true);
          expect(await group.locator("td").count()).toBe(5);
        }
        // The injected script is text, and did not run.
        if (name === "odd shapes") {
          // biome-ignore lint/performance/useDomNodeTextContent: the text a reader sees, as laid out
          expect(await page.locator("body").innerText()).toContain('<script>alert("x")</script>');
        }
        // The filters work (and the page reads without them).
        await page.locator("#filters input[value=identical]").uncheck();
        expect(await page.locator("section.group[data-filter^=identical]").first().isVisible()).toBe(false);
        await page.screenshot({ path: join(out, "report.png") });
        await page.emulateMedia({ media: "print" });
        await page.pdf({ path: join(out, "report.pdf"), format: "A4" });
        expect(statSync(join(out, "report.pdf")).size).toBeGreaterThan(10_000);
        expect(requests).toEqual([url]);
      } finally {
        await browser.close();
      }
      if (findProgram("pdftotext")) {
        const text = spawnSync("pdftotext", [join(out, "report.pdf"), "-"], { encoding: "utf8" }).stdout;
        expect(text).toContain("Summary");
      }
    },
    120_000,
  );
});

describe("the Word proposals in LibreOffice", () => {
  it.skipIf(missingProgram("soffice", "libreoffice") || missingProgram("pdftotext"))(
    "convert to PDF with the cover, the proposal unit, the moved text and the Reasons",
    async () => {
      const out = await propose("docx", ODD);
      const notes = await propose("docx-notes", NOTES);
      copyFileSync(join(notes, "resolution-140.proposal.docx"), join(out, "notes.proposal.docx"));
      const soffice = findProgram("soffice", "libreoffice") as string;
      const pdf = join(out, "pdf");
      const files = ["resolution-140", "itu-r", "itu-t", "itu-d", "notes"].map((n) =>
        join(out, `${n}.proposal.docx`),
      );
      const result = spawnSync(
        soffice,
        [
          `-env:UserInstallation=${pathToFileURL(join(dir, "lo-profile")).href}`,
          "--headless",
          "--convert-to",
          "pdf",
          "--outdir",
          pdf,
          ...files,
        ],
        { encoding: "utf8", timeout: 120_000 },
      );
      expect(result.status, result.stderr).toBe(0);
      const text = (name: string) =>
        spawnSync("pdftotext", [join(pdf, `${name}.proposal.pdf`), "-"], { encoding: "utf8" }).stdout.replace(
          /\s+/g,
          " ",
        );
      const pp = text("resolution-140");
      for (const s of [
        "Original: English",
        "15 January 2026",
        "MOD",
        "RESOLUTION 140",
        "recalling",
        "Reasons:",
      ]) {
        expect(pp).toContain(s);
      }
      const plan = JSON.parse(readFileSync(join(out, "consolidation.json"), "utf8")) as {
        additions: { text: string }[];
      };
      for (const a of plan.additions) expect(pp).toContain(a.text.slice(0, 40));
      for (const name of ["itu-r", "itu-t", "itu-d"]) {
        expect(existsSync(join(pdf, `${name}.proposal.pdf`))).toBe(true);
        expect(text(name)).toContain("Reasons:");
      }
      expect(text("itu-r")).toContain("Radiocommunication Assembly");
      // Footnotes are Word's own: their text at the foot of the page, no Markdown definition in the text.
      expect(text("itu-r")).toContain("1 As discussed in the study groups since 2019.");
      const moved = text("notes");
      expect(moved).toContain("on WSIS implementation1,");
      expect(moved).toContain(
        "1 The report is submitted to the Commission on Science and Technology for Development.",
      );
      for (const name of ["itu-r", "notes"]) expect(text(name)).not.toMatch(/\[\^|\]:/);
    },
    180_000,
  );
});

/**
 * Source text that every output must show as text: an item holding `<script>`, `]]>`, `&amp;`,
 * CriticMarkup delimiters and control characters, in an item that stays (NOC), one that moves to
 * Resolution 140 (SUP in the Sectors, ADD in Resolution 140) and one that is relabelled (MOD).
 * - clean Markdown: byte for byte the source;
 * - revision Markdown: a CriticMarkup reader finds only the tool's own marks, and a Markdown reader
 *   shows the source's characters (the delimiters are escaped with a backslash);
 * - Word: well-formed XML, the text as text (no tracked change the tool did not make), each control
 *   character written U+FFFD, and a warning naming the file and line;
 * - HTML: parsed by a real HTML parser (Chromium's DOMParser), no element made from the text.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { toString as mdToString } from "mdast-util-to-string";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CRITIC_DELIMITERS,
  escapeCriticMarkup,
  unescapeCriticMarkup,
} from "../../src/render/critic-markup.js";
import { type CliRun, runInProcess } from "../helpers/cli.js";
import { findProgram, missingProgram } from "../helpers/programs.js";
import { ITU_D, ITU_R, ITU_T, PP } from "../helpers/scenario.js";
import { docxParts, readParagraphs } from "../report/docx.js";

const CONTROLS = "\u0001\u0007\u000b\u000c\u001b\u001f\u007f";
const CRITIC = "{++added++} {--gone--} {~~a~>b~~} {>>note<<} {==hi==}";
const NASTY = ` <script>alert(1)</script> ]]> &amp; ${CRITIC} ${CONTROLS} end`;

/** The CriticMarkup patterns of the reference implementation (critic.py), as a reader applies them. */
const CRITIC_MARKS =
  /\{\+\+([\s\S]*?)\+\+\}|\{--([\s\S]*?)--\}|\{~~([\s\S]*?)~>([\s\S]*?)~~\}|\{==([\s\S]*?)==\}|\{>>([\s\S]*?)<<\}/g;
const marksIn = (text: string) => [...text.matchAll(CRITIC_MARKS)].map((m) => m[0]);

const MOVED = "has adapted its mandate to the Sustainable Development Goals";
const KEPT_PP = "to report each year to the Council";
const RELABELLED = "that spectrum is scarce";

function inject(text: string, after: string, what: string): string {
  expect(text).toContain(after);
  return text.replace(after, after + what);
}

function inputs(what: string): Record<string, string> {
  return {
    "pp.md": inject(PP, KEPT_PP, what),
    "r.md": inject(inject(ITU_R, MOVED, what), RELABELLED, what),
    "t.md": inject(ITU_T, MOVED, what),
    "d.md": inject(ITU_D, MOVED, what),
  };
}

const dir = mkdtempSync(join(tmpdir(), "wsis-escaping-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function propose(
  name: string,
  what: string,
): Promise<{ out: string; run: CliRun; files: Record<string, string> }> {
  const folder = join(dir, name);
  mkdirSync(folder);
  const files = inputs(what);
  for (const [file, text] of Object.entries(files)) writeFileSync(join(folder, file), text);
  const run = await runInProcess(["propose", "--out", "out", "--date", "2026-01-15", ...Object.keys(files)], {
    cwd: folder,
  });
  expect(run.code, run.stderr).toBe(0);
  return { out: join(folder, "out"), run, files };
}

const read = (out: string, name: string) => readFileSync(join(out, name), "utf8");
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split("\n").length;

describe("text that must stay text in every output", () => {
  let nasty: Awaited<ReturnType<typeof propose>>;
  let plain: Awaited<ReturnType<typeof propose>>;
  beforeAll(async () => {
    nasty = await propose("nasty", NASTY);
    // The same set with harmless words in place of the odd text: the marks the tool makes.
    plain = await propose("plain", " and some plain words here end");
  }, 60_000);

  it("keeps the clean Markdown byte for byte", () => {
    expect(read(nasty.out, "resolution-140.proposed.md")).toContain(`2 ${KEPT_PP}${NASTY}.`);
    expect(read(nasty.out, "itu-r.shortened.md")).toContain(`${RELABELLED}${NASTY},`);
  });

  it("writes revision Markdown in which a CriticMarkup reader finds only the tool's marks", () => {
    for (const name of ["resolution-140", "itu-r", "itu-t", "itu-d"].map((n) => `${n}.revision.md`)) {
      const marks = marksIn(read(nasty.out, name));
      for (const fake of ["{++added++}", "{--gone--}", "{~~a~>b~~}", "{>>note<<}", "{==hi==}"]) {
        expect(marks, name).not.toContain(fake);
      }
      // Mark for mark, the same as with plain words in the items.
      expect(
        marks.map((m) => m.slice(0, 3)),
        name,
      ).toEqual(marksIn(read(plain.out, name)).map((m) => m.slice(0, 3)));
    }
  });

  it("escapes with backslashes only, so a Markdown reader shows the source's characters", () => {
    const revision = read(nasty.out, "resolution-140.revision.md");
    const line = revision.split("\n").find((l) => l.includes(KEPT_PP)) as string;
    // An unchanged provision carries no margin mark.
    expect(line.replace(/\\/g, "")).toBe(`2 ${KEPT_PP}${NASTY}.`);
    const shown = (markdown: string) => mdToString(unified().use(remarkParse).parse(markdown));
    expect(shown(line)).toBe(shown(`2 ${KEPT_PP}${NASTY}.`));
  });

  it("warns for each line an output writes differently, naming the file and line", () => {
    const warnings = nasty.run.stderr.split("\n").filter((l) => l.endsWith("output-characters"));
    const expected = Object.entries(nasty.files).flatMap(([file, text]) =>
      text
        .split("\n")
        .flatMap((l, k) =>
          l.includes(NASTY)
            ? [`${file}:${k + 1}:${l.indexOf("{++") + 1}`, `${file}:${k + 1}:${l.indexOf("\u0001") + 1}`]
            : [],
        ),
    );
    expect(warnings.map((w) => w.split(/\s+/)[0])).toEqual(expected);
    expect(warnings[0]).toMatch(
      /warning {2}holds the CriticMarkup delimiter "\{\+\+" \(and 10 more delimiters\): the revision files write it "\{\\\+\+"/,
    );
    expect(warnings[1]).toMatch(
      /warning {2}holds the control character U\+0001 \(and 6 more characters\), which a Word file cannot hold: the Word proposals show U\+FFFD/,
    );
    expect(lineOf(nasty.files["pp.md"] as string, NASTY)).toBe(17);
    expect(plain.run.stderr).not.toMatch(/output-characters/);
  });

  it("writes Word files as well-formed XML, the text as text, control characters as U+FFFD", async () => {
    const pp = await docxParts(readFileSync(join(nasty.out, "resolution-140.proposal.docx")));
    for (const [name, xml] of Object.entries(pp)) {
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters XML 1.0 forbids
      expect(xml, name).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/);
    }
    const shown = `<script>alert(1)</script> ]]> &amp; ${CRITIC} ${"\ufffd".repeat(CONTROLS.length)} end`;
    // readParagraphs parses with saxes, which refuses XML that is not well formed.
    const kept = readParagraphs(pp["word/document.xml"] as string).find((p) => p.rejected?.includes(KEPT_PP));
    expect(kept?.accepted).toBe(kept?.rejected);
    expect(kept?.accepted).toContain(`${KEPT_PP} ${shown}.`);
    expect(pp["word/comments.xml"]).not.toMatch(/>note</);

    const r = await docxParts(readFileSync(join(nasty.out, "itu-r.proposal.docx")));
    const paragraphs = readParagraphs(r["word/document.xml"] as string);
    const moved = paragraphs.find((p) => p.rejected?.includes(MOVED));
    expect(moved?.rejected).toContain(`${MOVED} ${shown};`);
    expect(moved?.accepted ?? "").not.toContain("added");
    const relabelled = paragraphs.find((p) => p.accepted?.includes(RELABELLED));
    expect(relabelled?.accepted).toContain(`${RELABELLED} ${shown},`);
  });

  it("report --format docx warns of the control characters only; --format html of nothing", async () => {
    const folder = join(dir, "nasty");
    const files = Object.keys(nasty.files);
    const docx = await runInProcess(["report", "--format", "docx", "--out", "proposals", ...files], {
      cwd: folder,
    });
    expect(docx.code, docx.stderr).toBe(0);
    const warnings = docx.stderr.split("\n").filter((l) => l.endsWith("output-characters"));
    expect(warnings).toHaveLength(5);
    for (const w of warnings) expect(w).toMatch(/holds the control character U\+0001/);
    const html = await runInProcess(["report", "--out", "r.html", ...files], { cwd: folder });
    expect(html.code, html.stderr).toBe(0);
    expect(html.stderr).not.toMatch(/output-characters/);
  });

  it.skipIf(missingProgram("chromium", "chromium-browser"))(
    "writes HTML that a browser's parser reads as text: no element made from the item",
    async () => {
      const { chromium } = await import("playwright-core");
      const browser = await chromium.launch({
        executablePath: findProgram("chromium", "chromium-browser") as string,
        args: process.getuid?.() === 0 ? ["--no-sandbox"] : [],
      });
      try {
        const page = await browser.newPage();
        const html = read(nasty.out, "report.html");
        const found = await page.evaluate((source) => {
          // The browser's own HTML parser (the test's types know no DOM).
          interface Found {
            textContent: string | null;
          }
          const { DOMParser } = globalThis as unknown as {
            DOMParser: new () => {
              parseFromString(html: string, type: string): { querySelectorAll(s: string): ArrayLike<Found> };
            };
          };
          const doc = new DOMParser().parseFromString(source, "text/html");
          const texts = (selector: string) =>
            Array.from(doc.querySelectorAll(selector)).map((e) => e.textContent);
          return {
            scripts: doc.querySelectorAll("script").length,
            ins: texts("ins"),
            del: texts("del"),
            notes: texts(".note"),
            paragraphs: texts("p"),
          };
        }, html);
        // One script, the report's filters; the item's <script> is text.
        expect(found.scripts).toBe(1);
        for (const fake of ["added", "gone", "a", "b"]) {
          expect(found.ins).not.toContain(fake);
          expect(found.del).not.toContain(fake);
        }
        expect(found.notes.some((n) => n?.includes("note") && !n.includes("Sector"))).toBe(false);
        const kept = found.paragraphs.find((p) => p?.includes(KEPT_PP));
        expect(kept).toContain(`<script>alert(1)</script> ]]> &amp; ${CRITIC}`);
      } finally {
        await browser.close();
      }
    },
    60_000,
  );
});

describe("escapeCriticMarkup", () => {
  const text = fc.string({ unit: fc.constantFrom("{", "}", "+", "-", "~", ">", "<", "=", "a", " ") });
  const DELIMITER = new RegExp(CRITIC_DELIMITERS.map((d) => d.replace(/[{}+~>=<-]/g, "\\$&")).join("|"));

  it("leaves no delimiter, adds only backslashes, and is undone by unescapeCriticMarkup", () => {
    fc.assert(
      fc.property(text, (s) => {
        const escaped = escapeCriticMarkup(s);
        expect(escaped).not.toMatch(DELIMITER);
        expect(escaped.replace(/\\/g, "")).toBe(s);
        expect(unescapeCriticMarkup(escaped)).toBe(s);
        if (!DELIMITER.test(s)) expect(escaped).toBe(s);
      }),
      { numRuns: 500 },
    );
  });

  it("writes each delimiter with a backslash after its first character", () => {
    expect(CRITIC_DELIMITERS.map(escapeCriticMarkup)).toEqual([
      "{\\++",
      "+\\+}",
      "{\\--",
      "-\\-}",
      "{\\~~",
      "~\\>",
      "~\\~}",
      "{\\==",
      "=\\=}",
      "{\\>>",
      "<\\<}",
    ]);
    expect(escapeCriticMarkup("{++}")).toBe("{\\+\\+}");
  });
});

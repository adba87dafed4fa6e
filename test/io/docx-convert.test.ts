/**
 * Word files as users make them: the bundled Markdown converted by pandoc (as delegates convert), and
 * those files re-saved by LibreOffice (which writes Word's own structures: styles, numbering
 * definitions, its own run splitting). Each must read into the same model as its Markdown, and the sets
 * of four must give the same common groups. The .docx files are made at run time in a temporary
 * folder; a missing program skips the test on a developer's machine and fails it under CI.
 */
import { execFile, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { alignSectors } from "../../src/align/index.js";
import { loadResolutions, readInputFile, withOrigin } from "../../src/io/inputs.js";
import type { Item, Resolution } from "../../src/model.js";
import { parseResolution } from "../../src/parse/index.js";
import { repoRoot, runInProcess } from "../helpers/cli.js";
import { missingProgram } from "../helpers/programs.js";

const run = promisify(execFile);
const noPandoc = missingProgram("pandoc");
const noOffice = missingProgram("soffice", "libreoffice");

const SETS: Record<string, Record<"pp" | "ituR" | "ituT" | "ituD", string>> = {
  bundled: {
    pp: "fixtures/resolutions/res-140.md",
    ituR: "fixtures/resolutions/itu-r-61.md",
    ituT: "fixtures/resolutions/wtsa-75.md",
    ituD: "fixtures/resolutions/wtdc-30.md",
  },
};
// Four short texts written for the Word reader, which the matching was never tuned on: footnotes,
// hyperlinks, typed and list labels, tabs, dash and bulleted sub-items.
SETS["new texts"] = {
  pp: "test/fixtures/docx-set/pp.md",
  ituR: "test/fixtures/docx-set/itu-r.md",
  ituT: "test/fixtures/docx-set/itu-t.md",
  ituD: "test/fixtures/docx-set/itu-d.md",
};
for (const set of readdirSync(join(repoRoot, "fixtures/quality"))) {
  const at = (name: string) => `fixtures/quality/${set}/${name}.md`;
  SETS[`quality/${set}`] = { pp: at("pp"), ituR: at("itu-r"), ituT: at("itu-t"), ituD: at("itu-d") };
}
const SHAPES = readdirSync(join(repoRoot, "fixtures/shapes"))
  .filter((f) => f.endsWith(".md"))
  .map((f) => `fixtures/shapes/${f}`);

/**
 * Shapes pandoc itself changes, so that Word shows another text: it renumbers a list whose labels skip
 * (diagnostics.md), takes front matter into the document properties (front-matter.md), and reads
 * "i)" after "a)" as the next letter of one list, which Word then shows as "b)".
 */
const PANDOC_CHANGES = new Set([
  "fixtures/shapes/diagnostics.md",
  "fixtures/shapes/front-matter.md",
  "fixtures/shapes/subitems-roman-lines.md",
  "fixtures/quality/subitems/pp.md",
]);

const ALL = [...new Set([...SHAPES, ...Object.values(SETS).flatMap((set) => Object.values(set))])];
const temp = mkdtempSync(join(tmpdir(), "wsis-docx-convert-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
const docxOf = (file: string, folder = "pandoc") => join(temp, folder, file.replace(/\.md$/, ".docx"));

/** Runs `tasks` at most `width` at a time. */
async function pool(tasks: (() => Promise<unknown>)[], width: number): Promise<void> {
  const queue = [...tasks];
  await Promise.all(
    Array.from({ length: width }, async () => {
      for (let task = queue.shift(); task; task = queue.shift()) await task();
    }),
  );
}

/** What must be the same, read from Markdown or from Word: typography aside (pandoc makes quotes curly). */
function model(resolution: Resolution) {
  const plain = (text: string | null) =>
    text?.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/…/g, "...") ?? null;
  const item = (i: Item): unknown => ({
    label: i.label,
    text: plain(i.text),
    subitems: i.subitems.map(item),
  });
  return {
    number: resolution.number,
    heading: plain(resolution.heading),
    title: plain(resolution.title),
    preamble: plain(resolution.preamble),
    revision: resolution.revision?.text ?? null,
    sections: resolution.sections.map((s) => ({
      keyword: s.keyword,
      family: s.family,
      items: s.items.map(item),
    })),
  };
}

async function parsed(file: string): Promise<Resolution> {
  const input = await readInputFile(file, repoRoot);
  return withOrigin(parseResolution(input.text, { file }), input).resolution;
}

/**
 * The common and partial groups of a set, each as "kind family: members -> Resolution 140 item". When
 * pandoc changed the Resolution 140 text (PANDOC_CHANGES), its links are left out of the comparison.
 */
async function groups(set: Record<"pp" | "ituR" | "ituT" | "ituD", string>, withPp = true) {
  const { byRole } = await loadResolutions({ ...set, cwd: repoRoot });
  const result = alignSectors(byRole);
  const describe = (g: (typeof result.common)[number]) =>
    `${g.kind} ${g.family}: ${g.members.map((m) => `${m.role} ${m.label}`).join(", ")} -> ${g.pp ? `${g.pp.keyword} ${g.pp.label}` : "-"}`;
  const shown = (g: (typeof result.common)[number]) =>
    withPp ? describe(g) : describe(g).replace(/ -> .*$/, "");
  return { common: result.common.map(shown).sort(), partial: result.partial.map(shown).sort() };
}

describe.skipIf(noPandoc)("Word files made by pandoc from the bundled Markdown", () => {
  beforeAll(async () => {
    await pool(
      ALL.map((file) => async () => {
        mkdirSync(join(docxOf(file), ".."), { recursive: true });
        await run("pandoc", [join(repoRoot, file), "-o", docxOf(file)]);
      }),
      3,
    );
  }, 300_000);

  it.each(ALL.filter((file) => !PANDOC_CHANGES.has(file)))(
    "%s reads into the model its Markdown gives",
    async (file) => {
      const fromMarkdown = model(await parsed(file));
      const fromWord = await parsed(docxOf(file));
      expect(fromWord.origin?.format).toBe("docx");
      // Front matter does not survive the conversion; a set names its roles instead, so compare the rest.
      const { number, revision, ...rest } = model(fromWord);
      const { number: mdNumber, revision: mdRevision, ...mdRest } = fromMarkdown;
      expect(rest).toEqual(mdRest);
      if (!/^---\n/.test(readFileSync(join(repoRoot, file), "utf8")))
        expect([number, revision]).toEqual([mdNumber, mdRevision]);
    },
  );

  it.each(Object.keys(SETS))("%s: the same common groups from Word as from Markdown", async (name) => {
    const set = SETS[name] as (typeof SETS)[string];
    const word = Object.fromEntries(
      Object.entries(set).map(([role, file]) => [role, docxOf(file)]),
    ) as typeof set;
    const withPp = !PANDOC_CHANGES.has(set.pp);
    expect(await groups(word, withPp)).toEqual(await groups(set, withPp));
  });

  it("propose writes each Word input's Markdown reading, and its diff turns that reading into the shortened text", async () => {
    const dir = join(temp, "propose");
    mkdirSync(dir, { recursive: true });
    for (const file of Object.values(SETS.bundled as Record<string, string>))
      copyFileSync(docxOf(file), join(dir, basename(docxOf(file))));
    const result = await runInProcess(
      ["propose", "--out", "out", "res-140.docx", "itu-r-61.docx", "wtsa-75.docx", "wtdc-30.docx"],
      { cwd: dir },
    );
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const out = readdirSync(join(dir, "out")).sort();
    expect(out).toEqual(
      expect.arrayContaining([
        "res-140.input.md",
        "itu-r-61.input.md",
        "wtsa-75.input.md",
        "wtdc-30.input.md",
      ]),
    );
    expect(JSON.parse(readFileSync(join(dir, "out/consolidation.json"), "utf8")).outputs).toContain(
      "wtsa-75.input.md",
    );
    const reading = readFileSync(join(dir, "out/wtsa-75.input.md"), "utf8");
    expect(reading).toBe((await readInputFile(join(dir, "wtsa-75.docx"))).text);
    const diff = readFileSync(join(dir, "out/itu-t.diff"), "utf8");
    expect(diff.split("\n").slice(0, 2)).toEqual([
      "--- a/out/wtsa-75.input.md",
      "+++ b/out/wtsa-75.input.md",
    ]);
    if (spawnSync("patch", ["--version"]).status === 0) {
      const patched = spawnSync(
        "patch",
        ["-p1", "--batch", "-o", "-", "-i", "out/itu-t.diff", "out/wtsa-75.input.md"],
        { cwd: dir, encoding: "utf8" },
      );
      expect(patched.stdout).toBe(readFileSync(join(dir, "out/itu-t.shortened.md"), "utf8"));
    }
  });

  describe.skipIf(noOffice)("re-saved by LibreOffice", () => {
    const SAVED = ["bundled", "new texts", "quality/mixed-shapes", "quality/subitems"];
    beforeAll(async () => {
      const files = SAVED.flatMap((name) => Object.values(SETS[name] as Record<string, string>));
      // One LibreOffice run for all files (its start-up is the slow part); files of one folder each.
      const byFolder = new Map<string, string[]>();
      for (const file of files) {
        const folder = join(docxOf(file, "office"), "..");
        byFolder.set(folder, [...(byFolder.get(folder) ?? []), docxOf(file)]);
      }
      const profile = `file://${join(temp, "office-profile")}`;
      for (const [folder, inputs] of byFolder) {
        mkdirSync(folder, { recursive: true });
        await run(
          "soffice",
          [
            `-env:UserInstallation=${profile}`,
            "--headless",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
            folder,
            ...inputs,
          ],
          { timeout: 240_000 },
        );
      }
    }, 300_000);

    it.each(SAVED)("%s: the same model and groups as from Markdown", async (name) => {
      const set = SETS[name] as (typeof SETS)[string];
      for (const file of Object.values(set)) {
        if (PANDOC_CHANGES.has(file)) continue;
        const { number: _n, revision: _r, ...fromOffice } = model(await parsed(docxOf(file, "office")));
        const { number: _m, revision: _s, ...fromMarkdown } = model(await parsed(file));
        expect(fromOffice).toEqual(fromMarkdown);
      }
      const saved = Object.fromEntries(
        Object.entries(set).map(([role, file]) => [role, docxOf(file, "office")]),
      ) as typeof set;
      const withPp = !PANDOC_CHANGES.has(set.pp);
      expect(await groups(saved, withPp)).toEqual(await groups(set, withPp));
    });
  });
});

/**
 * Word inputs on the command line: paragraph positions in parse and analyze output, in warnings and in
 * consolidation.json, refusals with exit status 2, and propose writing the Markdown reading of each
 * Word input.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runInProcess } from "../helpers/cli.js";
import { blocksToBody, buildDocx, para, run } from "../helpers/docx.js";
import { schemaErrors } from "../helpers/schema.js";

const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "wsis-docx-"));
  temps.push(dir);
  return dir;
}
const italic = (text: string) => `<w:p>${run(text, "<w:i/>")}</w:p>`;

/** A short ITU-T resolution whose labels skip one (a warning), as Word paragraphs 1 to 7. */
const SKIPPING = [
  para("RESOLUTION 75 (REV. GENEVA, 2022)"),
  para("Keeping the WSIS pages of the Sector up to date"),
  para("The World Telecommunication Standardization Assembly (Geneva, 2022),"),
  italic("recalling"),
  para("a)\tthe WSIS outcome documents;"),
  para("c)\tthe Tunis Agenda,"),
  italic("resolves"),
  para("1\tthat ITU-T shall keep its WSIS pages up to date."),
].join("");

describe("Word inputs on the command line", () => {
  it("parse prints paragraphs: ¶ in the outline and the warnings, paragraph in the JSON", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "t.docx"), await buildDocx({ body: SKIPPING }));
    const text = await runInProcess(["parse", "t.docx"], { cwd: dir });
    expect(text.code).toBe(0);
    expect(text.stderr).toBe(
      't.docx ¶6  warning  Label "c)" follows "a)"; expected "b)". Fix the numbering, or add the missing item.  label-sequence\n\n✖ 1 problem (0 errors, 1 warning)\n',
    );
    expect(text.stdout).toContain("¶4  recalling  [recalling, preambular]");
    expect(text.stdout).toContain("¶6    c)    the Tunis Agenda,");
    const json = await runInProcess(["parse", "--format", "json", "t.docx"], { cwd: dir });
    const outline = JSON.parse(json.stdout);
    expect(outline.format).toBe("docx");
    expect(outline.sections.map((s: { paragraph: number }) => s.paragraph)).toEqual([4, 7]);
    expect(
      outline.sections[0].items.map((i: { paragraph: number; line: number }) => [i.paragraph, i.line]),
    ).toEqual([
      [5, 9],
      [6, 11],
    ]);
  });

  it("reads a Word document from standard input", async () => {
    const result = await runInProcess(["parse", "-"], { stdin: await buildDocx({ body: SKIPPING }) });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("<stdin> ¶6  warning  ");
  });

  it("refuses tracked changes with exit status 2 and a message naming them", async () => {
    const dir = tempDir();
    const body = `${SKIPPING}<w:p><w:del w:id="1" w:author="A"><w:r><w:delText>old</w:delText></w:r></w:del></w:p>`;
    writeFileSync(join(dir, "t.docx"), await buildDocx({ body }));
    const result = await runInProcess(["parse", "t.docx"], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      "wsis-consolidate: t.docx: still holds tracked changes (1 deletion); accept or reject them first (in Word: Review > Accept or Reject), save, and run again\n",
    );
  });

  it("refuses a .doc file with exit status 2", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "old.doc"), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    const result = await runInProcess(["parse", "old.doc"], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/old\.doc: is an old Word \.doc file, which is not supported/);
  });

  it("a Markdown input prints lines as before", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "t.md"), readFileSync(join(__dirname, "../../fixtures/shapes/diagnostics.md")));
    const result = await runInProcess(["parse", "--format", "json", "t.md"], { cwd: dir });
    expect(result.stderr).toMatch(/^t\.md:\d+:\d+ +warning {2}/m);
    expect(result.stdout).not.toMatch(/"paragraph"|"format"/);
  });
});

describe("check on a Word input", () => {
  it("annotates by paragraph: GitHub and SARIF point at the file without a line, the message names ¶", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "t.docx"), await buildDocx({ body: SKIPPING }));
    const github = await runInProcess(["check", "--no-config", "--format", "github", "t.docx"], { cwd: dir });
    expect(github.stdout).toContain(
      '::warning file=t.docx,title=label-sequence::¶6: Label "c)" follows "a)"',
    );
    expect(github.stdout).not.toMatch(/file=t\.docx,line=/);

    const sarif = await runInProcess(["check", "--no-config", "--format", "sarif", "t.docx"], { cwd: dir });
    const log = JSON.parse(sarif.stdout) as import("sarif").Log;
    const result = log.runs[0]?.results?.find((r) => r.ruleId === "label-sequence");
    expect(result?.message.text).toMatch(/^¶6: Label "c\)"/);
    expect(result?.locations?.[0]?.physicalLocation).toEqual({ artifactLocation: { uri: "t.docx" } });
  });
});

describe("propose on Word inputs", () => {
  const BUNDLED = ["res-140", "itu-r-61", "wtsa-75", "wtdc-30"];

  it("names the paragraph of every input item in consolidation.json, next to its line", async () => {
    const dir = tempDir();
    const blocks: Record<string, string[]> = {};
    for (const name of BUNDLED) {
      const converted = blocksToBody(
        readFileSync(join(__dirname, `../../fixtures/resolutions/${name}.md`), "utf8"),
      );
      // A kept item that also cites Resolution 140 draws a note in the plan's diagnostics.
      if (name === "wtdc-30") {
        const cites =
          "4 to report each year on their work under Resolution 140 (Rev. Dubai, 2018) of the Plenipotentiary Conference.";
        converted.paragraphs.push(cites);
        converted.body += para(cites);
      }
      blocks[name] = converted.paragraphs;
      writeFileSync(join(dir, `${name}.docx`), await buildDocx({ body: converted.body }));
    }
    const result = await runInProcess(["propose", "--out", "out", ...BUNDLED.map((n) => `${n}.docx`)], {
      cwd: dir,
    });
    expect(result.stderr).not.toMatch(/ error /);
    expect(result.code).toBe(0);
    // The terminal names the paragraph of a note on a Word input, not a line of its Markdown reading.
    expect(result.stderr).toContain(`wtdc-30.docx ¶${blocks["wtdc-30"]?.length} `);
    expect(result.stderr).not.toMatch(/\.docx:\d/);
    // So does check, in its messages' other places ("what Resolution 140 ... (res-140.docx ¶12) says").
    const check = await runInProcess(["check", "--no-config", ...BUNDLED.map((n) => `${n}.docx`)], {
      cwd: dir,
    });
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(/duplicate-of-parent/);
    expect(check.stdout).toMatch(/\(res-140\.docx ¶\d+\) already says/);
    expect(check.stdout).not.toMatch(/\.docx:\d/);
    const plan = JSON.parse(readFileSync(join(dir, "out/consolidation.json"), "utf8"));
    expect(schemaErrors("consolidation", plan)).toEqual([]);
    /** The Word paragraph (block) a place names holds the item it names. */
    const holds = (place: { file: string; paragraph?: number }, text: string) => {
      const paragraph = blocks[place.file.replace(/\.docx$/, "")]?.[(place.paragraph ?? 0) - 1] ?? "";
      return paragraph.replace(/\s+/g, " ").includes(text.slice(0, 30));
    };
    type Place = { file: string; line: number; paragraph?: number; label: string | null };
    const items: { from: Place & { text: string }; to: { resolution140?: Place } }[] = plan.items;
    expect(items.length).toBeGreaterThan(100);
    for (const { from, to } of items) {
      expect(from.paragraph, `${from.file}:${from.line}`).toBeGreaterThan(0);
      expect(holds(from, from.text), `${from.file} ¶${from.paragraph}: ${from.text}`).toBe(true);
      if (to.resolution140) expect(to.resolution140.paragraph).toBeGreaterThan(0);
    }
    const sources: Place[] = plan.additions.flatMap((a: { sources: Place[] }) => a.sources);
    expect(sources.length).toBeGreaterThan(0);
    for (const s of sources) expect(s.paragraph).toBeGreaterThan(0);
    const rows: Place[] = Object.values(plan.labels as Record<string, Place[]>).flat();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.paragraph).toBeGreaterThan(0);
    for (const c of plan.crossReferences as Place[]) expect(c.paragraph).toBeGreaterThan(0);
    // Each diagnostic on an input names its paragraph.
    const diagnostics = (plan.diagnostics as Place[]).filter((d) => d.line !== null);
    expect(diagnostics.length).toBeGreaterThan(0);
    for (const d of diagnostics) expect(d.paragraph).toBeGreaterThan(0);
    expect(diagnostics).toContainEqual(
      expect.objectContaining({ file: "wtdc-30.docx", paragraph: blocks["wtdc-30"]?.length }),
    );
  }, 60_000);

  it("writes no paragraph for Markdown inputs", async () => {
    const dir = tempDir();
    const inputs = BUNDLED.map((n) => join(__dirname, `../../fixtures/resolutions/${n}.md`));
    const result = await runInProcess(["propose", "--out", join(dir, "out"), ...inputs]);
    expect(result.code).toBe(0);
    expect(readFileSync(join(dir, "out/consolidation.json"), "utf8")).not.toMatch(/"paragraph"/);
  }, 60_000);
});

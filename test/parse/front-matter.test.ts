/**
 * Front matter is found the way remark-frontmatter finds it (the block-by-block reading does not run
 * remark over it), and its YAML is parsed; broken YAML is a warning, not an error.
 */
import fc from "fast-check";
import remarkFrontmatter from "remark-frontmatter";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { readFrontMatter } from "../../src/parse/front-matter.js";
import { prepareSource } from "../../src/parse/source.js";

const remark = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]);

/** Where remark-frontmatter says the body starts (0 without front matter). */
function remarkBodyStart(text: string): number {
  const first = remark.parse(text).children[0];
  if (first?.type !== "yaml") return 0;
  const end = first.position?.end.offset ?? 0;
  const newline = /^\r?\n|^\r/.exec(text.slice(end));
  return end + (newline ? newline[0].length : 0);
}

describe("front matter", () => {
  it("starts and ends where remark-frontmatter says, on edge cases", () => {
    const cases = [
      "---\nbody: WTSA\n---\n*recalling*\n",
      "---  \nbody: WTSA\n---\t\n\n*recalling*\n",
      "---\r\nbody: WTSA\r\n---\r\n*recalling*\r\n",
      "---\n---\n*recalling*\n",
      "---\nbody: WTSA\n*recalling*\n",
      "--- x\nbody: WTSA\n---\n",
      "----\nbody: WTSA\n----\n",
      " ---\nbody: WTSA\n---\n",
      "\n---\nbody: WTSA\n---\n",
      "---\nbody: WTSA\n---",
      "---\nbody: WTSA\n...\n",
    ];
    for (const text of cases) {
      expect(readFrontMatter(prepareSource(text, "f.md")).bodyStart, JSON.stringify(text)).toBe(
        remarkBodyStart(text),
      );
    }
  });

  it("agrees with remark-frontmatter on random openings", () => {
    const piece = fc.constantFrom(
      "---",
      "--- ",
      "---\t",
      "----",
      "-- -",
      "body: WTSA",
      "number: 75",
      "",
      "x",
      "...",
    );
    const eol = fc.constantFrom("\n", "\r\n", "\r");
    fc.assert(
      fc.property(fc.array(fc.tuple(piece, eol), { minLength: 1, maxLength: 6 }), (lines) => {
        const text = `${lines.map(([l, e]) => l + e).join("")}*recalling*\n`;
        expect(readFrontMatter(prepareSource(text, "f.md")).bodyStart).toBe(remarkBodyStart(text));
      }),
      { numRuns: 1500 },
    );
  });

  it("parses the YAML, and warns about YAML that does not parse or is not a mapping", () => {
    const read = (text: string) => {
      const result = readFrontMatter(prepareSource(text, "f.md"));
      return [result.data, result.diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId}`)];
    };
    expect(read("---\nbody: WTSA\nnumber: 75\n---\n")).toEqual([{ body: "WTSA", number: 75 }, []]);
    expect(read("---\nbody: WTSA\n  bad: [\n---\n")).toEqual([null, ["2:7 front-matter-invalid"]]);
    expect(read("---\n- a list\n---\n")).toEqual([null, ["2:1 front-matter-invalid"]]);
    expect(read("---\n---\n")).toEqual([null, []]);
  });

  it("records where the block and its revision value stand; none for YAML it ignores", () => {
    const revision = (text: string) => {
      const span = readFrontMatter(prepareSource(text, "f.md")).revisionSpan;
      return span ? text.slice(span.start.offset, span.end.offset) : null;
    };
    expect(revision("---\nrevision: Rev. Geneva, 2022  # the last one\n---\n")).toBe("Rev. Geneva, 2022");
    expect(revision("---\r\nrevision: 'Rev. Geneva, 2022'\r\n---\r\n")).toBe("Rev. Geneva, 2022");
    expect(revision("---\nrevision: Rev. Geneva, 2022\n  bad: [\n---\n")).toBe(null);
    expect(revision("---\nbody: WTSA\n---\n")).toBe(null);
    const block = readFrontMatter(prepareSource("---\nbody: WTSA\n---  \n\n*recalling*\n", "f.md")).span;
    expect([block?.start.offset, block?.end.offset, block?.end.line]).toEqual([0, 20, 3]);
  });
});

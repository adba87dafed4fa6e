/**
 * The fast path must give exactly what remark gives, for every block it accepts: checked on random
 * blocks built from the fragments resolutions are made of, and on every shape fixture.
 */
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fastPathBlocks, parseWithRemark } from "../../src/parse/markdown.js";
import { prepareSource } from "../../src/parse/source.js";
import { shiftPositions } from "../helpers/positions.js";

const FRAGMENTS = [
  "a) ",
  "a\\) ",
  "(a) ",
  "**a)** ",
  "**a)**\t",
  "a.\u00a0",
  "*recalling*",
  "_noting_",
  "**resolves**",
  "__aware__",
  "### recalling",
  "# ",
  "## ",
  "- ",
  "* ",
  "+ ",
  "1. ",
  "1) ",
  "2. ",
  "10. ",
  "  ",
  "   ",
  "    ",
  "\t",
  "i) ",
  "ii)\t",
  "– ",
  "\\- ",
  "1.1 ",
  "word",
  "the ",
  "Sector’s ",
  "“quoted” ",
  "\u00a0",
  "*",
  "_",
  "**",
  "\\",
  "\\*",
  "\\_",
  "#",
  ">",
  "=",
  "---",
  "***",
  "--",
  ",",
  ";",
  ":",
  ".",
  ")",
  "(",
  "x_y",
  "snake_case_",
  "&amp;",
  "&",
  "[link](x)",
  "`code`",
  "<b>",
  "~",
  "&SDG",
  "&copy;",
  "&#8211;",
  "&x",
  "-\t",
  "1.\t",
  "10.\t",
  "-\t\t",
  "1.\t ",
  "www.itu.int",
  "a@b.c",
  "*x*,",
  "*a\\)*",
  "_y_.",
  "**(a)**",
  "*“q”*",
  " *",
  "* ",
  "  \\",
];

/** Fragments the fast path is meant to take, so the comparison covers its accepting branches well. */
const SAFE = [
  "a) ",
  "a\\) ",
  "(b) ",
  "**a)** ",
  "**c)**\t",
  "d.\u00a0",
  "*recalling*",
  "_noting_",
  "**resolves**",
  "__aware__",
  "i) ",
  "– ",
  "\\- ",
  "1.1 ",
  "1 ",
  "word ",
  "the ",
  "Sector’s ",
  "“quoted” ",
  "x_y ",
  "*x*, ",
  "*a\\)* ",
  "_y_. ",
  "**(a)** ",
  "*“q”* ",
  "ITU-T ",
  "WSIS&SDG ",
  "[WSIS Forum](https://www.itu.int/net4/wsis/forum/) ",
  "[WSIS ",
  "Forum](https://www.itu.int/forum/) ",
  "Forum](x.org),",
  "]",
  "[a](x.org/a%20b?q=1#f), ",
  "www.itu.int/wsis ",
  "https://www.itu.int/en/itu-wsis/ ",
  "http://itu.int, ",
  "(https://x.org) ",
  "https://x.org/a). ",
  "HTTPS://x.org ",
  "www.itu.int/wsis; ",
  "www.itu.int. ",
  "(www.itu.int) ",
  "WWW.itu.int ",
  "http://x.org ",
  "[x] ",
  "![a](b) ",
  "[^1] ",
  "www.x ",
  "awww.itu.int ",
  "*[a](b)* ",
  "WSIS&SDG; ",
  "&amp; ",
  "&copy; ",
  "a\\)\tthat ",
  "2030 ",
  "\\* ",
  "\\# ",
  " ",
  "\t",
  "*",
  "_",
  "e.g. ",
  "(",
  ")",
  ";",
  ",",
];
const safeLine = fc
  .tuple(
    fc.constantFrom(
      "",
      "",
      "",
      "- ",
      "* ",
      "1. ",
      "2) ",
      "  - ",
      "   - ",
      "    ",
      "  ",
      "### ",
      "# ",
      "+ ",
      "  1. ",
      "1.\t",
      "-\t",
      "10)\t",
      "   ",
      "     ",
      "      ",
      "       ",
      "2018) ",
      "2. ",
    ),
    fc.array(fc.constantFrom(...SAFE), { minLength: 1, maxLength: 5 }),
    fc.constantFrom("", "", "", " ", "\t", "  "),
  )
  .map(([prefix, parts, suffix]) => prefix + parts.join(" ").replace(/ {2,}/g, " ").trim() + suffix);
const safeDoc = fc
  .tuple(
    fc.array(fc.tuple(safeLine, fc.constantFrom("\n", "\n", "\r\n", "\n\n", "\n\t\n")), { maxLength: 8 }),
    safeLine,
  )
  .map(([lines, last]) => lines.map(([l, e]) => l + e).join("") + last);

const line = fc
  .array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 6 })
  .map((parts) => parts.join(""));
const eol = fc.constantFrom("\n", "\n", "\r\n", "\n\n", "\n  \n", "\r\n\r\n");
const doc = fc
  .tuple(fc.array(fc.tuple(line, eol), { minLength: 1, maxLength: 8 }), line)
  .map(([lines, last]) => lines.map(([l, e]) => l + e).join("") + last);

/**
 * Runs of `*` and `_` that cannot all pair: only openers (`*a`), only closers (`a*`), or a mix, any
 * length, with escapes and punctuation around them. The fast path reads a paragraph whose runs cannot
 * open, or cannot close, as text; everything else must still equal remark.
 */
/** Runs that can only open (after white space), only close (before it), and any. */
const OPENERS = [" *a", " _b", " **c", " ***d", " __e", " *", " _", " (*f", " *“g", "\u00a0*h", " \\*i"];
const CLOSERS = ["j* ", "k_ ", "l** ", "m*** ", "n__ ", "* ", "_ ", "o*) ", "”* ", "p*\u00a0", "\\* "];
const MIXED = ["*q* ", "a_b ", "r*s ", "_t_ ", "**u** ", ...OPENERS, ...CLOSERS];
const delimiterLine = (fragments: string[]) =>
  fc
    .tuple(
      fc.constantFrom("", "", "- ", "1. ", "### ", "  "),
      fc.array(fc.constantFrom(...fragments, " word", "word ", " ", "."), { minLength: 1, maxLength: 8 }),
    )
    .map(([prefix, parts]) => (prefix + parts.join("")).trimEnd());
const delimiterDoc = fc
  .constantFrom(OPENERS, CLOSERS, MIXED)
  .chain((fragments) =>
    fc
      .tuple(fc.array(fc.tuple(delimiterLine(fragments), eol), { maxLength: 4 }), delimiterLine(fragments))
      .map(([lines, last]) => lines.map(([l, e]) => l + e).join("") + last),
  );

/** Blocks of `text` the fast path accepts, with its nodes and remark's for the same block. */
function compareBlocks(text: string): {
  accepted: number;
  acceptedLinks: number;
  mismatches: { block: string; fast: unknown; remark: unknown }[];
} {
  const source = prepareSource(text.trim() === "" ? "x" : text, "t.md");
  let accepted = 0;
  let acceptedLinks = 0;
  const mismatches: { block: string; fast: unknown; remark: unknown }[] = [];
  for (const { block, nodes: fast } of fastPathBlocks(source, 1)) {
    if (!fast) continue;
    accepted++;
    if (JSON.stringify(fast).includes('"type":"link"')) acceptedLinks++;
    const root = parseWithRemark(source.text.slice(block.start, block.end));
    for (const node of root.children) shiftPositions(node, block.startLine - 1, block.start);
    const a = JSON.parse(JSON.stringify(fast));
    const b = JSON.parse(JSON.stringify(root.children));
    if (JSON.stringify(a) !== JSON.stringify(b)) {
      mismatches.push({ block: source.text.slice(block.start, block.end), fast: a, remark: b });
    }
  }
  return { accepted, acceptedLinks, mismatches };
}

describe("fast path equals remark", () => {
  it("on every block of the shape fixtures and the bundled resolutions", () => {
    const dirs = ["../../fixtures/shapes/", "../../fixtures/resolutions/"].map(
      (d) => new URL(d, import.meta.url),
    );
    let accepted = 0;
    for (const dir of dirs) {
      for (const name of readdirSync(dir).filter((f) => f.endsWith(".md"))) {
        const result = compareBlocks(readFileSync(new URL(name, dir), "utf8"));
        expect(result.mismatches, name).toEqual([]);
        accepted += result.accepted;
      }
    }
    expect(accepted).toBeGreaterThan(300);
  });

  it("on random blocks of resolution fragments", () => {
    let accepted = 0;
    fc.assert(
      fc.property(doc, (text) => {
        const result = compareBlocks(text);
        accepted += result.accepted;
        expect(result.mismatches).toEqual([]);
      }),
      { numRuns: 3000 },
    );
    // The comparison means something only if the fast path took a fair share of the blocks.
    expect(accepted).toBeGreaterThan(500);
  });

  it("on random blocks made to take the fast path", () => {
    let accepted = 0;
    let links = 0;
    fc.assert(
      fc.property(safeDoc, (text) => {
        const result = compareBlocks(text);
        accepted += result.accepted;
        links += result.acceptedLinks;
        expect(result.mismatches).toEqual([]);
      }),
      { numRuns: 4000 },
    );
    expect(accepted).toBeGreaterThan(1500);
    expect(links).toBeGreaterThan(100);
  });

  it("on random blocks of delimiter runs that cannot all pair", () => {
    let accepted = 0;
    fc.assert(
      fc.property(delimiterDoc, (text) => {
        const result = compareBlocks(text);
        accepted += result.accepted;
        expect(result.mismatches).toEqual([]);
      }),
      { numRuns: 2000 },
    );
    expect(accepted).toBeGreaterThan(600);
  });

  it("reads a line of 2,000 unpaired runs as text, as remark does", () => {
    for (const run of ["*a ", "_a ", "a* ", "**a "]) {
      const text = `1 that ${run.repeat(2000)}end.`;
      const result = compareBlocks(text);
      expect(result.accepted, run).toBe(1);
      expect(result.mismatches, run).toEqual([]);
    }
  });
});

/**
 * Emphasis and strong spans that run over a soft line break (a hard-wrapped bold title, as pandoc
 * writes it): the fast path must read them exactly as remark does, or decline them.
 */
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import type { RootContent } from "mdast";
import { describe, expect, it } from "vitest";
import { parseResolution } from "../../src/parse/index.js";
import { fastPathBlocks, parseWithRemark } from "../../src/parse/markdown.js";
import { prepareSource } from "../../src/parse/source.js";
import { shiftPositions } from "../helpers/positions.js";

/** Emphasis or strong nodes in `nodes` that start and end on different lines. */
function wrappedSpans(nodes: readonly RootContent[]): number {
  let count = 0;
  const visit = (node: RootContent) => {
    if (
      (node.type === "emphasis" || node.type === "strong") &&
      node.position &&
      node.position.start.line !== node.position.end.line
    ) {
      count++;
    }
    if ("children" in node) for (const child of node.children) visit(child as RootContent);
  };
  for (const node of nodes) visit(node);
  return count;
}

/** Blocks of `text` the fast path accepts, compared with remark on the same block. */
function compareBlocks(text: string): {
  accepted: number;
  wrapped: number;
  mismatches: { block: string; fast: unknown; remark: unknown }[];
} {
  const source = prepareSource(text.trim() === "" ? "x" : text, "t.md");
  let accepted = 0;
  let wrapped = 0;
  const mismatches: { block: string; fast: unknown; remark: unknown }[] = [];
  for (const { block, nodes: fast } of fastPathBlocks(source, 1)) {
    if (!fast) continue;
    accepted++;
    wrapped += wrappedSpans(fast);
    const root = parseWithRemark(source.text.slice(block.start, block.end));
    for (const node of root.children) shiftPositions(node, block.startLine - 1, block.start);
    const a = JSON.stringify(fast);
    const b = JSON.stringify(root.children);
    if (a !== b) {
      mismatches.push({
        block: source.text.slice(block.start, block.end),
        fast: JSON.parse(a),
        remark: JSON.parse(b),
      });
    }
  }
  return { accepted, wrapped, mismatches };
}

const WORDS = [
  "word",
  "the",
  "ITU-R",
  "Sector’s",
  "“quoted”",
  "2030",
  "a)",
  "(b)",
  "e.g.",
  "x_y",
  "snake_case_",
  "\\*",
  "\\_",
  "\\**",
  "a\\*b",
  "\\\\",
  "www.itu.int",
  "[link](x.org)",
  "–",
];

/** Words the fast path takes anywhere; the others in WORDS make it decline some blocks. */
const CLEAN_WORDS = ["word", "the", "ITU-R", "Sector’s", "2030", "a)", "(b)", "\\*", "e.g.", "–"];
const word = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...CLEAN_WORDS) },
  { weight: 1, arbitrary: fc.constantFrom(...WORDS) },
);

/** Words with delimiters on them, clean and nasty. */
const OPENERS = ["*", "_", "**", "__"];
const NASTY = [
  "*",
  "_",
  "**",
  "__",
  "***",
  "x**y",
  "x*",
  "*x",
  "_x",
  "x_",
  "**(a)",
  "(a)**",
  "a)**,",
  "a)**.",
  "**,",
  ",**",
  "word**;",
  "word*:",
  "word_)",
  "word__.",
  "**“q”**",
  "*\\*",
  "\\**x",
  "x\\**",
  "_x_",
  "**x**",
  "*x*,",
];

const lineEnd = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom("\n", "\r\n", " \n", "\n  ", "\n\t", "\t\n") },
  { weight: 1, arbitrary: fc.constantFrom("  \n", "\\\n", "\n   ", "\n    ", "\n- ", "\n# ") },
);
const prefix = fc.constantFrom("", "", "", "- ", "1. ", "* ", "  - ", "2018) ", "# ");

/**
 * A paragraph with one span per choice, opened on one line and closed zero to three line ends later,
 * with random words (some nasty) around it and a random closer (usually the matching one).
 */
const spanPiece = fc
  .tuple(
    fc.constantFrom(...OPENERS),
    fc.oneof({ weight: 6, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
    fc.array(fc.tuple(fc.array(word, { minLength: 1, maxLength: 3 }), lineEnd), {
      minLength: 0,
      maxLength: 3,
    }),
    fc.array(word, { minLength: 1, maxLength: 2 }),
    fc.constantFrom("", "", "", "", ",", ".", ";", ")", "x", "*", "_", "**"),
  )
  .map(([open, sameCloser, middle, last, after]) => {
    const close = sameCloser ? open : (OPENERS.find((o) => o !== open) as string);
    const body = middle.map(([words, end]) => words.join(" ") + end).join("") + last.join(" ");
    return `${open}${body}${close}${after}`;
  });

const filler = fc.array(
  fc.oneof({ weight: 6, arbitrary: word }, { weight: 1, arbitrary: fc.constantFrom(...NASTY) }),
  { maxLength: 3 },
);

const wrappedParagraph = fc
  .tuple(
    prefix,
    fc.array(
      fc.tuple(
        filler,
        fc.oneof({ weight: 4, arbitrary: spanPiece }, { weight: 1, arbitrary: fc.constantFrom(...NASTY) }),
        filler,
        fc.constantFrom(" ", " ", "\n", "\r\n", " \n"),
      ),
      {
        minLength: 1,
        maxLength: 4,
      },
    ),
    fc.constantFrom("", "", " ", "\n\nnext", "\n- item"),
  )
  .map(
    ([first, parts, tail]) =>
      first +
      parts
        .map(([before, span, after, sep]) => [...before, span, ...after].join(" ") + sep)
        .join("")
        .trim() +
      tail,
  );

/** The same, with the words most likely to be accepted: clean spans, clean line ends. */
const cleanParagraph = fc
  .tuple(
    fc.constantFrom("", "", "- ", "1. ", "  - "),
    fc.array(fc.constantFrom(...CLEAN_WORDS), { maxLength: 3 }),
    fc.constantFrom(...OPENERS),
    fc.array(
      fc.tuple(
        fc.array(fc.constantFrom(...CLEAN_WORDS), { minLength: 1, maxLength: 3 }),
        fc.constantFrom("\n", "\r\n", " \n", "\n  ", "\t\n"),
      ),
      { minLength: 1, maxLength: 3 },
    ),
    fc.array(fc.constantFrom(...CLEAN_WORDS), { minLength: 1, maxLength: 2 }),
    fc.constantFrom("", "", ",", ".", ")", ":", " \nand more", "\n*x*", " *y*", " **b\nc**"),
  )
  .map(([first, before, open, middle, last, after]) => {
    const lead = before.length > 0 ? `${before.join(" ")} ` : "";
    const body = middle.map(([words, end]) => words.join(" ") + end).join("") + last.join(" ");
    return `${first}${lead}${open}${body}${open}${after}`;
  });

describe("emphasis over line ends: fast path equals remark", () => {
  it("reads the hard-wrapped bold title of ITU-R 61 on the fast path", () => {
    const title =
      "**Contribution of the ITU Radiocommunication Sector to implementing the WSIS\n" +
      "outcomes and the 2030 Agenda for Sustainable Development**";
    const result = compareBlocks(title);
    expect(result.mismatches).toEqual([]);
    expect(result.accepted).toBe(1);
    expect(result.wrapped).toBe(1);
    const source = prepareSource(title, "t.md");
    const [entry] = fastPathBlocks(source, 1);
    expect(entry?.nodes).toMatchObject([
      {
        type: "paragraph",
        children: [
          {
            type: "strong",
            children: [
              {
                type: "text",
                value:
                  "Contribution of the ITU Radiocommunication Sector to implementing the WSIS\noutcomes and the 2030 Agenda for Sustainable Development",
              },
            ],
          },
        ],
      },
    ]);
    const crlf = compareBlocks(title.replace("\n", "\r\n"));
    expect(crlf.mismatches).toEqual([]);
    expect(crlf.wrapped).toBe(1);
  });

  it("leaves none of the bundled resolutions to remark", () => {
    const dir = new URL("../../fixtures/resolutions/", import.meta.url);
    const names = readdirSync(dir).filter((f) => f.endsWith(".md"));
    expect(names.length).toBe(4);
    for (const name of names) {
      const text = readFileSync(new URL(name, dir), "utf8");
      expect(parseResolution(text, { file: name }).stats.remarkBlocks, name).toBe(0);
      expect(compareBlocks(text).mismatches, name).toEqual([]);
    }
  });

  it("on hand-picked cases, accepted or declined", () => {
    const accepted = [
      "**a\nb**\nnext",
      "**a\nb** \nnext",
      "**a\nb**, c\nnext",
      "x **a\n  b \n c**",
      "- **a\n  b** c",
      "a *b\nc* d *e\r\nf\r\ng*.",
      "**a)\nb)**,",
      "_a\nb_",
      "__a\nb__ *c* and _d\ne_",
      "**a \\*\nb**",
      "**a\\\\\nb**",
      "[WSIS\nForum](x.org)\nnext",
      "[WSIS\nForum](x.org) \nnext",
      // No run can close (or none can open): all of them are text.
      "**a\n**",
      "**a\nb **",
      "** a\nb**",
    ];
    for (const text of accepted) {
      const result = compareBlocks(text);
      expect(result.mismatches, text).toEqual([]);
      expect(result.accepted, text).toBe(1);
    }
    const declined = [
      "x_y **a\nb**",
      "**a\nb_c**",
      "**a  \nb**",
      "**a\\\nb**",
      "a_b\nc_",
      "**a\n[b](c) d**",
      "**a\nwww.itu.int**",
      "**a\nb**c",
      "**a\nb*",
      "*a\nb**",
      "**a\nb__",
    ];
    for (const text of declined) {
      const result = compareBlocks(text);
      expect(result.mismatches, text).toEqual([]);
      expect(result.accepted, text).toBe(0);
    }
  });

  it("on random paragraphs with spans over line ends, nasty delimiters included", () => {
    let accepted = 0;
    let wrapped = 0;
    fc.assert(
      fc.property(wrappedParagraph, (text) => {
        const result = compareBlocks(text);
        accepted += result.accepted;
        wrapped += result.wrapped;
        expect(result.mismatches).toEqual([]);
      }),
      { numRuns: 4000 },
    );
    expect(accepted).toBeGreaterThan(400);
    expect(wrapped).toBeGreaterThan(100);
  });

  it("on random paragraphs made to take the fast path", () => {
    let wrapped = 0;
    fc.assert(
      fc.property(cleanParagraph, (text) => {
        const result = compareBlocks(text);
        wrapped += result.wrapped;
        expect(result.mismatches).toEqual([]);
      }),
      { numRuns: 3000 },
    );
    expect(wrapped).toBeGreaterThan(1500);
  });
});

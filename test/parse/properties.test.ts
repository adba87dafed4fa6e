/**
 * Properties of the parser on arbitrary and on resolution-like text: it never throws anything but a
 * FatalError; items are exact slices of the source, in order, without overlap, sub-items inside their
 * item; reading block by block (fast path) gives the same resolution as remark over the whole file;
 * and a large generated resolution reads back as it was written.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateParseDocument } from "../../bench/parse-document.js";
import { FatalError } from "../../src/diagnostics/index.js";
import type { Item, Resolution } from "../../src/model.js";
import { parseResolution } from "../../src/parse/index.js";

const KEYWORDS = [
  "*recalling*",
  "_noting further_",
  "**considering**",
  "### recognizing",
  "resolves",
  "*instructs the Secretary-General*",
  "**invites Member States**",
  "*taking stock*",
];
const LABELS = [
  "a) ",
  "b) ",
  "(c) ",
  "d\\) ",
  "**e)** ",
  "f.\t",
  "1 ",
  "2 ",
  "1\\. ",
  "i) ",
  "ii) ",
  "– ",
  "\\- ",
  "1.1 ",
];
const LIST = ["- ", "1. ", "2) ", "  - ", "   1. ", "    "];
const WORDS = [
  "the",
  "WSIS",
  "Action Lines",
  "*emphasis*",
  "“quoted”",
  "ITU-T",
  "[link](x.org)",
  "www.itu.int",
  "&",
  "2030",
];
const END = ["", ";", ",", ".", ":", "; and"];

const text = fc
  .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 8 })
  .chain((words) => fc.constantFrom(...END).map((end) => words.join(" ") + end));
const line = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...KEYWORDS) },
  { weight: 6, arbitrary: fc.tuple(fc.constantFrom(...LABELS), text).map(([l, t]) => l + t) },
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.constantFrom(...LIST), fc.constantFrom("", ...LABELS), text)
      .map((p) => p.join("")),
  },
  { weight: 2, arbitrary: text },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "| a | b |",
      "|---|---|",
      "> note",
      "```",
      "# RESOLUTION 75 (REV. GENEVA, 2022)",
      "---",
      "## Annex",
    ),
  },
);
const resolutionLike = fc
  .array(fc.tuple(line, fc.constantFrom("\n", "\n\n", "\n\n", "\r\n", "\r\n\r\n")), {
    minLength: 1,
    maxLength: 30,
  })
  .map((lines) => `*recalling*\n\n${lines.map(([l, e]) => l + e).join("")}`);

function parseOrFatal(source: string, engine: "auto" | "remark" = "auto") {
  try {
    return parseResolution(source, { file: "p.md", engine });
  } catch (error) {
    if (error instanceof FatalError) return null;
    throw error;
  }
}

/** The items of a resolution, depth first, with their parent's span. */
function allItems(resolution: Resolution): { item: Item; parent: Item | null }[] {
  const out: { item: Item; parent: Item | null }[] = [];
  const walk = (item: Item, parent: Item | null) => {
    out.push({ item, parent });
    for (const sub of item.subitems) walk(sub, item);
  };
  for (const section of resolution.sections) for (const item of section.items) walk(item, null);
  return out;
}

function checkInvariants(resolution: Resolution): void {
  const { source } = resolution;
  for (const { item, parent } of allItems(resolution)) {
    expect(item.source).toBe(source.slice(item.span.start.offset, item.span.end.offset));
    expect(item.line).toBeLessThanOrEqual(item.endLine);
    if (item.labelSpan) {
      expect(source.slice(item.labelSpan.start.offset, item.labelSpan.end.offset)).toBe(item.labelRaw);
      expect(item.labelSpan.start.offset).toBeGreaterThanOrEqual(item.span.start.offset);
      expect(item.labelSpan.end.offset).toBeLessThanOrEqual(item.span.end.offset);
    }
    if (parent) {
      expect(item.span.start.offset).toBeGreaterThanOrEqual(parent.span.start.offset);
      expect(item.span.end.offset).toBeLessThanOrEqual(parent.span.end.offset);
    }
  }
  let previousEnd = -1;
  for (const section of resolution.sections) {
    expect(section.span.start.offset).toBeGreaterThanOrEqual(previousEnd);
    const { start, end } = section.keywordSpan;
    expect(source.slice(start.offset, end.offset)).toBe(section.keywordSource);
    let itemEnd = section.span.start.offset;
    for (const item of section.items) {
      expect(item.span.start.offset).toBeGreaterThanOrEqual(itemEnd);
      itemEnd = item.span.end.offset;
      let subEnd = item.span.start.offset;
      for (const sub of item.subitems) {
        expect(sub.span.start.offset).toBeGreaterThanOrEqual(subEnd);
        subEnd = sub.span.end.offset;
      }
    }
    expect(section.span.end.offset).toBeGreaterThanOrEqual(itemEnd);
    previousEnd = section.span.end.offset;
  }
  for (const extra of resolution.extras) {
    expect(extra.source).toBe(source.slice(extra.span.start.offset, extra.span.end.offset));
  }
}

describe("parser properties", () => {
  it("never throws anything but a FatalError, on any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (input) => {
        const result = parseOrFatal(input);
        if (result) checkInvariants(result.resolution);
      }),
      { numRuns: 1500 },
    );
  });

  it("keeps items as exact, ordered, non-overlapping slices on resolution-like text", () => {
    let items = 0;
    fc.assert(
      fc.property(resolutionLike, (input) => {
        const result = parseOrFatal(input);
        expect(result).not.toBeNull();
        if (!result) return;
        checkInvariants(result.resolution);
        items += allItems(result.resolution).length;
      }),
      { numRuns: 600 },
    );
    expect(items).toBeGreaterThan(1500);
  });

  it("reads the same resolution block by block as remark does over the whole document", () => {
    fc.assert(
      fc.property(resolutionLike, (input) => {
        const fast = parseOrFatal(input, "auto");
        const slow = parseOrFatal(input, "remark");
        expect(fast?.resolution).toEqual(slow?.resolution);
        expect(fast?.diagnostics).toEqual(slow?.diagnostics);
      }),
      { numRuns: 400 },
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(resolutionLike, (input) => {
        expect(parseOrFatal(input)).toEqual(parseOrFatal(input));
      }),
      { numRuns: 50 },
    );
  });
});

describe("the generated benchmark resolution", () => {
  for (const seed of [1, 30, 75]) {
    it(`reads back as written (seed ${seed})`, () => {
      const generated = generateParseDocument(150_000, seed);
      const { resolution, diagnostics } = parseResolution(generated.text, { file: "generated.md" });
      const read = resolution.sections.map((s) => ({
        keyword: s.keyword,
        family: s.family,
        line: s.line,
        items: s.items.map((i) => ({
          label: i.label,
          line: i.line,
          subitems: i.subitems.map((x) => x.label),
        })),
      }));
      expect(read).toEqual(generated.sections);
      expect(diagnostics).toEqual([]);
      expect(resolution.extras.map((e) => e.text.split(" ")[0])).toEqual([
        "ANNEX",
        "Action",
        "Action",
        "NOTE",
      ]);
      checkInvariants(resolution);
    });
  }

  it("is read the same way by the fast path and by remark", () => {
    const generated = generateParseDocument(60_000, 7);
    const fast = parseResolution(generated.text, { file: "g.md" });
    const slow = parseResolution(generated.text, { file: "g.md", engine: "remark" });
    expect(fast.resolution).toEqual(slow.resolution);
    expect(fast.stats.fastChars).toBeGreaterThan(fast.stats.remarkChars);
  });
});

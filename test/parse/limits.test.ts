import { describe, expect, it } from "vitest";
import { FatalError } from "../../src/diagnostics/index.js";
import { parseResolution } from "../../src/parse/index.js";
import {
  MAX_INPUT_SIZE,
  MAX_NESTING,
  MAX_REMARK_MARKS,
  MAX_REMARK_SIZE,
  megabytes,
} from "../../src/parse/limits.js";

/** A resolves item followed by a list nested `levels` deep (two columns a level). */
function nestedList(levels: number): string {
  let text = "*resolves*\n\n1 to act;\n\n*instructs the Secretary-General*\n\n";
  for (let level = 0; level < levels; level++) text += `${"  ".repeat(level)}- point ${level}\n`;
  return text;
}

describe("nesting limit", () => {
  it(`reads lists nested up to the limit (${MAX_NESTING} levels) without exhausting the stack`, () => {
    const result = parseResolution(nestedList(MAX_NESTING + 1), { file: "deep.md" });
    expect(result.resolution.sections.map((s) => s.keyword)).toEqual([
      "resolves",
      "instructs the Secretary-General",
    ]);
  });

  it("refuses a deeper list with the line and the limit, not a stack overflow", () => {
    const text = nestedList(3000);
    const attempt = () => parseResolution(text, { file: "deep.md" });
    expect(attempt).toThrow(FatalError);
    expect(attempt).toThrow(`the limit is ${MAX_NESTING}`);
    try {
      attempt();
    } catch (error) {
      // the first line past the limit: 6 lines before the list, then level 101 is line 6 + 102
      expect((error as FatalError).line).toBe(6 + MAX_NESTING + 2);
      expect((error as FatalError).file).toBe("deep.md");
    }
  });

  it("refuses block quotes nested beyond the limit", () => {
    const text = `*resolves*\n\n1 to act.\n\n${">".repeat(500)} quoted\n`;
    expect(() => parseResolution(text, { file: "q.md" })).toThrow(/nested about 500 levels deep/);
  });
});

/** What a refusal says: the file, the line (or null), and the message. */
function refusal(text: string): [string | undefined, number | undefined, string] {
  try {
    parseResolution(text, { file: "big.md", role: "ITU-T" });
  } catch (error) {
    if (error instanceof FatalError) return [error.file, error.line, error.message];
    throw error;
  }
  throw new Error("expected a refusal");
}

const RESOLVES = "*resolves*\n\n";

describe("input size limit", () => {
  it(`refuses an input over ${megabytes(MAX_INPUT_SIZE)} before parsing it, with its size and the limit`, () => {
    const text = `${RESOLVES}1 ${"x".repeat(MAX_INPUT_SIZE)}\n`;
    expect(refusal(text)).toEqual([
      "big.md",
      undefined,
      "is 10.1 MB; the limit is 10 MB for one input (a resolution is well under 1 MB)",
    ]);
  });

  it("gives sizes rounded up to a tenth, so that over the limit never reads as the limit", () => {
    expect([megabytes(MAX_INPUT_SIZE), megabytes(MAX_INPUT_SIZE + 1), megabytes(53_133_873)]).toEqual([
      "10 MB",
      "10.1 MB",
      "50.7 MB",
    ]);
  });
});

describe("emphasis marks on one line, read by the fast path in one pass", () => {
  const n = 20_000;
  it.each([
    ["paired *a*", "*a* ", "a ".repeat(n)],
    ["paired _a_", "_a_ ", "a ".repeat(n)],
    ["paired **a**", "**a** ", "a ".repeat(n)],
    ["unclosed *a", "*a ", "*a ".repeat(n)],
    ["unopened a*", "a* ", "a* ".repeat(n)],
    ["unclosed **a and _a", "**a _a ", "**a _a ".repeat(n)],
  ])("%s", (_what, unit, plain) => {
    const result = parseResolution(`${RESOLVES}1 that ${unit.repeat(n)}end.\n`, {
      file: "m.md",
      role: "ITU-T",
    });
    expect(result.stats.remarkBlocks).toBe(0);
    expect(result.resolution.sections[0]?.items.map((i) => i.text)).toEqual([`that ${plain}end.`]);
  });
});

describe("what goes to remark", () => {
  it(`refuses more than ${MAX_REMARK_MARKS.toLocaleString("en")} marks in text remark must read, naming the line`, () => {
    // Paired marks and one that does not pair: the fast path declines the paragraph.
    const text = `${RESOLVES}1 to act;\n\n2 that ${"*a* ".repeat(MAX_REMARK_MARKS / 2)}*b end.\n`;
    const [file, line, message] = refusal(text);
    expect([file, line]).toEqual(["big.md", 5]);
    expect(message).toBe(
      "has 20,001 Markdown marks (* _ | < > [ ] ` ~ &) in text that only the full Markdown reader takes (tables, HTML, code, e-mail addresses, link definitions, or emphasis that does not pair simply); the limit is 20,000, passed on this line",
    );
  });

  it("reads such a paragraph under the limit", () => {
    const result = parseResolution(`${RESOLVES}1 that ${"*a* ".repeat(1_000)}*b end.\n`, {
      file: "m.md",
      role: "ITU-T",
    });
    expect(result.stats.remarkBlocks).toBe(1);
    expect(result.resolution.sections[0]?.items[0]?.text).toBe(`that ${"a ".repeat(1_000)}*b end.`);
  });

  it(`refuses more than ${megabytes(MAX_REMARK_SIZE)} of text remark must read, naming where it starts`, () => {
    const item = (k: number) => `${k} that ITU-T shall write to wsis@itu.int about item ${k};\n\n`;
    let text = `${RESOLVES}1 to act;\n\n`;
    for (let k = 2; text.length < MAX_REMARK_SIZE * 1.2; k++) text += item(k);
    const [file, line, message] = refusal(text);
    expect([file, line]).toEqual(["big.md", 5]);
    expect(message).toMatch(
      /^has 1\.2 MB of text that only the full Markdown reader takes \(tables, .*\), the first of it on this line; the limit is 1 MB$/,
    );
  });

  it("applies the same limits when the whole document goes to remark", () => {
    const text = `[x]: https://itu.int\n\n${RESOLVES}1 that ${"*a* ".repeat(MAX_REMARK_MARKS / 2)}*b end.\n`;
    // The whole document is counted: the definition and the keyword add four marks.
    expect(refusal(text)[2]).toMatch(/^has 20,005 Markdown marks/);
  });
});

import { describe, expect, it } from "vitest";
import { FatalError } from "../../src/diagnostics/index.js";
import { parseResolution } from "../../src/parse/index.js";
import { MAX_NESTING } from "../../src/parse/limits.js";

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

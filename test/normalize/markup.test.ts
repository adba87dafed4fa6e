/**
 * The `markup` rule scans for closing marks once per pass; these regular expressions are what it
 * means (the rule as it was written first), and it must give the same text on any input.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { markup } from "../../src/normalize/rules.js";

function reference(text: string): string {
  if (!/[*_`\\<[]/.test(text)) return text;
  return text
    .replace(/\[\^[^\]]*\]/g, "")
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<\/?[a-zA-Z][^>]*>/g, "")
    .replace(/`+/g, "")
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>~"'])/g, "$1")
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, "$2")
    .replace(/(^|[^\p{L}\p{N}*])\*(?=\S)(.+?)(?<=\S)\*(?![\p{L}\p{N}])/gu, "$1$2")
    .replace(/(^|[^\p{L}\p{N}_])_(?=\S)(.+?)(?<=\S)_(?![\p{L}\p{N}])/gu, "$1$2")
    .replace(/\*\*|__/g, "");
}

const FRAGMENTS = [
  "*",
  "**",
  "***",
  "_",
  "__",
  "a",
  "b",
  "1",
  "é",
  "\u{1d400}",
  "\u{1f600}",
  "\ud835",
  " ",
  "\u00a0",
  "\n",
  "\r",
  "\u2028",
  "[",
  "]",
  "(",
  ")",
  "!",
  "^",
  "[^",
  "<",
  ">",
  "/",
  "</",
  "\\",
  "`",
  ".",
  ",",
  "[a](b)",
  "<u>",
];
const text = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 16 }).map((parts) => parts.join(""));

describe("markup", () => {
  it("gives what its regular expressions give, on any mix of marks", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(markup(t)).toBe(reference(t));
      }),
      { numRuns: 20000 },
    );
  });

  it("on the shapes item texts have", () => {
    for (const t of [
      "**the** _WSIS_ *outcomes*",
      "a\\) see [the site](https://itu.int)[^1] and <u>this</u> `code`",
      "snake_case_name and 5 * 3",
      "*a* *b*c* d*",
      "**a***",
      "x*y* *z*",
      "![logo](x.png) and [a [b](c)",
    ]) {
      expect(markup(t), t).toBe(reference(t));
    }
  });

  it("reads long lines of unclosed and paired marks (the expressions took minutes on 200,000)", () => {
    const n = 20_000;
    for (const unit of ["*a ", "_a ", "**a ", "[a ", "<a ", "x* "]) {
      const t = `that ${unit.repeat(n)}end`;
      expect(markup(t), unit).toBe(unit === "**a " ? `that ${"a ".repeat(n)}end` : t);
    }
    expect(markup(`that ${"[^a ".repeat(n)}end`)).toBe(`that ${"[^a ".repeat(n)}end`);
    expect(markup(`that ${"*a* ".repeat(n)}end`)).toBe(`that ${"a ".repeat(n)}end`);
    expect(markup(`that ${"_a_ ".repeat(n)}*b`)).toBe(`that ${"a ".repeat(n)}*b`);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wordDifferences } from "../../src/align/differences.js";
import { canonicalSpacing, comparisonTokens, normalizeText } from "../../src/normalize/index.js";
import { isCanonical, rebuildSpacing } from "../../src/normalize/tokens.js";

/** Pieces of item text, spacing and punctuation of every kind included, to build texts that differ little. */
const FRAGMENTS = [
  "the",
  "Tunis",
  "Agenda",
  "ITU-T",
  "Members",
  "ITU's",
  "70/125",
  "C5",
  "e.g.",
  " ",
  " ",
  "  ",
  "\u00a0",
  "\u202f",
  "\t",
  "\n",
  '"',
  "'",
  "“",
  "”",
  "‘",
  "’",
  "«",
  "»",
  "‹",
  "›",
  "„",
  ",",
  ";",
  ":",
  ".",
  "(",
  ")",
  "[",
  "]",
  "%",
  "/",
  "&",
  "+",
  "-",
  "–",
  "*",
  "_",
  "\\",
  "⟨sector⟩",
  "⟨rev⟩'s",
  "⟨",
  "⟩",
  "\ue000",
  "!",
  "?",
  "{",
  "}",
  "é",
  "\u{1d400}",
];
const text = fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 14 }).map((p) => p.join(""));

describe("canonicalSpacing", () => {
  it("spaces by token alone: same tokens, and applied again it changes nothing", () => {
    fc.assert(
      fc.property(text, (t) => {
        const spaced = canonicalSpacing(t);
        expect(comparisonTokens(spaced)).toEqual(comparisonTokens(t));
        expect(canonicalSpacing(spaced)).toBe(spaced);
      }),
      { numRuns: 3000 },
    );
  });

  it("leaves a text alone only when rebuilding it from its tokens gives it back", () => {
    let fast = 0;
    const spaced = fc.array(fc.constantFrom(...FRAGMENTS, " ", " ", "a", "ITU-T", ","), { maxLength: 14 });
    fc.assert(
      fc.property(
        fc.oneof(
          text,
          spaced.map((p) => rebuildSpacing(p.join(""))),
        ),
        (t) => {
          if (!isCanonical(t)) return;
          fast++;
          expect(rebuildSpacing(t)).toBe(t);
        },
      ),
      { numRuns: 5000 },
    );
    // The check must say yes often enough to matter.
    expect(fast).toBeGreaterThan(500);
    expect(isCanonical("that ⟨sector⟩'s work (C5), 70/125 and e.g. the Members' rights: 50%.")).toBe(true);
    expect(isCanonical("that ⟨sector⟩-related work")).toBe(false);
  });

  it("writes punctuation, brackets and quotations the way they are read", () => {
    expect(canonicalSpacing('the " Tunis " Agenda ( 2005 ) , 50 % and Members \' rights')).toBe(
      `the "Tunis" Agenda (2005), 50% and Members' rights`,
    );
    expect(canonicalSpacing('"a" "b"')).toBe('"a" "b"');
  });
});

describe("a variant always shows its differences", () => {
  it("two items whose normalized texts differ have at least one word difference", () => {
    fc.assert(
      fc.property(text, text, text, (a, b, c) => {
        const [r, t, d] = [a, b, c].map((x) => normalizeText(x).text) as [string, string, string];
        if (r !== t) {
          const pair = wordDifferences([
            { role: "ITU-R", text: r },
            { role: "ITU-T", text: t },
          ]);
          expect(pair, `${JSON.stringify(r)} vs ${JSON.stringify(t)}`).not.toEqual([]);
        }
        if (r !== t || t !== d) {
          const three = wordDifferences([
            { role: "ITU-R", text: r },
            { role: "ITU-T", text: t },
            { role: "ITU-D", text: d },
          ]);
          expect(three).not.toEqual([]);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("and texts that differ only in quoting or spacing are equal", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("the", "Tunis", "Agenda", "WSIS"), { minLength: 1 }), (words) => {
        const phrase = words.join(" ");
        const straight = normalizeText(`recalling "${phrase}" of 2005`).text;
        for (const quoted of [`« ${phrase} »`, `«\u00a0${phrase}\u202f»`, `“${phrase}”`, `'${phrase}'`]) {
          expect(normalizeText(`recalling ${quoted} of 2005`).text).toBe(straight);
        }
      }),
      { numRuns: 300 },
    );
  });
});

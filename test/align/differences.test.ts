import { describe, expect, it } from "vitest";
import { diffTokens, joinTokens, wordDifferences } from "../../src/align/differences.js";

describe("wordDifferences", () => {
  it("aligns the three readings at each place that differs, with the words around it", () => {
    const differences = wordDifferences([
      { role: "ITU-R", text: "that ⟨sector⟩ shall contribute to Action Line C5" },
      { role: "ITU-T", text: "that ⟨sector⟩ should contribute to Action Line C5" },
      { role: "ITU-D", text: "that ⟨sector⟩ shall also contribute to Action Line C6" },
    ]);
    expect(differences).toEqual([
      {
        readings: { "ITU-R": "shall", "ITU-T": "should", "ITU-D": "shall also" },
        before: "⟨sector⟩",
        after: "contribute",
      },
      { readings: { "ITU-R": "C5", "ITU-T": "C5", "ITU-D": "C6" }, before: "Line", after: "" },
    ]);
  });

  it("reports a word only one member has, with an empty reading for the others, also at the start", () => {
    const differences = wordDifferences([
      { role: "ITU-R", text: "to promote WSIS" },
      { role: "ITU-D", text: "further to promote WSIS" },
    ]);
    expect(differences).toEqual([{ readings: { "ITU-R": "", "ITU-D": "further" }, before: "", after: "to" }]);
  });

  it("finds no difference between equal texts", () => {
    expect(
      wordDifferences([
        { role: "ITU-R", text: "to promote WSIS" },
        { role: "ITU-T", text: "to promote WSIS" },
      ]),
    ).toEqual([]);
  });
});

describe("diffTokens and joinTokens", () => {
  it("tokenize words, numbers and punctuation and join them back readably", () => {
    const tokens = diffTokens("UNGA 70/125, ⟨sector⟩'s work (C5).");
    expect(tokens).toEqual(["UNGA", "70/125", ",", "⟨sector⟩'s", "work", "(", "C5", ")", "."]);
    expect(joinTokens(tokens)).toBe("UNGA 70/125, ⟨sector⟩'s work (C5).");
  });
});

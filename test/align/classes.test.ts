/**
 * Editorial or substantive, per word difference (src/align/classes.ts), with the shipped classes of
 * the terms YAML: one case per class of docs/domain.md, and the whole-group effect in alignSectors.
 */
import { describe, expect, it } from "vitest";
import { alignSectors } from "../../src/align/index.js";
import { defaultSectorTerms } from "../../src/domain/sector-terms.js";
import { mergeSectorTerms } from "../../src/domain/sector-terms-yaml.js";
import type { CommonGroup } from "../../src/model.js";
import { sectors } from "../helpers/sectors.js";

/** The group of three items that differ as `r` / `t` / `d` say, under *resolves*. */
function group(r: string, t: string, d: string, terms = defaultSectorTerms()): CommonGroup {
  const result = alignSectors(
    sectors({ "ITU-R": [["resolves", [r]]], "ITU-T": [["resolves", [t]]], "ITU-D": [["resolves", [d]]] }),
    { terms },
  );
  expect(result.common).toHaveLength(1);
  return result.common[0] as CommonGroup;
}

const BASE = "that the Sector shall report each year to the Council on its WSIS activities in all regions";

describe("difference classes", () => {
  const substantive: [string, string, string][] = [
    ["number", BASE, BASE.replace("all regions", "all 6 regions")],
    ["year", `${BASE} until 2025`, `${BASE} until 2030`],
    ["document-number", `${BASE} under UNGA resolution 70/125`, `${BASE} under UNGA resolution 75/202`],
    ["action-line", `${BASE} on Action Line C2`, `${BASE} on Action Line C5`],
    ["modal", BASE, BASE.replace("shall", "should")],
    ["negation", BASE, BASE.replace("shall report", "shall not report")],
    ["body", BASE, BASE.replace("the Council", "the Plenipotentiary Conference")],
    ["frequency", BASE, BASE.replace("each year", "every four years")],
    ["money", `${BASE} within the budget`, `${BASE} within voluntary contributions`],
    ["opposite", `${BASE} and continue its workshops`, `${BASE} and cease its workshops`],
    ["scope", BASE, BASE.replace("all regions", "most regions")],
  ];
  for (const [category, a, b] of substantive) {
    it(`a ${category} difference is substantive`, () => {
      const g = group(a, a, b);
      expect(g.kind).toBe("variant");
      expect(g.variantClass).toBe("substantive");
      expect(g.differences.map((d) => [d.class, d.category])).toContainEqual(["substantive", category]);
      expect(g.differences.every((d) => (d.reason ?? "").length > 0)).toBe(true);
    });
  }

  const editorial: [string, string, string][] = [
    ["equivalent", `${BASE} so as to inform it`, `${BASE} in order to inform it`],
    ["emphasis", BASE, BASE.replace("shall report", "shall continue to report")],
    ["wording", `${BASE} and to publicize its results`, `${BASE} and to promote its results`],
  ];
  for (const [category, a, b] of editorial) {
    it(`a ${category} difference is editorial`, () => {
      const g = group(a, a, b);
      expect(g.variantClass).toBe("editorial");
      expect(g.differences.map((d) => [d.class, d.category])).toEqual([["editorial", category]]);
    });
  }

  it("clauses in another order are an editorial variant, named as such", () => {
    const a = "that ITU-R shall take part in the WSIS Forum and in the WSIS stocktaking process";
    const b = "that ITU-D shall take part in the WSIS stocktaking process and in the WSIS Forum";
    const g = group(a, a.replace("ITU-R", "ITU-T"), b);
    expect(g.kind).toBe("variant");
    expect(g.variantClass).toBe("editorial");
    expect(g.differences.length).toBeGreaterThan(0);
    expect(g.differences.every((d) => d.category === "order")).toBe(true);
  });

  it("a group with one substantive difference among editorial ones is substantive", () => {
    const a = `${BASE} so as to inform it`;
    const b = `${BASE.replace("shall", "should")} in order to inform it`;
    const g = group(a, a, b);
    expect(g.differences.map((d) => d.class).sort()).toEqual(["editorial", "substantive"]);
    expect(g.variantClass).toBe("substantive");
  });

  it("reads extra classes from the user's terms YAML, and a known id replaces the shipped class", () => {
    const terms = mergeSectorTerms(
      defaultSectorTerms(),
      [
        "differences:",
        "  substantive:",
        "    - id: channel",
        "      reason: the channel differs",
        "      words: [newsletter, website]",
        "    - id: modal",
        "      reason: the modal verb differs",
        "      words: [must]",
      ].join("\n"),
      "terms.yaml",
    );
    const website = group(
      `${BASE} on its website`,
      `${BASE} on its website`,
      `${BASE} in its newsletter`,
      terms,
    );
    expect(website.differences.map((d) => d.category)).toContain("channel");
    expect(website.variantClass).toBe("substantive");
    // "shall"/"should" is no longer a modal difference once the user's class replaces the shipped one.
    const modal = group(BASE, BASE, BASE.replace("shall", "should"), terms);
    expect(modal.variantClass).toBe("editorial");
  });

  it("refuses a class with a broken pattern, naming the file", () => {
    expect(() =>
      mergeSectorTerms(
        defaultSectorTerms(),
        "differences:\n  substantive:\n    - id: x\n      pattern: '('\n",
        "terms.yaml",
      ),
    ).toThrow(/differences\.substantive\[0\]\.pattern is not a valid regular expression/);
  });
});

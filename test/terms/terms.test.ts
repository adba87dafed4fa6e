import { describe, expect, it } from "vitest";
import { FatalError } from "../../src/diagnostics/index.js";
import { defaultSectorTerms, findTermOccurrences } from "../../src/domain/sector-terms.js";
import { mergeSectorTerms, parseSectorTerms } from "../../src/domain/sector-terms-yaml.js";

const terms = defaultSectorTerms();
const found = (text: string, role?: Parameters<typeof findTermOccurrences>[2]) =>
  findTermOccurrences(text, terms, role).map((o) => [o.text, o.concept, o.role]);

describe("the shipped Sector-term table", () => {
  it("has every concept of docs/domain.md with forms for each Sector and a neutral form", () => {
    const ids = terms.concepts.map((c) => c.id);
    expect(ids).toEqual(["sector", "bureau", "director", "assembly", "advisory-group", "study-groups"]);
    for (const c of terms.concepts) {
      expect(c.forms["ITU-R"].length).toBeGreaterThan(0);
      expect(c.forms["ITU-T"].length).toBeGreaterThan(0);
      expect(c.forms["ITU-D"].length).toBeGreaterThan(0);
      expect(c.neutral.length).toBeGreaterThan(0);
      expect(c.placeholder).toBe(`⟨${c.id}⟩`);
    }
    const sector = terms.concepts.find((c) => c.id === "sector");
    expect(sector?.neutral[0]).toEqual({ form: "the three Sectors", plural: true });
    expect(sector?.neutral).toContainEqual({ form: "each Sector", plural: false });
  });
});

describe("findTermOccurrences", () => {
  it("matches the longest form first, the article included", () => {
    expect(found("The ITU Telecommunication Standardization Sector's contribution")).toEqual([
      ["The ITU Telecommunication Standardization Sector", "sector", "ITU-T"],
    ]);
    expect(found("the Director of the Telecommunication Development Bureau shall")).toEqual([
      ["the Director of the Telecommunication Development Bureau", "director", "ITU-D"],
    ]);
    expect(found("invites the ITU-R study groups")).toEqual([
      ["the ITU-R study groups", "study-groups", "ITU-R"],
    ]);
  });

  it("matches abbreviations case-sensitively and long names in any case", () => {
    expect(found("itu-t and Tsb")).toEqual([]);
    expect(found("ITU-T and TSB")).toEqual([
      ["ITU-T", "sector", "ITU-T"],
      ["TSB", "bureau", "ITU-T"],
    ]);
    expect(found("the radiocommunication sector")).toEqual([
      ["the radiocommunication sector", "sector", "ITU-R"],
    ]);
  });

  it("matches whole words only, and keeps a year attached to an assembly outside the match", () => {
    expect(found("BRAND TSBX")).toEqual([]);
    const [occurrence] = findTermOccurrences("adopted at WTSA-20", terms);
    expect(occurrence?.text).toBe("WTSA");
    expect(occurrence?.end).toBe("adopted at WTSA".length);
  });

  it("finds neutral forms of Resolution 140 with role pp", () => {
    expect(found("the Directors of the three Bureaux and the three Sectors")).toEqual([
      ["the Directors of the three Bureaux", "director", "pp"],
      ["the three Sectors", "sector", "pp"],
    ]);
  });

  it("leaves citations alone: Resolution ITU-R 61, Recommendation ITU-T X.1205, ⟨tokens⟩", () => {
    expect(found("Resolution ITU-R 61-2 and Recommendation ITU-T X.1205")).toEqual([]);
    expect(found("⟨res ITU-R 61⟩ and ITU-D")).toEqual([["ITU-D", "sector", "ITU-D"]]);
  });

  it("handles possessives and typographic apostrophes in forms", () => {
    expect(found("ITU’s Telecommunication Development Sector")).toEqual([
      ["ITU’s Telecommunication Development Sector", "sector", "ITU-D"],
    ]);
    expect(found("ITU-D’s work")).toEqual([["ITU-D", "sector", "ITU-D"]]);
  });

  it("with a Sector role, finds only that Sector's forms and the neutral ones", () => {
    expect(found("ITU-T with ITU-R and the three Sectors", "ITU-T")).toEqual([
      ["ITU-T", "sector", "ITU-T"],
      ["the three Sectors", "sector", "pp"],
    ]);
    expect(found("ITU-T and the three Sectors", "pp")).toEqual([["the three Sectors", "sector", "pp"]]);
  });

  it("reports the preferred neutral form and its number", () => {
    const [o] = findTermOccurrences("the Director of TSB", terms);
    expect(o).toMatchObject({
      neutral: "the Directors of the three Bureaux",
      plural: true,
      placeholder: "⟨director⟩",
    });
  });
});

describe("mergeSectorTerms", () => {
  it("extends a concept's forms and adds new concepts", () => {
    const merged = mergeSectorTerms(
      terms,
      `concepts:
  - id: sector
    forms:
      ITU-T: [the T-Sector]
  - id: secretariat
    forms: { ITU-R: [the BR secretariat], ITU-T: [the TSB secretariat], ITU-D: [the BDT secretariat] }
    neutral: [{ form: the secretariats of the three Bureaux, plural: true }]
`,
      "my-terms.yaml",
    );
    expect(findTermOccurrences("the T-Sector", merged).map((o) => o.concept)).toEqual(["sector"]);
    expect(findTermOccurrences("the TSB secretariat", merged).map((o) => o.concept)).toEqual(["secretariat"]);
    // The base table is not changed.
    expect(findTermOccurrences("the T-Sector", terms)).toEqual([]);
  });

  it("replaces a concept with replace: true, and its neutral forms when given", () => {
    const merged = mergeSectorTerms(
      terms,
      `concepts:
  - id: sector
    replace: true
    forms: { ITU-R: [R-Sector], ITU-T: [T-Sector], ITU-D: [D-Sector] }
    neutral: [{ form: the Sectors, plural: true }]
`,
    );
    expect(findTermOccurrences("ITU-T", merged)).toEqual([]);
    expect(findTermOccurrences("T-Sector", merged)[0]?.neutral).toBe("the Sectors");
  });

  it("rejects an invalid table with the file name", () => {
    expect(() =>
      mergeSectorTerms(terms, "concepts: [{ id: sector, forms: { ITU-X: [a] } }]", "t.yaml"),
    ).toThrow(FatalError);
    expect(() => mergeSectorTerms(terms, "concepts: : :", "t.yaml")).toThrow(/not valid YAML/);
    expect(() => parseSectorTerms("concepts: [{ id: x, forms: {} }]")).toThrow(/neutral/);
  });

  it("rejects an unknown key, which would otherwise change nothing (README: breaks the schema, exit 2)", () => {
    expect(() => mergeSectorTerms(terms, "concept:\n  - id: sector\n", "t.yaml")).toThrow(
      /the table: unknown key `concept`/,
    );
    expect(() =>
      mergeSectorTerms(terms, "concepts:\n  - id: sector\n    form: { ITU-T: [the T-Sector] }\n", "t.yaml"),
    ).toThrow(/concept "sector": unknown key `form`/);
    expect(() => mergeSectorTerms(terms, "common: []\npartial: []\n", "gold.yaml")).toThrow(FatalError);
  });

  it("reports invalid YAML on one line that does not end in a dangling colon", () => {
    // the yaml package's first line ends with ":" before its code frame
    expect(() => mergeSectorTerms(terms, "concepts: [\n", "t.yaml")).toThrow(
      /^not valid YAML: .* at line \d+, column \d+$/,
    );
  });
});

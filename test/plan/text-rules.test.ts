import { describe, expect, it } from "vitest";
import { findCitations, newestCitations, updateCitations } from "../../src/domain/citations.js";
import { findCrossReferences } from "../../src/plan/cross-references.js";
import { baseKeyword, insertionIndex } from "../../src/plan/keywords.js";
import { canonicalLabel, letters, renumberSubitems, styleLabel } from "../../src/plan/labels.js";
import { endingFor, findEnding, positions, withEnding, withoutEnding } from "../../src/plan/punctuation.js";
import { buildResolution } from "../helpers/resolution.js";

describe("labels", () => {
  it("letters items a) to z), then aa)", () => {
    expect([1, 2, 26, 27, 28].map(letters)).toEqual(["a", "b", "z", "aa", "ab"]);
    expect(canonicalLabel("letters", 3)).toBe("c)");
    expect(canonicalLabel("numbers", 3)).toBe("3");
  });

  it("writes a label in the style of the document", () => {
    expect(styleLabel("(a)", "c)")).toBe("(c)");
    expect(styleLabel("a\\)", "c)")).toBe("c\\)");
    expect(styleLabel("**b)**", "c)")).toBe("**c)**");
    expect(styleLabel("1.", "4")).toBe("4.");
    expect(styleLabel("1)", "4")).toBe("4)");
    expect(styleLabel(null, "4")).toBe("4");
  });

  it("renumbers sub-items numbered after their item", () => {
    const doc = buildResolution("*resolves*\n\n3 that:\n  3.1 one;\n  3.2 two.\n");
    const item = doc.sections[0]?.items[0];
    if (!item) throw new Error("no item");
    expect(renumberSubitems(item, "2")).toEqual([
      { subitem: 0, from: "3.1", to: "2.1" },
      { subitem: 1, from: "3.2", to: "2.2" },
    ]);
    expect(renumberSubitems(item, "3")).toEqual([]);
  });
});

describe("end-of-item punctuation", () => {
  it("finds the ending before closing markup and spaces", () => {
    expect(findEnding("a) that x;")).toMatchObject({ text: ";", start: 9, end: 10 });
    expect(findEnding("a) that x; and")).toMatchObject({ text: "; and", start: 9 });
    expect(findEnding("**a)** that *x*,**  ")).toMatchObject({ text: "," });
    expect(findEnding("a) that x")).toEqual({ start: 9, end: 9, text: "", marks: "" });
  });

  it("gives ';' between items, ',' before the next keyword and '.' at the very end", () => {
    const p = positions([2, 0, 3]);
    expect(p).toEqual([["penultimate", "last-in-section"], [], ["inner", "penultimate", "last"]]);
    expect(p.map((s) => s.map((x) => endingFor(x, false)))).toEqual([[";", ","], [], [";", ";", "."]]);
    expect(endingFor("penultimate", true)).toBe("; and");
  });

  it("replaces or removes the ending of a text", () => {
    expect(withEnding("that x; and", ",")).toBe("that x,");
    expect(withEnding("that x", ".")).toBe("that x.");
    expect(withoutEnding("that x;")).toBe("that x");
  });
});

describe("cross-references", () => {
  const keywords = [
    "recognizing",
    "recognizing further",
    "resolves",
    "instructs the Director of the Telecommunication Standardization Bureau",
  ];

  it("finds references by keyword and label, one per label", () => {
    const found = findCrossReferences("as in resolves 3 and 5 and recognizing further (b)", keywords);
    expect(found.map((f) => [f.keyword, f.label, f.canonical])).toEqual([
      ["resolves", "3", "3"],
      ["resolves", "5", "5"],
      ["recognizing further", "(b)", "b)"],
    ]);
    const text = "see *resolves* 1.2 above";
    const [ref] = findCrossReferences(text, keywords);
    expect(text.slice(ref?.start, ref?.end)).toBe("1.2");
  });

  it("finds 'paragraph N of keyword'", () => {
    const found = findCrossReferences(
      "under paragraph 2 of instructs the Director of the Telecommunication Standardization Bureau",
      keywords,
    );
    expect(found.map((f) => [f.keyword, f.label])).toEqual([
      ["instructs the Director of the Telecommunication Standardization Bureau", "2"],
    ]);
  });

  it("leaves references to other resolutions alone", () => {
    expect(findCrossReferences("resolves 2 of Resolution 71 (Rev. Dubai, 2018)", keywords)).toEqual([]);
    expect(findCrossReferences("resolves 2 of this resolution", keywords)).toHaveLength(1);
    expect(findCrossReferences("that the resolves of the Council", keywords)).toEqual([]);
  });
});

describe("citations", () => {
  it("finds resolution citations with their revision, and leaves UNGA resolutions out", () => {
    const text =
      "Resolutions 140 (Rev. Dubai, 2018) and 71 (Rev. Busan, 2014), Resolution ITU-R 61-2 and UNGA Resolution 70/125";
    const found = findCitations(text);
    expect(found.map((c) => [c.key, c.revision, text.slice(c.start, c.end)])).toEqual([
      ["140", "Rev. Dubai, 2018", "Rev. Dubai, 2018"],
      ["71", "Rev. Busan, 2014", "Rev. Busan, 2014"],
      ["ITU-R 61", "2", "2"],
    ]);
  });

  it("takes the newest revision of each resolution in the inputs, the documents' own headings included", () => {
    const a = buildResolution(
      "*recalling*\n\na) Resolution 71 (Rev. Busan, 2014);\n\nb) Resolution 200 (Rev. Dubai, 2018),\n",
    );
    const b = buildResolution("*recalling*\n\na) Resolution 71 (Rev. Dubai, 2018),\n");
    a.role = "pp";
    b.role = "pp";
    const newest = newestCitations([a, b]);
    expect(newest).toEqual({ PP: { "71": "Rev. Dubai, 2018", "200": "Rev. Dubai, 2018" } });
    expect(
      updateCitations("Resolution 71 (Rev. Busan, 2014) and UNGA resolution 70/125", newest, "PP"),
    ).toMatchObject({
      text: "Resolution 71 (Rev. Dubai, 2018) and UNGA resolution 70/125",
      changes: ["Resolution 71: Rev. Busan, 2014 -> Rev. Dubai, 2018"],
    });
  });
});

describe("keyword order", () => {
  it("places a new keyword group in canonical order, preambular before operative", () => {
    const existing = [
      { family: "recalling", kind: "preambular" as const },
      { family: "considering", kind: "preambular" as const },
      { family: "resolves", kind: "operative" as const },
      { family: "invites-member-states", kind: "operative" as const },
    ];
    expect(insertionIndex(existing, "noting", "preambular")).toBe(2);
    expect(insertionIndex(existing, "recognizing", "preambular")).toBe(1);
    expect(insertionIndex(existing, "instructs-director", "operative")).toBe(3);
    expect(insertionIndex(existing, "urges", "operative")).toBe(4);
    expect(insertionIndex([], "resolves", "operative")).toBe(0);
    expect(baseKeyword("recognizing further")).toBe("recognizing");
    expect(baseKeyword("further noting")).toBe("noting");
    expect(baseKeyword("noting with satisfaction")).toBe("noting");
    expect(baseKeyword("resolves also")).toBe("resolves");
    expect(baseKeyword("instructs the Director of the Telecommunication Development Bureau")).toBe(
      "instructs the Director of the Telecommunication Development Bureau",
    );
  });
});

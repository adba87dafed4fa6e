import { describe, expect, it } from "vitest";
import type { Item } from "../../src/model.js";
import { comparisonWords, normalizeItem, normalizeText } from "../../src/normalize/index.js";

function item(text: string, subitems: Item[] = []): Item {
  const point = { line: 1, column: 1, offset: 0 };
  return {
    label: "a)",
    labelRaw: "a)",
    ordinal: 1,
    text,
    subitems,
    line: 1,
    column: 1,
    endLine: 1,
    span: { start: point, end: point },
    source: text,
    labelSpan: null,
    blankLineBefore: false,
  };
}

describe("normalizeText", () => {
  it("makes the Sectors' wordings of one provision equal and records the rules that fired", () => {
    const r = normalizeText(
      "That the ITU Radiocommunication Sector should contribute to Resolution 140 (Rev. Dubai, 2018);",
    );
    const t = normalizeText("that ITU-T should contribute to Resolution 140 (Rev. Busan, 2014); and");
    expect(r.text).toBe("that ⟨sector⟩ should contribute to Resolution 140 ⟨rev⟩");
    expect(t.text).toBe(r.text);
    expect(r.rules).toEqual([
      "terminal-punctuation",
      "citation-revision",
      "sector-term",
      "first-letter-case",
    ]);
    expect(t.rules).toEqual(["joining-word", "citation-revision", "sector-term"]);
  });

  it("records no rule for text that needs none", () => {
    expect(normalizeText("the outcomes of WSIS").rules).toEqual([]);
  });

  it.each([
    ["a number", "to hold 2 meetings", "to hold 3 meetings"],
    ["a resolution number", "Resolution 139 (Rev. Dubai, 2018)", "Resolution 140 (Rev. Dubai, 2018)"],
    ["a UNGA resolution", "UNGA Resolution 70/125", "UNGA Resolution 75/202"],
    ["an Action Line", "Action Line C5", "Action Line C6"],
    ["a year", "by 2025", "by 2030"],
    ["a verb", "ITU-T shall contribute", "ITU-R should contribute"],
    ["ITU-R revision vs a different resolution", "Resolution ITU-R 61-2", "Resolution ITU-R 62-2"],
  ])("never normalizes away %s", (_what, a, b) => {
    expect(normalizeText(a).text).not.toBe(normalizeText(b).text);
  });

  it.each([
    ["French guillemets with spaces", "the « Tunis » Agenda"],
    ["guillemets with no-break spaces", "the «\u00a0Tunis\u00a0» Agenda"],
    ["guillemets with narrow no-break spaces", "the «\u202fTunis\u202f» Agenda"],
    ["guillemets without spaces", "the «Tunis» Agenda"],
    ["guillemets pointing inwards", "the »Tunis« Agenda"],
    ["curly quotes", "the “Tunis” Agenda"],
    ["low-9 quotes", "the „Tunis“ Agenda"],
    ["single quotes", "the 'Tunis' Agenda"],
    ["curly single quotes", "the ‘Tunis’ Agenda"],
    ["single guillemets with spaces", "the ‹ Tunis › Agenda"],
    ["straight quotes with inner spaces", 'the " Tunis " Agenda'],
  ])("compares %s like straight quotes", (_what, text) => {
    const straight = normalizeText('the "Tunis" Agenda');
    expect(straight.text).toBe('the "Tunis" Agenda');
    expect(normalizeText(text).text).toBe(straight.text);
  });

  it("spaces the words of a quotation the same however they were spaced", () => {
    const a = normalizeText('ITU\'s role in the "Connect 2030 Agenda" , as stated ( see " WSIS+20 " ) ;');
    const b = normalizeText(
      "ITU’s role in the “Connect 2030 Agenda”, as stated (see «\u00a0WSIS+20\u00a0»);",
    );
    expect(a.text).toBe(`ITU's role in the "Connect 2030 Agenda", as stated (see "WSIS + 20")`);
    expect(b.text).toBe(a.text);
    expect(a.rules).toContain("whitespace");
  });

  it("compares inline and separate sub-items alike", () => {
    const inline = normalizeItem(item("that ITU-T should: i) foo; ii) bar; and iii) baz."));
    const separate = normalizeItem(
      item("that the Telecommunication Standardization Sector should:", [
        item("foo;"),
        item("bar; and"),
        item("baz."),
      ]),
    );
    expect(inline.text).toBe("that ⟨sector⟩ should; foo; bar; baz");
    expect(separate.text).toBe(inline.text);
    expect(inline.rules).toContain("inline-subitems");
  });

  it("makes sub-items part of the comparable text", () => {
    const a = normalizeItem(item("that:", [item("foo;"), item("bar.")]));
    const b = normalizeItem(item("that:", [item("foo;"), item("qux.")]));
    expect(a.text).not.toBe(b.text);
  });
});

describe("comparisonWords", () => {
  it("keeps placeholders, UNGA numbers and Action Lines as single tokens", () => {
    expect(comparisonWords("that ⟨sector⟩'s work, UNGA 70/125 and C5")).toEqual([
      "that",
      "⟨sector⟩'s",
      "work",
      "unga",
      "70/125",
      "and",
      "c5",
    ]);
  });
});

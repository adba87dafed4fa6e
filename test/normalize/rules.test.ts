import { describe, expect, it } from "vitest";
import { defaultSectorTerms } from "../../src/domain/sector-terms.js";
import {
  citationRevision,
  dashes,
  firstLetterCase,
  inlineSubitems,
  joiningWord,
  label,
  markup,
  quotes,
  sectorTerms,
  terminalPunctuation,
  unicodeNfkc,
  whitespace,
} from "../../src/normalize/rules.js";

const context = { terms: defaultSectorTerms() };

describe("unicode-nfkc", () => {
  it("folds compatibility characters and non-breaking spaces", () => {
    expect(unicodeNfkc("e\ufb03cient\u00a0use of ＩＣＴｓ")).toBe("efficient use of ICTs");
  });
});

describe("quotes", () => {
  it("straightens typographic quotes and apostrophes; a pair of single quotes becomes double", () => {
    expect(quotes("“Connect 2030” and ITU’s ‘role’")).toBe(`"Connect 2030" and ITU's "role"`);
  });

  it("turns guillemets of either direction, low-9 quotes and single guillemets into straight quotes", () => {
    expect(quotes("« Tunis » and »Geneva« and „Busan“ and ‹Dubai›")).toBe(
      `" Tunis " and "Geneva" and "Busan" and "Dubai"`,
    );
  });

  it("keeps an apostrophe inside or after a word, also next to a quotation", () => {
    expect(quotes("the Members' rights and ITU's 'Tunis Agenda', then Sectors'")).toBe(
      `the Members' rights and ITU's "Tunis Agenda", then Sectors'`,
    );
    expect(quotes("a lone 'opening quote")).toBe("a lone 'opening quote");
  });
});

describe("dashes", () => {
  it("folds hyphen look-alikes and spaces a punctuation dash the same way", () => {
    expect(dashes("e\u2011health")).toBe("e-health");
    expect(dashes("ICTs—including")).toBe("ICTs - including");
    expect(dashes("ICTs – including")).toBe("ICTs - including");
    expect(dashes("ICTs - including")).toBe("ICTs - including");
  });

  it("keeps both numbers of a range", () => {
    expect(dashes("2019 – 2023")).toBe("2019-2023");
  });
});

describe("markup", () => {
  it("removes emphasis, escapes, links, inline code, tags and footnote references", () => {
    expect(markup("**the** _WSIS_ *outcomes*")).toBe("the WSIS outcomes");
    expect(markup("a\\) see [the site](https://itu.int)[^1] and <u>this</u> `code`")).toBe(
      "a) see the site and this code",
    );
  });

  it("leaves words with inner underscores and lone asterisks alone", () => {
    expect(markup("snake_case_name and 5 * 3")).toBe("snake_case_name and 5 * 3");
  });
});

describe("whitespace", () => {
  it("collapses runs, and removes space before punctuation and inside brackets", () => {
    expect(whitespace("  the\n outcomes ,\tof ( WSIS )  ")).toBe("the outcomes, of (WSIS)");
  });
});

describe("label", () => {
  it("removes a label left at the start", () => {
    expect(label("a) that")).toBe("that");
    expect(label("(b) that")).toBe("that");
    expect(label("iv) the")).toBe("the");
    expect(label("2. to invite")).toBe("to invite");
    expect(label("1) to invite")).toBe("to invite");
    expect(label("- the outcomes")).toBe("the outcomes");
  });

  it("never removes a number that is part of the text", () => {
    expect(label("2030 Agenda for Sustainable Development")).toBe("2030 Agenda for Sustainable Development");
    expect(label("3.5 billion people")).toBe("3.5 billion people");
    expect(label("70/125 of the General Assembly")).toBe("70/125 of the General Assembly");
  });
});

describe("inline-subitems", () => {
  it("splits inline sub-items at their labels", () => {
    expect(inlineSubitems("that ITU should: i) foo; ii) bar; and iii) baz")).toEqual([
      "that ITU should",
      "foo",
      "bar",
      "baz",
    ]);
    expect(inlineSubitems("that: (a) one, (b) two")).toEqual(["that", "one", "two"]);
  });

  it("leaves text without inline labels whole", () => {
    expect(inlineSubitems("Action Lines C5 and C6 (ii) of the plan")).toEqual([
      "Action Lines C5 and C6 (ii) of the plan",
    ]);
  });
});

describe("joining-word", () => {
  it('removes "; and", ", and", "; or" at the end', () => {
    expect(joiningWord("the outcomes of WSIS; and")).toBe("the outcomes of WSIS");
    expect(joiningWord("the outcomes of WSIS, and")).toBe("the outcomes of WSIS");
    expect(joiningWord("the outcomes of WSIS; or")).toBe("the outcomes of WSIS");
  });

  it('keeps an "and" that is part of the sentence', () => {
    expect(joiningWord("developed and developing countries and")).toBe(
      "developed and developing countries and",
    );
    expect(joiningWord("WSIS and the SDGs")).toBe("WSIS and the SDGs");
  });
});

describe("terminal-punctuation", () => {
  it("removes the end-of-item punctuation", () => {
    expect(terminalPunctuation("the outcomes;")).toBe("the outcomes");
    expect(terminalPunctuation("the outcomes,")).toBe("the outcomes");
    expect(terminalPunctuation("the outcomes.")).toBe("the outcomes");
    expect(terminalPunctuation("the following:")).toBe("the following");
  });

  it("keeps inner punctuation", () => {
    expect(terminalPunctuation("the outcomes, in particular")).toBe("the outcomes, in particular");
  });
});

describe("citation-revision", () => {
  it("makes revisions of the same resolution one token and keeps the number", () => {
    const dubai = citationRevision("Resolution 140 (Rev. Dubai, 2018) of the Plenipotentiary Conference");
    const busan = citationRevision("Resolution 140 (Rev. Busan, 2014) of the Plenipotentiary Conference");
    expect(dubai).toBe("Resolution 140 ⟨rev⟩ of the Plenipotentiary Conference");
    expect(busan).toBe(dubai);
    expect(citationRevision("Resolution 30 (Rev.Buenos Aires 2017)")).toBe("Resolution 30 ⟨rev⟩");
    expect(citationRevision("Resolution 71 (Dubai, 2018)")).toBe("Resolution 71 ⟨rev⟩");
  });

  it("handles the ITU-R revision suffix and lists of resolutions", () => {
    expect(citationRevision("Resolution ITU-R 61-2")).toBe("Resolution ITU-R 61 ⟨rev⟩");
    expect(citationRevision("Resolution ITU-R 61-1")).toBe("Resolution ITU-R 61 ⟨rev⟩");
    expect(citationRevision("Resolutions 70 (Rev. Dubai, 2018) and 140 (Rev. Busan, 2014)")).toBe(
      "Resolutions 70 ⟨rev⟩ and 140 ⟨rev⟩",
    );
  });

  it("never removes a resolution number, a UNGA resolution, an Action Line or another year", () => {
    expect(citationRevision("Resolution 139 (Rev. Dubai, 2018)")).toBe("Resolution 139 ⟨rev⟩");
    expect(citationRevision("UNGA Resolution 70/125 (2015)")).toBe("UNGA Resolution 70/125 (2015)");
    expect(citationRevision("Action Line C5 (Review 2020)")).toBe("Action Line C5 (Review 2020)");
    expect(citationRevision("WSIS (Geneva, 2003)")).toBe("WSIS (Geneva, 2003)");
    expect(citationRevision("in 2025, the review")).toBe("in 2025, the review");
  });
});

describe("sector-term", () => {
  it("turns every Sector's forms and the neutral forms into one placeholder per concept", () => {
    expect(sectorTerms("ITU-T shall", context)).toBe("⟨sector⟩ shall");
    expect(sectorTerms("the ITU Radiocommunication Sector shall", context)).toBe("⟨sector⟩ shall");
    expect(sectorTerms("the three Sectors shall", context)).toBe("⟨sector⟩ shall");
    expect(sectorTerms("instructs the Director of TSB and the BDT Director", context)).toBe(
      "instructs ⟨director⟩ and ⟨director⟩",
    );
    expect(sectorTerms("the ITU-D study groups and TDAG", context)).toBe(
      "⟨study-groups⟩ and ⟨advisory-group⟩",
    );
  });

  it("keeps citations that contain a Sector abbreviation", () => {
    expect(sectorTerms("Resolution ITU-R 61 ⟨rev⟩ and Recommendation ITU-T X.1205", context)).toBe(
      "Resolution ITU-R 61 ⟨rev⟩ and Recommendation ITU-T X.1205",
    );
  });
});

describe("first-letter-case", () => {
  it("lowers a capitalized first word", () => {
    expect(firstLetterCase("The outcomes")).toBe("the outcomes");
    expect(firstLetterCase("A global")).toBe("a global");
    expect(firstLetterCase('"Connect 2030"')).toBe('"connect 2030"');
  });

  it("keeps abbreviations and placeholders", () => {
    expect(firstLetterCase("ICTs for all")).toBe("ICTs for all");
    expect(firstLetterCase("⟨sector⟩ shall")).toBe("⟨sector⟩ shall");
    expect(firstLetterCase("WSIS outcomes")).toBe("WSIS outcomes");
  });
});

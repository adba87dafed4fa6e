import { describe, expect, it } from "vitest";
import { defaultSectorTerms } from "../../src/domain/sector-terms.js";
import { isPluralPhrase, neutralWording } from "../../src/plan/neutral.js";
import { deriveWording } from "../../src/plan/wording.js";
import { buildResolution } from "../helpers/resolution.js";

const terms = defaultSectorTerms();
const neutral = (text: string, role: "ITU-R" | "ITU-T" | "ITU-D" = "ITU-T") =>
  neutralWording(text, role, terms);

describe("neutralWording", () => {
  it("replaces a Sector's own terms with the neutral forms of the term table", () => {
    expect(
      neutral("to report each year to TSAG on the work of the Telecommunication Standardization Sector").text,
    ).toBe("to report each year to the Sector advisory groups on the work of the three Sectors");
    expect(neutral("to submit contributions to the ITU-T study groups").text).toBe(
      "to submit contributions to the study groups of the three Sectors",
    );
    expect(neutral("to consult the Director of the BDT", "ITU-D").text).toBe(
      "to consult the Directors of the three Bureaux",
    );
  });

  it("makes the verb and the possessive agree when the subject becomes plural", () => {
    const result = neutral("that ITU-T has adapted its mandate to the SDGs");
    expect(result.text).toBe("that the three Sectors have adapted their mandates to the SDGs");
    expect(result.agreements).toEqual(["has -> have", "its mandate -> their mandates"]);
    expect(neutral("that the Sector also contributes, within its own mandate, to the review").text).toBe(
      "that the three Sectors also contribute, within their own mandates, to the review",
    );
    expect(neutral("that the Radiocommunication Sector is committed to its work", "ITU-R").text).toBe(
      "that the three Sectors are committed to their work",
    );
  });

  it("does not change the agreement of a subject that was plural already", () => {
    expect(neutral("that the ITU-T study groups have adapted their work programmes").text).toBe(
      "that the study groups of the three Sectors have adapted their work programmes",
    );
  });

  it("turns an abbreviation used as an adjective into an 'of' phrase", () => {
    expect(neutral("to maintain the pages on the ITU-T website").text).toBe(
      "to maintain the pages on the websites of the three Sectors",
    );
    expect(neutral("to maintain the pages on the ITU-D website", "ITU-D").text).toBe(
      "to maintain the pages on the websites of the three Sectors",
    );
  });

  it("writes the possessive of a plural neutral form", () => {
    expect(neutral("the Telecommunication Standardization Sector's contribution").text).toBe(
      "the three Sectors' contribution",
    );
  });

  it("leaves other Sectors, citations and named meetings as written", () => {
    const result = neutral(
      "in cooperation with ITU-D, as agreed at WTSA-20, and Recommendation ITU-T X.1205",
    );
    expect(result.text).toBe(
      "in cooperation with ITU-D, as agreed at WTSA-20, and Recommendation ITU-T X.1205",
    );
    expect(result.meetings).toEqual(["WTSA-20"]);
  });

  it("lists every substitution for the drafters' review", () => {
    const result = neutral("to invite ITU-T and TSB");
    expect(result.substitutions).toEqual(["ITU-T -> the three Sectors", "TSB -> the three Bureaux"]);
  });
});

describe("number helpers", () => {
  it("tells plural phrases", () => {
    expect(isPluralPhrase("ITU-T")).toBe(false);
    expect(isPluralPhrase("the ITU-T study groups")).toBe(true);
    expect(isPluralPhrase("the Director of the TSB")).toBe(false);
    expect(isPluralPhrase("the Directors of the three Bureaux")).toBe(true);
    expect(isPluralPhrase("the Sector assemblies and conferences")).toBe(true);
  });
});

describe("deriveWording", () => {
  const options = {
    revision: "Rev. [Place], [Year]",
    includeVariants: false,
    terms,
    meetings: { "ITU-R": "[Place], [Year]", "ITU-T": "[Place], [Year]", "ITU-D": "[Place], [Year]" },
    inviteAssemblies: false,
  };
  const wordingOf = (markdown: string, role: "ITU-R" | "ITU-T" | "ITU-D") => {
    const doc = buildResolution(markdown, { file: "s.md", role });
    const section = doc.sections[0] as (typeof doc.sections)[0];
    return deriveWording(doc, role, section.items[0] as (typeof section.items)[0], options, {});
  };

  it("makes sub-items agree with a lead-in whose subject became plural", () => {
    const { wording, review } = wordingOf(
      "*resolves*\n\n1 that ITU-T shall:\n\ni) take the Action Lines into account in its operational plan;\n\nii) publishes its report each year.\n",
      "ITU-T",
    );
    expect(wording.text).toBe("that the three Sectors shall:");
    expect(wording.subitems.map((s) => s.text)).toEqual([
      "take the Action Lines into account in their operational plans;",
      "publish their reports each year",
    ]);
    expect(review.map((r) => r.rule)).toEqual(["neutral-wording", "agreement", "agreement"]);
  });

  it("flags another Sector named in a sub-item of an item that now speaks for the three Sectors", () => {
    const { wording, review } = wordingOf(
      "*resolves*\n\n1 that ITU-R shall:\n\ni) cooperate with ITU-D on spectrum for rural areas.\n",
      "ITU-R",
    );
    expect(wording.subitems[0]?.text).toBe("cooperate with [ITU-D] on spectrum for rural areas");
    expect(review.find((r) => r.bracketed === "[ITU-D]")?.rule).toBe("neutral-wording");
  });
});

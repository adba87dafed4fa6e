import { describe, expect, it } from "vitest";
import {
  citeFromResolution140,
  findCitations,
  newestCitations,
  updateCitations,
} from "../../src/domain/citations.js";
import { buildResolution } from "../helpers/resolution.js";

const bodies = (text: string, citing: Parameters<typeof findCitations>[1]) =>
  findCitations(text, citing).map((c) => `${c.body ?? "?"} ${c.key} (${c.bodySource})`);

describe("citations are (body, number) pairs", () => {
  it("reads the body from the words around the citation, else from the citing document", () => {
    expect(
      bodies(
        "Resolution 30 (Rev. Dubai, 2018) of the Plenipotentiary Conference and Resolution 30 (Rev. Kigali, 2022)",
        "WTDC",
      ),
    ).toEqual(["PP 30 (named)", "WTDC 30 (default)"]);
    expect(
      bodies("Resolution 64 (Rev. Geneva, 2022) of WTSA-20, and Resolution 2 of this assembly", "WTSA"),
    ).toEqual(["WTSA 64 (named)", "WTSA 2 (this)"]);
    expect(
      bodies("Resolution 1 of the World Telecommunication Standardization Assembly (Geneva, 2022)", "WTDC"),
    ).toEqual(["WTSA 1 (named)"]);
    expect(bodies("Resolution 71 (Rev. Dubai, 2018) of this conference", "PP")).toEqual(["PP 71 (this)"]);
    expect(bodies("Resolution ITU-R 61-2 and Council Resolution 1332", "WTDC")).toEqual([
      "RA ITU-R 61 (series)",
      "Council 1332 (named)",
    ]);
  });

  it("gives every number of a list the body named after the list", () => {
    expect(
      bodies(
        "Resolutions 70 (Rev. Dubai, 2018) and 71 (Rev. Dubai, 2018) of the Plenipotentiary Conference",
        "WTSA",
      ),
    ).toEqual(["PP 70 (named)", "PP 71 (named)"]);
  });

  it("leaves a bare number in an ITU-R text without a body: the Radiocommunication Assembly numbers 'ITU-R 61'", () => {
    expect(bodies("Resolution 71 (Rev. Dubai, 2018)", "RA")).toEqual(["? 71 (default)"]);
    expect(bodies("Resolution 71 (Rev. Dubai, 2018)", null)).toEqual(["? 71 (default)"]);
  });

  it("reads a pending revision, which never changes", () => {
    const [c] = findCitations(
      "Resolution 140 (Rev. [Place], [Year]) of the Plenipotentiary Conference",
      "WTSA",
    );
    expect(c).toMatchObject({
      key: "140",
      body: "PP",
      revision: "Rev. [Place], [Year]",
      pending: true,
      year: null,
    });
    const newest = { PP: { "140": "Rev. Dubai, 2018" } };
    const text = "Resolution 140 (Rev. [Place], [Year]) of the Plenipotentiary Conference";
    expect(updateCitations(text, newest, "WTSA").text).toBe(text);
  });
});

describe("the newest revision of the same document", () => {
  const wtdc = buildResolution(
    `# RESOLUTION 30 (REV. KIGALI, 2022)

Title

The World Telecommunication Development Conference (Kigali, 2022),

*recalling*

a) Resolution 30 (Rev. Busan, 2014) of the Plenipotentiary Conference;

b) Resolution 71 (Rev. Dubai, 2018) of the Plenipotentiary Conference,

*resolves*

1 to apply Resolution 30 (Rev. Buenos Aires, 2017).
`,
    { role: "ITU-D", file: "wtdc.md" },
  );
  const wtsa = buildResolution(
    `# RESOLUTION 75 (REV. GENEVA, 2022)

Title

The World Telecommunication Standardization Assembly (Geneva, 2022),

*recalling*

a) Resolution 30 (Rev. Dubai, 2018) of the Plenipotentiary Conference,

*resolves*

1 to act.
`,
    { role: "ITU-T", file: "wtsa.md" },
  );

  it("is chosen per (body, number): PP Resolution 30 and WTDC Resolution 30 are two documents", () => {
    expect(newestCitations([wtdc, wtsa])).toEqual({
      PP: { "30": "Rev. Dubai, 2018", "71": "Rev. Dubai, 2018" },
      WTSA: { "75": "Rev. Geneva, 2022" },
      WTDC: { "30": "Rev. Kigali, 2022" },
    });
  });

  it("updates a citation only to a revision of the same document", () => {
    const newest = newestCitations([wtdc, wtsa]);
    expect(
      updateCitations(
        "Resolution 30 (Rev. Busan, 2014) of the Plenipotentiary Conference and Resolution 30 (Rev. Buenos Aires, 2017)",
        newest,
        "WTDC",
      ).text,
    ).toBe(
      "Resolution 30 (Rev. Dubai, 2018) of the Plenipotentiary Conference and Resolution 30 (Rev. Kigali, 2022)",
    );
  });
});

describe("citations as Resolution 140 writes them", () => {
  it("cites PP resolutions 'of this conference' and names a Sector's own body", () => {
    expect(
      citeFromResolution140(
        "Resolution 71 (Rev. Dubai, 2018) of the Plenipotentiary Conference and Resolution 30 (Rev. Kigali, 2022)",
        "WTDC",
      ).text,
    ).toBe(
      "Resolution 71 (Rev. Dubai, 2018) of this conference and Resolution 30 (Rev. Kigali, 2022) of the World Telecommunication Development Conference",
    );
    expect(citeFromResolution140("Resolution 2 (Rev. Geneva, 2022) of this assembly", "WTSA").text).toBe(
      "Resolution 2 (Rev. Geneva, 2022) of the World Telecommunication Standardization Assembly",
    );
  });

  it("leaves another body's citations and the ITU-R series as they are", () => {
    const text = "Resolution 1 (Rev. Geneva, 2022) of WTSA, Resolution ITU-R 61-2 and WTDC Resolution 30";
    expect(citeFromResolution140(text, "WTDC").text).toBe(text);
  });
});

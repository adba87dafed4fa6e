/** Which document a resolution is: front matter, then heading/title/preamble; and one file per role. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FatalError } from "../../src/diagnostics/index.js";
import { assignRoles, detectRole, parseRole } from "../../src/domain/roles.js";
import type { Resolution } from "../../src/model.js";
import { parseResolution } from "../../src/parse/index.js";
import { formatFatal } from "../../src/terminal/diagnostics.js";

const BODY = [
  "*recalling*",
  "",
  "a) the WSIS outcome documents,",
  "",
  "*resolves*",
  "",
  "1 that the work goes on.",
].join("\n");

function resolution(file: string, front: string[], frontMatter?: string[]): Resolution {
  const text = [...(frontMatter ? ["---", ...frontMatter, "---", ""] : []), ...front, "", BODY].join("\n");
  return parseResolution(text, { file }).resolution;
}

const bundled = (name: string) =>
  parseResolution(readFileSync(new URL(`../../fixtures/resolutions/${name}`, import.meta.url), "utf8"), {
    file: name,
  }).resolution;

describe("detectRole", () => {
  it("reads body: or role: from front matter, editions and spellings included", () => {
    const cases: [string, string][] = [
      ["body: PP", "pp"],
      ["body: PP-22", "pp"],
      ["body: Plenipotentiary Conference", "pp"],
      ["role: RA", "ITU-R"],
      ["body: RA-19", "ITU-R"],
      ["role: ITU-R", "ITU-R"],
      ["body: WTSA-20", "ITU-T"],
      ["role: itu-t", "ITU-T"],
      ["body: WTDC", "ITU-D"],
      ["body: WTDC 2017", "ITU-D"],
      ["role: ITU-D", "ITU-D"],
    ];
    for (const [line, role] of cases) {
      const detection = detectRole(resolution("x.md", [], [line]));
      expect(detection.role, line).toBe(role);
      expect(detection.role && detection.source, line).toBe("front-matter");
    }
  });

  it("reads the assembly or conference from heading, title and preamble", () => {
    const cases: [string[], string, string][] = [
      [["# Resolution 140 (Rev. Dubai, 2018)"], "pp", "Resolution 140"],
      [
        ["The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),"],
        "pp",
        "Plenipotentiary Conference",
      ],
      [["RESOLUTION ITU-R 61-2", "", "Title"], "ITU-R", "Resolution ITU-R"],
      [["The Radiocommunication Assembly (Sharm el-Sheikh, 2019),"], "ITU-R", "Radiocommunication Assembly"],
      [
        ["The World Telecommunication Standardization Assembly (Geneva, 2022),"],
        "ITU-T",
        "World Telecommunication Standardization Assembly",
      ],
      [["# Resolution 75", "", "Adopted by WTSA-20"], "ITU-T", "WTSA"],
      [
        ["The World Telecommunication Development Conference (Kigali, 2022),"],
        "ITU-D",
        "World Telecommunication Development Conference",
      ],
    ];
    for (const [front, role, evidence] of cases) {
      expect(detectRole(resolution("x.md", front)), front.join(" / ")).toEqual({
        role,
        source: "content",
        evidence,
      });
    }
  });

  it("detects the four bundled resolutions", () => {
    expect(
      ["res-140.md", "itu-r-61.md", "wtsa-75.md", "wtdc-30.md"].map((name) => {
        const r = bundled(name);
        return [r.role, r.roleSource];
      }),
    ).toEqual([
      ["pp", "front-matter"],
      ["ITU-R", "content"],
      ["ITU-T", "content"],
      ["ITU-D", "content"],
    ]);
  });

  it("gives null with a reason for a file that points to two documents", () => {
    const detection = detectRole(
      resolution("x.md", [
        "RESOLUTION ITU-R 61-2",
        "",
        "The World Telecommunication Standardization Assembly (Geneva, 2022),",
      ]),
    );
    expect(detection).toEqual({
      role: null,
      reason:
        "its heading and preamble point to more than one document: Resolution ITU-R (ITU-R) and World Telecommunication Standardization Assembly (ITU-T)",
    });
  });

  it("gives null with a reason for a file that names no assembly", () => {
    const detection = detectRole(resolution("x.md", ["# Draft", "", "A text on WSIS"]));
    expect(detection.role).toBeNull();
    expect(detection.role === null && detection.reason).toMatch(
      /^neither front matter \(body:\) nor the heading/,
    );
  });

  it("reports a front matter body it does not know, unless the text tells", () => {
    const unknown = detectRole(resolution("x.md", ["# Draft"], ["body: CWG-WSIS"]));
    expect(unknown).toEqual({
      role: null,
      reason: 'the front matter names "CWG-WSIS", which is none of PP, RA/ITU-R, WTSA/ITU-T, WTDC/ITU-D',
    });
    const fallback = detectRole(
      resolution("x.md", ["The Radiocommunication Assembly (Geneva, 2023),"], ["body: CWG-WSIS"]),
    );
    expect(fallback.role).toBe("ITU-R");
  });
});

describe("parseRole", () => {
  it("accepts role names and body names in any case", () => {
    expect(["pp", "PP", "itu-r", "ITU-T", "itu-d", "wtsa", "RA", "nonsense"].map(parseRole)).toEqual([
      "pp",
      "pp",
      "ITU-R",
      "ITU-T",
      "ITU-D",
      "ITU-T",
      "ITU-R",
      null,
    ]);
  });
});

describe("assignRoles", () => {
  const four = () => [
    bundled("res-140.md"),
    bundled("itu-r-61.md"),
    bundled("wtsa-75.md"),
    bundled("wtdc-30.md"),
  ];
  const fatalMessage = (run: () => unknown): string => {
    try {
      run();
    } catch (error) {
      if (error instanceof FatalError) return formatFatal(error);
      throw error;
    }
    throw new Error("expected a FatalError");
  };

  it("assigns each detected file to its role", () => {
    const byRole = assignRoles(four());
    expect(
      Object.fromEntries(Object.entries(byRole).map(([role, r]) => [role, [r.file, r.roleSource]])),
    ).toEqual({
      pp: ["res-140.md", "front-matter"],
      "ITU-R": ["itu-r-61.md", "content"],
      "ITU-T": ["wtsa-75.md", "content"],
      "ITU-D": ["wtdc-30.md", "content"],
    });
  });

  it("lets explicit flags win over detection", () => {
    const files = [
      bundled("res-140.md"),
      bundled("itu-r-61.md"),
      bundled("wtsa-75.md"),
      resolution("draft.md", ["# Draft"]),
    ];
    const byRole = assignRoles(files, { "ITU-D": "draft.md" });
    expect([byRole["ITU-D"].file, byRole["ITU-D"].role, byRole["ITU-D"].roleSource]).toEqual([
      "draft.md",
      "ITU-D",
      "flag",
    ]);
  });

  it("refuses two files that claim the same role, naming both and the flag", () => {
    const twin = { ...bundled("wtsa-75.md"), file: "other.md" };
    const files = [bundled("res-140.md"), bundled("itu-r-61.md"), bundled("wtsa-75.md"), twin];
    expect(fatalMessage(() => assignRoles(files))).toBe(
      "wtsa-75.md and other.md both look like the ITU-T resolution (World Telecommunication Standardization Assembly); name them with --itu-t and --itu-d",
    );
  });

  it("refuses a detected role that a flag gave to another file", () => {
    const files = [...four(), resolution("mine.md", ["# Draft"])];
    expect(fatalMessage(() => assignRoles(files, { "ITU-T": "mine.md" }))).toBe(
      "wtsa-75.md looks like the ITU-T resolution (World Telecommunication Standardization Assembly), but --itu-t names mine.md; name wtsa-75.md with its own flag",
    );
  });

  it("refuses a file whose role cannot be told, naming it and the flags", () => {
    const files = [
      bundled("res-140.md"),
      bundled("itu-r-61.md"),
      bundled("wtsa-75.md"),
      resolution("draft.md", ["# Draft"]),
    ];
    expect(fatalMessage(() => assignRoles(files))).toMatch(
      /^draft\.md: cannot tell which resolution this is \(neither front matter .*\); name it with --pp, --itu-r, --itu-t or --itu-d$/,
    );
  });

  it("refuses a missing role", () => {
    const files = [bundled("res-140.md"), bundled("itu-r-61.md"), bundled("wtsa-75.md")];
    expect(fatalMessage(() => assignRoles(files))).toBe(
      "no ITU-D resolution (WTDC) among res-140.md, itu-r-61.md and wtsa-75.md; name it with --itu-d",
    );
  });

  it("refuses one file named for two roles", () => {
    expect(fatalMessage(() => assignRoles(four(), { "ITU-T": "wtsa-75.md", "ITU-D": "wtsa-75.md" }))).toBe(
      "wtsa-75.md: is named for both --itu-t and --itu-d; name each file once",
    );
  });
});

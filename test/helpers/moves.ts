/**
 * Four resolutions written for the tests of what a moved item carries and where references point:
 * markup, footnotes, links, `<sup>` marks, citations of several bodies, a modified keyword, ranges and
 * lists of references. The analysis groups are stated by hand, so these tests do not depend on align.
 */
import type { AlignResult, Resolution, Role, SectorRole } from "../../src/model.js";
import { docs } from "./resolution.js";
import { group } from "./scenario.js";

export const MOVES_PP = `# RESOLUTION 140 (REV. DUBAI, 2018)

ITU’s role in implementing the WSIS outcomes

The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),

*recalling*

a) Resolution 71 (Rev. Busan, 2014) of this conference, on the Strategic Plan of the Union;[^n1]

b) the “Connect 2030” agenda of ITU’s members,

*recognizing*

a) that ITU has a role in WSIS,

*resolves*

1 that ITU shall act within its mandate.

[^n1]: The Strategic Plan for 2020–2023.
`;

const HEADS: Record<SectorRole, { heading: string; preamble: string; sector: string }> = {
  "ITU-R": {
    heading: "RESOLUTION ITU-R 61-2",
    preamble: "The Radiocommunication Assembly (Sharm el-Sheikh, 2019),",
    sector: "ITU-R",
  },
  "ITU-T": {
    heading: "RESOLUTION 75 (REV. GENEVA, 2022)",
    preamble: "The World Telecommunication Standardization Assembly (Geneva, 2022),",
    sector: "ITU-T",
  },
  "ITU-D": {
    heading: "RESOLUTION 30 (REV. KIGALI, 2022)",
    preamble: "The World Telecommunication Development Conference (Kigali, 2022),",
    sector: "ITU-D",
  },
};

/** One Sector's text: the same provisions in its own words. */
export function movesSector(role: SectorRole): string {
  const { heading, preamble, sector } = HEADS[role];
  return `# ${heading}

Title

${preamble}

*recalling*

a) Resolution 140 (Rev. Dubai, 2018) of the Plenipotentiary Conference;

b) Resolution 71 (Rev. Dubai, 2018) of the Plenipotentiary Conference, on the Strategic Plan of the Union;

c) Resolution 71 (Rev. Dubai, 2018) of the Plenipotentiary Conference, which links the goals of ITU to the Action Lines,

*recognizing*

a) that spectrum is scarce;

b) that WSIS matters to ${sector};

c) that ${sector} contributes to the SDGs;

d) that the SDGs are linked;

e) that recognizing b) to d) and recognizing b) and c) guide the work,

*noting with satisfaction*

a) that the handbooks of ${sector}, such as the *[ITU Handbook](https://example.org/h)* with \`X.1205\`, help
   developing countries;[^n1]

b) that the number<sup>1</sup> of "national reports" grows,

*resolves*

1 that ${sector} shall contribute to the WSIS Forum;

2 that ${sector} shall publish a yearly report;

3 that ${sector} shall keep a register of projects;

4 that ${sector} shall report to the Council;

5 to apply paragraph 4 of resolves and paragraph 3 of resolves, as provided in resolves 1 above.

[^n1]: Developing countries as listed by the United Nations.
`;
}

export function movesDocs(
  change: (role: Role, text: string) => string = (_, t) => t,
): Record<Role, Resolution> {
  return docs({
    pp: change("pp", MOVES_PP),
    "ITU-R": change("ITU-R", movesSector("ITU-R")),
    "ITU-T": change("ITU-T", movesSector("ITU-T")),
    "ITU-D": change("ITU-D", movesSector("ITU-D")),
  });
}

/** The groups an aligner would find: the same keyword and label in each Sector. */
export function movesAnalysis(byRole: Record<Role, Resolution>): AlignResult {
  const same = (keyword: string, label: string, family = keyword) =>
    group(byRole, "identical", family, [keyword, label, keyword, label, keyword, label]);
  return {
    common: [
      same("recalling", "a)"),
      same("recalling", "b)"),
      same("recalling", "c)"),
      same("recognizing", "c)"),
      same("noting with satisfaction", "a)", "noting"),
      same("noting with satisfaction", "b)", "noting"),
      same("resolves", "1"),
      same("resolves", "3"),
    ],
    partial: [],
  };
}

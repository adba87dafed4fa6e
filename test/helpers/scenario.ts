/**
 * A small consolidation scenario for the plan and render tests: four resolutions in the real shape
 * (written in this project's words) and the analysis groups an aligner would find in them, stated by
 * hand so the tests of later stages do not depend on the aligner.
 */
import type { AlignResult, CommonGroup, ItemRef, Resolution, Role } from "../../src/model.js";
import { docs } from "./resolution.js";

export const PP = `# RESOLUTION 140 (REV. DUBAI, 2018)

ITU's role in implementing the outcomes of the World Summit on the Information Society

The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),

*recalling*

a) the outcome documents of the two phases of WSIS;

b) Resolution 71 (Rev. Dubai, 2018) of the Plenipotentiary Conference,

*resolves*

1 that the three Sectors shall contribute to the WSIS Forum;

2 to report each year to the Council.
`;

export const ITU_T = `# RESOLUTION 75 (REV. GENEVA, 2022)

The Telecommunication Standardization Sector's contribution to WSIS

The World Telecommunication Standardization Assembly (Geneva, 2022),

*recalling*

a) Resolution 140 (Rev. Dubai, 2018) of the Plenipotentiary Conference;

b) the outcome documents of the two phases of WSIS;

c) Resolution 200 (Rev. Dubai, 2018) of the Plenipotentiary Conference,

*noting*

a) that ITU-T has adapted its mandate to the Sustainable Development Goals,

*resolves*

1 that ITU-T shall contribute to the WSIS Forum;

2 that ITU-T shall publish a yearly report on WSIS;

3 to present the report of resolves 2 to TSAG.
`;

export const ITU_R = `# RESOLUTION ITU-R 61-2

The Radiocommunication Sector's contribution to WSIS

The Radiocommunication Assembly (Sharm el-Sheikh, 2019),

*recalling*

a) Resolution 140 (Rev. Busan, 2014) of the Plenipotentiary Conference;

b) the outcome documents of the two phases of WSIS,

*noting*

a) that the Radiocommunication Sector has adapted its mandate to the Sustainable Development Goals;

b) that spectrum is scarce,

*resolves*

1 that ITU-R shall contribute to the WSIS Forum;

2 that ITU-R shall publish a yearly report about WSIS.
`;

export const ITU_D = `# RESOLUTION 30 (REV. BUENOS AIRES, 2017)

The Telecommunication Development Sector's contribution to WSIS

The World Telecommunication Development Conference (Buenos Aires, 2017),

*recalling*

(a) Resolution 140 (Rev. Busan, 2014) of the Plenipotentiary Conference;

(b) the outcome documents of the two phases of WSIS,

*noting*

(a) that ITU-D has adapted its mandate to the Sustainable Development Goals,

*resolves*

1 that ITU-D shall contribute to the WSIS Forum;

2 that ITU-D shall publish a yearly report on WSIS;

3 that the regional initiatives continue.
`;

export function scenarioDocs(): Record<Role, Resolution> {
  return docs({ pp: PP, "ITU-R": ITU_R, "ITU-T": ITU_T, "ITU-D": ITU_D });
}

/** A reference to the item under `keyword` with canonical label `label`. */
export function ref(doc: Resolution, keyword: string, label: string): ItemRef {
  const section = doc.sections.findIndex((s) => s.keyword === keyword);
  if (section < 0) throw new Error(`${doc.file}: no keyword ${keyword}`);
  const s = doc.sections[section];
  const item = s?.items.findIndex((i) => i.label === label) ?? -1;
  if (!s || item < 0) throw new Error(`${doc.file}: no ${keyword} ${label}`);
  const it = s.items[item];
  return {
    role: doc.role ?? "pp",
    file: doc.file,
    section,
    item,
    line: it?.line ?? 0,
    label: it?.label ?? null,
    keyword: s.keyword,
  };
}

export function group(
  byRole: Record<Role, Resolution>,
  kind: CommonGroup["kind"],
  family: string,
  members: [string, string, string, string, string, string],
  pp: [string, string] | null = null,
  differences: CommonGroup["differences"] = [],
): CommonGroup {
  const [rk, rl, tk, tl, dk, dl] = members;
  return {
    kind,
    family,
    score: kind === "identical" ? 1 : 0.8,
    members: [ref(byRole["ITU-R"], rk, rl), ref(byRole["ITU-T"], tk, tl), ref(byRole["ITU-D"], dk, dl)],
    pp: pp ? ref(byRole.pp, pp[0], pp[1]) : null,
    ppCoverage: pp ? "full" : null,
    rules: [],
    variantClass:
      kind === "identical"
        ? null
        : differences.every((d) => d.class === "editorial")
          ? "editorial"
          : "substantive",
    differences,
  };
}

/** What an aligner finds in the scenario. */
export function scenarioAnalysis(byRole: Record<Role, Resolution>): AlignResult {
  return {
    common: [
      group(byRole, "identical", "recalling", ["recalling", "a)", "recalling", "a)", "recalling", "a)"]),
      group(
        byRole,
        "identical",
        "recalling",
        ["recalling", "b)", "recalling", "b)", "recalling", "b)"],
        ["recalling", "a)"],
      ),
      group(byRole, "identical", "noting", ["noting", "a)", "noting", "a)", "noting", "a)"]),
      group(
        byRole,
        "identical",
        "resolves",
        ["resolves", "1", "resolves", "1", "resolves", "1"],
        ["resolves", "1"],
      ),
      group(byRole, "variant", "resolves", ["resolves", "2", "resolves", "2", "resolves", "2"], null, [
        {
          readings: { "ITU-R": "about", "ITU-T": "on", "ITU-D": "on" },
          class: "editorial",
          category: "wording",
          reason: "the wording differs: about / on / on",
        },
      ]),
    ],
    partial: [],
  };
}

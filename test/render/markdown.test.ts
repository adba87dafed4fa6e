import { describe, expect, it } from "vitest";
import type { Role } from "../../src/model.js";
import { planConsolidation } from "../../src/plan/index.js";
import type { ConsolidationPlan, PlannedDocument } from "../../src/plan/types.js";
import { renderMarkdown, separateMarkedItems } from "../../src/render/markdown.js";
import { buildResolution, docs } from "../helpers/resolution.js";
import { group, ITU_D, ITU_R, ITU_T, PP, ref, scenarioAnalysis, scenarioDocs } from "../helpers/scenario.js";

function scenario(includeVariants = false) {
  const byRole = scenarioDocs();
  const plan = planConsolidation(byRole, scenarioAnalysis(byRole), { includeVariants });
  return { byRole, plan };
}

const RECALLING =
  "Resolution 140 (Rev. [Place], [Year]) of the Plenipotentiary Conference, which sets out the provisions on WSIS and the Sustainable Development Goals that are common to the three Sectors";

describe("clean Markdown", () => {
  it("writes the shortened Sector text: SUP items gone, recalling item, relettered, punctuation, references", () => {
    const { plan } = scenario();
    const { clean } = renderMarkdown(plan.sectors["ITU-T"], plan);
    expect(clean).toBe(`# RESOLUTION 75 (REV. [PLACE], [YEAR])

The Telecommunication Standardization Sector's contribution to WSIS

The World Telecommunication Standardization Assembly ([Place], [Year]),

*recalling*

a) ${RECALLING};

b) Resolution 200 (Rev. Dubai, 2018) of the Plenipotentiary Conference,

*resolves*

1 that ITU-T shall publish a yearly report on WSIS;

2 to present the report of resolves 1 to TSAG.
`);
  });

  it("writes the only item left in a changed group without a label, and moves the end punctuation to the new last item", () => {
    const { plan } = scenario();
    const { clean } = renderMarkdown(plan.sectors["ITU-R"], plan);
    expect(clean).toBe(`# RESOLUTION ITU-R 61-3

The Radiocommunication Sector's contribution to WSIS

The Radiocommunication Assembly ([Place], [Year]),

*recalling*

${RECALLING},

*noting*

that spectrum is scarce,

*resolves*

that ITU-R shall publish a yearly report about WSIS.
`);
  });

  it("drops the list marker of the only item left when it is one paragraph, unindenting its later lines", () => {
    const itur = ITU_R.replace("a) that the Radiocommunication", "1. that the Radiocommunication")
      .replace("b) that spectrum is scarce,", "2. that spectrum is\n   scarce,")
      .replace("1 that ITU-R shall contribute", "1. that ITU-R shall contribute")
      .replace(
        "2 that ITU-R shall publish a yearly report about WSIS.",
        "2. that ITU-R shall publish a yearly report about WSIS.\n\n   It does so before each Assembly.",
      );
    const byRole = docs({ pp: PP, "ITU-R": itur, "ITU-T": ITU_T, "ITU-D": ITU_D });
    const analysis = scenarioAnalysis({ ...byRole, "ITU-R": docs({ "ITU-R": ITU_R })["ITU-R"] });
    const [noting, resolves] = [analysis.common[2], analysis.common[3]];
    if (!noting || !resolves) throw new Error("scenario changed");
    noting.members[0] = ref(byRole["ITU-R"], "noting", "1");
    resolves.members[0] = ref(byRole["ITU-R"], "resolves", "1");
    analysis.common = analysis.common.slice(0, 4);
    const plan = planConsolidation(byRole, analysis, { includeVariants: false });
    const { clean } = renderMarkdown(plan.sectors["ITU-R"], plan);
    // One paragraph over two lines: no marker, no indentation left.
    expect(clean).toContain("*noting*\n\nthat spectrum is\nscarce,\n");
    // Two paragraphs: the list holds them together, so the marker stays (renumbered).
    expect(clean).toContain(
      "*resolves*\n\n1. that ITU-R shall publish a yearly report about WSIS.\n\n   It does so before each Assembly.\n",
    );
  });

  it("writes the proposed Resolution 140 with the new keyword group and its new revision", () => {
    const { plan } = scenario(true);
    const { clean } = renderMarkdown(plan.pp, plan);
    expect(clean).toBe(`# RESOLUTION 140 (REV. [PLACE], [YEAR])

ITU's role in implementing the outcomes of the World Summit on the Information Society

The Plenipotentiary Conference of the International Telecommunication Union ([Place], [Year]),

*recalling*

a) the outcome documents of the two phases of WSIS;

b) Resolution 71 (Rev. Dubai, 2018) of the Plenipotentiary Conference,

*noting*

that the three Sectors have adapted their mandates to the Sustainable Development Goals,

*resolves*

1 that the three Sectors shall contribute to the WSIS Forum;

2 to report each year to the Council;

3 that the three Sectors shall publish a yearly report [on] WSIS.
`);
  });

  it("keeps every untouched item byte for byte and reports the line of every item", () => {
    const { plan } = scenario();
    for (const planned of [plan.pp, ...Object.values(plan.sectors)] as PlannedDocument[]) {
      const { clean, lines } = renderMarkdown(planned, plan);
      const outLines = clean.split("\n");
      for (const s of planned.sections) {
        for (const item of s.items) {
          if (item.mark === "SUP") {
            expect(lines.has(item)).toBe(false);
            continue;
          }
          const line = lines.get(item);
          expect(line, `${planned.role} ${item.oldLabel}`).toBeDefined();
          const text = item.wording
            ? item.wording.text
            : (planned.input.sections[item.origin?.section ?? 0]?.items[item.origin?.item ?? 0]?.text ?? "");
          expect(outLines[(line ?? 0) - 1]).toContain(text.slice(0, 20));
          if (item.mark === "NOC" && item.origin) {
            const source = planned.input.sections[item.origin.section]?.items[item.origin.item]?.source ?? "";
            expect(clean).toContain(source);
          }
        }
      }
    }
  });

  it("keeps CRLF line ends and the document's label and keyword style in new text", () => {
    const crlf = (text: string) => text.replace(/\n/g, "\r\n");
    const pp = crlf(PP.replace("*recalling*", "### recalling").replace("*resolves*", "### resolves")).replace(
      "\r\n*noting*",
      "",
    );
    const byRole = docs({
      pp,
      "ITU-R": ITU_R,
      "ITU-T": ITU_T,
      "ITU-D": crlf(ITU_T.replace(/ITU-T/g, "ITU-D")),
    });
    expect(byRole.pp.eol).toBe("\r\n");
    const common = [group(byRole, "identical", "noting", ["noting", "a)", "noting", "a)", "noting", "a)"])];
    const plan = planConsolidation(byRole, { common, partial: [] });
    const pp140 = renderMarkdown(plan.pp, plan).clean;
    expect(pp140).toContain(
      "\r\n\r\n### noting\r\n\r\nthat the three Sectors have adapted their mandates to the Sustainable Development Goals,\r\n\r\n### resolves",
    );
    expect(pp140.replace(/\r\n/g, "")).not.toContain("\n");
    const d = renderMarkdown(plan.sectors["ITU-D"], plan).clean;
    expect(d.replace(/\r\n/g, "")).not.toContain("\n");
  });

  it("leaves a document with no change byte for byte", () => {
    const byRole = scenarioDocs();
    const plan = planConsolidation(byRole, { common: [], partial: [] });
    for (const role of ["ITU-R", "ITU-T", "ITU-D"] as Role[]) {
      const planned = plan.sectors[role as "ITU-R"];
      expect(renderMarkdown(planned, plan).clean).toBe(byRole[role].source);
    }
  });
});

describe("revision Markdown", () => {
  it("marks the unit MOD before the heading, strikes only the revision, marks no unchanged item", () => {
    const { plan } = scenario();
    const { revision } = renderMarkdown(plan.pp, plan);
    expect(revision).toContain("**MOD**\n\n# RESOLUTION 140 (REV. {~~DUBAI, 2018~>[PLACE], [YEAR]~~})");
    expect(revision).toContain("Union ({~~Dubai, 2018~>[Place], [Year]~~}),");
    // Unchanged provisions carry no mark.
    expect(revision).toContain("\n\na) the outcome documents of the two phases of WSIS;\n");
    expect(revision).not.toMatch(/\*\*NOC\*\*/);
    expect(revision).toContain("**ADD** {++*noting*++}");
    expect(revision).toContain(
      "**ADD** {++that the three Sectors have adapted their mandates to the Sustainable Development Goals,++} {>>Moved from Resolution ITU-R 61-2 of the Radiocommunication Assembly, noting a); Resolution 75 (Rev. Geneva, 2022) of the World Telecommunication Standardization Assembly, noting a); Resolution 30 (Rev. Buenos Aires, 2017) of the World Telecommunication Development Conference, noting a)<<} {>>Review: Sector terms made neutral: the Radiocommunication Sector -> the three Sectors; grammatical agreement: has -> have; its mandate -> their mandates<<}",
    );
    expect(revision.trimEnd().split("\n").pop()).toBe(
      "*Reasons:* Resolution ITU-R 61-2 of the Radiocommunication Assembly, Resolution 75 (Rev. Geneva, 2022) of the World Telecommunication Standardization Assembly and Resolution 30 (Rev. Buenos Aires, 2017) of the World Telecommunication Development Conference repeat many of the same provisions on WSIS and the Sustainable Development Goals. This proposal states the provisions common to the three Sectors once, in Resolution 140, in wording that applies to all three: one provision is added, and two provisions that Resolution 140 already contains are not repeated. Each Sector resolution then needs only to recall Resolution 140 and keep what is specific to its Sector.",
    );
  });

  it("writes the proposal identifier after the unit's mark, and NOC for a text left as it is", () => {
    const { plan } = scenario();
    expect(renderMarkdown(plan.pp, plan, { identifier: "ACP/64A1/1" }).revision).toMatch(
      /^\*\*MOD\*\* ACP\/64A1\/1\n\n# RESOLUTION 140/,
    );
    const byRole = scenarioDocs();
    const unchanged = planConsolidation(byRole, { common: [], partial: [] });
    const revision = renderMarkdown(unchanged.sectors["ITU-T"], unchanged).revision;
    expect(revision).toBe(`**NOC**\n\n${byRole["ITU-T"].source}`);
  });

  it("marks SUP with where the provision went, (MOD) a change of label only, MOD a change of words", () => {
    const { plan } = scenario();
    const { revision } = renderMarkdown(plan.sectors["ITU-T"], plan);
    expect(revision).toContain(
      "**SUP** {--b) the outcome documents of the two phases of WSIS;--} {>>Already in Resolution 140, recalling a)<<}",
    );
    expect(revision).toContain(
      "**SUP** {--a) that ITU-T has adapted its mandate to the Sustainable Development Goals,--} {>>Moved to Resolution 140, noting<<}",
    );
    expect(revision).toContain("**SUP** {--*noting*--}");
    expect(revision).toContain("**(MOD)** {~~c)~>b)~~} Resolution 200");
    expect(revision).toContain("**(MOD)** {~~3~>2~~} to present the report of resolves {~~2~>1~~} to TSAG.");
    expect(revision).toContain(
      "**MOD** {--a) Resolution 140 (Rev. Dubai, 2018) of the Plenipotentiary Conference;--} {++a) Resolution 140 (Rev. [Place], [Year])",
    );
    const reasons = revision.split("\n").find((l) => l.startsWith("*Reasons:*"));
    expect(reasons).toBe(
      "*Reasons:* The provisions on WSIS and the Sustainable Development Goals that are common to the three Sectors are proposed to be stated once, in Resolution 140 (Rev. [Place], [Year]) of the Plenipotentiary Conference. The revision of Resolution 75 no longer repeats them: three provisions are suppressed (one is moved to Resolution 140 and two are already in Resolution 140), and the provision recalling Resolution 140 now refers to the provisions common to the three Sectors. The remaining provisions are re-lettered and renumbered accordingly.",
    );
  });

  it("ends a Sector's revision with its table of old and new labels", () => {
    const { plan } = scenario();
    const { revision } = renderMarkdown(plan.sectors["ITU-T"], plan);
    expect(revision.slice(revision.indexOf("Old and new labels"))).toBe(
      [
        "Old and new labels of Resolution 75, for the texts that cite its provisions:",
        "",
        "| was | now |",
        "|---|---|",
        "| *recalling* a) | *recalling* a), the item recalling Resolution 140 |",
        "| *recalling* b) | already in Resolution 140, *recalling* a) |",
        "| *recalling* c) | *recalling* b) |",
        "| *noting* a) | moved to Resolution 140, *noting* |",
        "| *resolves* 1 | already in Resolution 140, *resolves* 1 |",
        "| *resolves* 2 | *resolves* 1 |",
        "| *resolves* 3 | *resolves* 2 |",
        "",
      ].join("\n"),
    );
    expect(renderMarkdown(plan.pp, plan).revision).not.toContain("Old and new labels");
  });

  it("marks a punctuation change, a label taken off and a reference pointed to Resolution 140", () => {
    const { plan } = scenario(true);
    const t = renderMarkdown(plan.sectors["ITU-T"], plan).revision;
    expect(t).toContain(
      "**MOD** {--3--} to present the report of {~~resolves 2~>resolves 3 of Resolution 140 (Rev. [Place], [Year])~~} to TSAG.",
    );
    const r = renderMarkdown(plan.sectors["ITU-R"], plan).revision;
    expect(r).toContain("**(MOD)** {--b)--} that spectrum is scarce{~~,~>.~~}");
  });
});

describe("blank space", () => {
  it("keeps the section gap of a tight list when its last items go", () => {
    const md =
      "# RESOLUTION 75 (REV. GENEVA, 2022)\n\n*resolves*\n\n1) that A;\n2) that B;\n3) that C,\n\n*instructs the Director of the Telecommunication Standardization Bureau*\n\n1) to D;\n2) to E.\n";
    const byRole = { ...scenarioDocs(), "ITU-T": buildResolution(md, { file: "t.md", role: "ITU-T" }) };
    const plan = planConsolidation(byRole, { common: [], partial: [] });
    const [resolves, instructs] = plan.sectors["ITU-T"].sections;
    const [a, b, c] = resolves?.items ?? [];
    const [d, e] = instructs?.items ?? [];
    if (!a || !b || !c || !d || !e) throw new Error("shape");
    for (const item of [b, c, e]) {
      item.mark = "SUP";
      item.label = null;
    }
    a.ending = { from: ";", to: ",", start: 9, end: 10 };
    d.ending = { from: ";", to: ".", start: 7, end: 8 };
    expect(renderMarkdown(plan.sectors["ITU-T"], plan).clean).toBe(
      "# RESOLUTION 75 (REV. GENEVA, 2022)\n\n*resolves*\n\n1) that A,\n\n*instructs the Director of the Telecommunication Standardization Bureau*\n\n1) to D.\n",
    );
  });
});

describe("lists and sub-items", () => {
  it("removes and relabels list items and renumbers dotted sub-items", () => {
    const md = "*resolves*\n\n- 1 that A;\n- 2 that B:\n  2.1 one;\n  2.2 two;\n- 3 that C.\n";
    const doc = buildResolution(md, { file: "x.md", role: "ITU-T" });
    const byRole = { ...scenarioDocs(), "ITU-T": doc } as ReturnType<typeof scenarioDocs>;
    const plan: ConsolidationPlan = planConsolidation(byRole, { common: [], partial: [] });
    // Suppress item 1 by hand: a plan is data, and the renderer follows it.
    const section = plan.sectors["ITU-T"].sections[0];
    if (!section?.items[0] || !section.items[1] || !section.items[2]) throw new Error("shape");
    section.items[0].mark = "SUP";
    section.items[0].label = null;
    section.items[1].label = "1";
    section.items[1].mark = "MOD";
    section.items[1].subLabels = [
      { subitem: 0, from: "2.1", to: "1.1" },
      { subitem: 1, from: "2.2", to: "1.2" },
    ];
    section.items[2].label = "2";
    section.items[2].mark = "MOD";
    expect(renderMarkdown(plan.sectors["ITU-T"], plan).clean).toBe(
      "*resolves*\n\n- 1 that B:\n  1.1 one;\n  1.2 two;\n- 2 that C.\n",
    );
  });
});

describe("separateMarkedItems", () => {
  it("gives each marked provision of a tight list its own paragraph", () => {
    const text = "### resolves\n\n**SUP** {--1) a;--}\n**(MOD)** {~~2)~>1)~~} b;\n**MOD** 2) c {++d++}.\n";
    expect(separateMarkedItems(text, "\n")).toBe(
      "### resolves\n\n**SUP** {--1) a;--}\n\n**(MOD)** {~~2)~>1)~~} b;\n\n**MOD** 2) c {++d++}.\n",
    );
  });

  it("keeps CRLF line ends and leaves marks inside list items alone", () => {
    const text = "- **NOC** a) x;\r\n- **MOD** b) y,\r\n";
    expect(separateMarkedItems(text, "\r\n")).toBe(text);
  });
});

/**
 * Revisions (issue 9, "Dates and revisions"): the pending "(Rev. [Place], [Year])" is read wherever a
 * revision is, and each proposal's heading announces the revision its body gives it, once.
 */
import { describe, expect, it } from "vitest";
import {
  findCitations,
  isPending,
  newestCitations,
  PENDING_REVISION,
  parseRevisionWords,
  replaceCitationRevisions,
} from "../../src/domain/citations.js";
import type { Role } from "../../src/model.js";
import { olderRevision, planHeader } from "../../src/plan/header.js";
import { planConsolidation, verifyPlan } from "../../src/plan/index.js";
import { INVITE_KEYWORD, invitationWording } from "../../src/plan/invite.js";
import { buildResolution, docs } from "../helpers/resolution.js";
import { ITU_D, ITU_R, ITU_T, PP, scenarioAnalysis, scenarioDocs } from "../helpers/scenario.js";

const heading = (text: string, role: Role = "pp") => buildResolution(text, { file: "x.md", role });

/** Each header change as [part, text before, text after], and the text with the changes applied. */
function applied(markdown: string, role: Role, target: string) {
  const doc = heading(markdown, role);
  const plan = planHeader(doc, role, target);
  let text = doc.source;
  for (const c of [...plan.changes].sort((a, b) => b.start - a.start))
    text = text.slice(0, c.start) + c.to + text.slice(c.end);
  return { changes: plan.changes.map((c) => [c.part, c.from, c.to]), text, notes: plan.diagnostics };
}

const RES_140 = `# RESOLUTION 140 (REV. DUBAI, 2018)

ITU's role in the WSIS outcomes

The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),

*resolves*

1 that ITU shall keep its role.
`;
const ITU_R_61 = `---
body: RA
number: 61-2
---

RESOLUTION ITU-R 61-2

The ITU Radiocommunication Assembly (Sharm el-Sheikh, 2019),

*resolves*

1 that ITU-R shall contribute.
`;

describe("the pending revision", () => {
  it("reads as a revision with a place and no year, in any case", () => {
    expect(parseRevisionWords("Rev. [Place], [Year]")).toEqual({
      text: PENDING_REVISION,
      place: "[Place]",
      pending: true,
    });
    expect(parseRevisionWords("REV. [PLACE], [YEAR]").pending).toBe(true);
    expect(isPending("[Place], [Year]")).toBe(true);
    expect(isPending("Rev. Doha, 2026")).toBe(false);
  });

  it("is read in headings and front matter", () => {
    const doc = heading(RES_140.replace("REV. DUBAI, 2018", "REV. [PLACE], [YEAR]"));
    expect(doc.revision).toMatchObject({ text: PENDING_REVISION, pending: true });
    expect(
      doc.source.slice(doc.spans.headingRevision?.start.offset, doc.spans.headingRevision?.end.offset),
    ).toBe("REV. [PLACE], [YEAR]");
    const meeting = heading(RES_140.replace("(Dubai, 2018),", "([Place], [Year]),"));
    expect(
      meeting.source.slice(
        meeting.spans.preambleMeeting?.start.offset,
        meeting.spans.preambleMeeting?.end.offset,
      ),
    ).toBe("[Place], [Year]");
    const front = heading(`---\nbody: PP\nrevision: Rev. [Place], [Year]\n---\n\n${RES_140}`);
    expect(front.revision?.pending).toBe(true);
  });

  it("is read in citations, newer than any adopted revision, and compares as a citation revision", () => {
    const text = "Resolution 140 (Rev. [Place], [Year]) of the Plenipotentiary Conference";
    expect(findCitations(text)).toEqual([
      expect.objectContaining({
        key: "140",
        start: 16,
        end: 36,
        revision: "Rev. [Place], [Year]",
        year: null,
        suffix: null,
        pending: true,
      }),
    ]);
    const cites = heading(
      `${RES_140}\n*recalling*\n\na) ${text};\n\nb) Resolution 140 (Rev. Dubai, 2018),\n`,
    );
    expect(newestCitations([cites]).PP?.["140"]).toBe(PENDING_REVISION);
    expect(replaceCitationRevisions(text, "⟨rev⟩")).toBe(
      replaceCitationRevisions(
        "Resolution 140 (Rev. Dubai, 2018) of the Plenipotentiary Conference",
        "⟨rev⟩",
      ),
    );
  });
});

describe("planHeader", () => {
  it("changes only the place and year of Resolution 140's heading and preamble", () => {
    expect(applied(RES_140, "pp", "Rev. [Place], [Year]").changes).toEqual([
      ["heading", "DUBAI, 2018", "[PLACE], [YEAR]"],
      ["preamble", "Dubai, 2018", "[Place], [Year]"],
    ]);
    expect(applied(RES_140, "pp", "Rev. Doha, 2026").text).toContain("# RESOLUTION 140 (REV. DOHA, 2026)");
  });

  it("leaves a heading that already has the target revision, and says so", () => {
    const pending = RES_140.replace("REV. DUBAI, 2018", "REV. [PLACE], [YEAR]").replace(
      "(Dubai, 2018)",
      "([Place], [Year])",
    );
    const again = applied(pending, "pp", "Rev. [Place], [Year]");
    expect(again.changes).toEqual([]);
    expect(again.notes.map((d) => [d.ruleId, d.severity, d.message])).toEqual([
      [
        "plan-heading",
        "info",
        "the heading already cites the coming revision (Rev. [Place], [Year]); it is left as it is",
      ],
    ]);
    // A pending heading takes the place and year once they are known.
    expect(applied(pending, "pp", "Rev. Doha, 2026").changes).toEqual([
      ["heading", "[PLACE], [YEAR]", "DOHA, 2026"],
      ["preamble", "[Place], [Year]", "Doha, 2026"],
    ]);
  });

  it("counts the next ITU-R revision in the heading and front matter, once", () => {
    const next = applied(ITU_R_61, "ITU-R", "[Place], [Year]");
    expect(next.changes).toEqual([
      ["heading", "2", "3"],
      ["preamble", "Sharm el-Sheikh, 2019", "[Place], [Year]"],
      ["front-matter", "2", "3"],
    ]);
    expect(next.text).toContain("number: 61-3\n");
    expect(next.text).toContain("RESOLUTION ITU-R 61-3\n");
    // 61-3 ([Place], [Year]) is already the coming revision: no 61-4.
    expect(applied(next.text, "ITU-R", "[Place], [Year]").changes).toEqual([]);
    expect(applied(next.text, "ITU-R", "Geneva, 2027").changes).toEqual([
      ["preamble", "[Place], [Year]", "Geneva, 2027"],
    ]);
  });

  it("adds the revision to a heading or preamble that has none", () => {
    const bare =
      "RESOLUTION 30\n\nThe World Telecommunication Development Conference,\n\n*resolves*\n\n1 that ITU-D helps.\n";
    expect(applied(bare, "ITU-D", "[Place], [Year]").text).toContain(
      "RESOLUTION 30 (REV. [PLACE], [YEAR])\n\nThe World Telecommunication Development Conference ([Place], [Year]),",
    );
    expect(
      applied("RESOLUTION ITU-R 61\n\n*resolves*\n\n1 that ITU-R helps.\n", "ITU-R", "[Place], [Year]").text,
    ).toContain("RESOLUTION ITU-R 61-1\n");
  });
});

describe("olderRevision", () => {
  it("refuses a revision older than the text's own, and accepts a pending or newer one", () => {
    const doc = heading(RES_140);
    expect(olderRevision(doc, "Rev. Busan, 2014")).toBe(
      '"Rev. Busan, 2014" is older than the text\'s own revision "Rev. Dubai, 2018"',
    );
    expect(olderRevision(doc, "Rev. [Place], [Year]")).toBeNull();
    expect(olderRevision(doc, "Rev. Doha, 2026")).toBeNull();
    // ITU-R texts count revisions; their preamble dates them.
    expect(olderRevision(heading(ITU_R_61, "ITU-R"), "Geneva, 2015")).toBe(
      '"Geneva, 2015" is older than the text\'s own revision "Sharm el-Sheikh, 2019"',
    );
  });
});

describe("--invite-assemblies", () => {
  it("adds the invitation once, under its own keyword after the other operative groups", () => {
    const byRole = scenarioDocs();
    const p = planConsolidation(byRole, scenarioAnalysis(byRole), { inviteAssemblies: true });
    const last = p.pp.sections[p.pp.sections.length - 1];
    expect([last?.mark, last?.keyword, last?.kind]).toEqual(["ADD", INVITE_KEYWORD, "operative"]);
    expect(last?.items.map((i) => [i.mark, i.invitation, i.wording?.text])).toEqual([
      ["ADD", true, invitationWording(byRole)],
    ]);
    expect(invitationWording(byRole)).toBe(
      "to review Resolution ITU-R 61-2 of the Radiocommunication Assembly, Resolution 75 (Rev. Geneva, 2022) of the World Telecommunication Standardization Assembly and Resolution 30 (Rev. Buenos Aires, 2017) of the World Telecommunication Development Conference in the light of this resolution, so that each states only the provisions specific to its Sector and recalls those common to the three Sectors in this resolution",
    );
    expect(verifyPlan(p, byRole)).toEqual({ ok: true, problems: [] });
    // A Resolution 140 that already invites them gains no second invitation.
    const invited = docs({
      pp: `${PP.replace("2 to report each year to the Council.", "2 to report each year to the Council,")}\n*${INVITE_KEYWORD}*\n\n1 to review their resolutions.\n`,
      "ITU-R": ITU_R,
      "ITU-T": ITU_T,
      "ITU-D": ITU_D,
    });
    const again = planConsolidation(invited, scenarioAnalysis(invited), { inviteAssemblies: true });
    expect(again.pp.sections.filter((s) => s.keyword === INVITE_KEYWORD).map((s) => s.mark)).toEqual(["NOC"]);
  });
});

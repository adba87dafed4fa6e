import { describe, expect, it } from "vitest";
import type { AlignResult, Role } from "../../src/model.js";
import { planConsolidation, recallingWording, verifyPlan } from "../../src/plan/index.js";
import type { ConsolidationPlan, PlannedDocument } from "../../src/plan/types.js";
import { docs } from "../helpers/resolution.js";
import { group, ITU_D, ITU_R, ITU_T, PP, scenarioAnalysis, scenarioDocs } from "../helpers/scenario.js";

/** Each planned item as "mark label <- old label", sections as "mark keyword". */
function outline(doc: PlannedDocument): string[] {
  return doc.sections.flatMap((s) => [
    `${s.mark} ${s.keyword}`,
    ...s.items.map((i) => `  ${i.mark} ${i.label ?? "-"} <- ${i.origin ? (i.oldLabel ?? "-") : "new"}`),
  ]);
}

function plan(
  includeVariants = false,
  analysis?: (byRole: Record<Role, ReturnType<typeof scenarioDocs>[Role]>) => AlignResult,
) {
  const byRole = scenarioDocs();
  const result = planConsolidation(byRole, (analysis ?? scenarioAnalysis)(byRole), { includeVariants });
  return { byRole, plan: result };
}

describe("planConsolidation", () => {
  it("decides each group: recalling, NOC, ADD, or left as a variant", () => {
    const { plan: p } = plan();
    expect(p.decisions.map((d) => d.action)).toEqual(["recalling", "noc", "add", "noc", "kept-variant"]);
    // No --revision: the coming revision is pending, never an invented one.
    expect(p.revision).toBe("Rev. [Place], [Year]");
  });

  it("adds a new identical group to Resolution 140 under its keyword, created in canonical order, in neutral wording", () => {
    const { plan: p } = plan();
    expect(outline(p.pp)).toEqual([
      "NOC recalling",
      "  NOC a) <- a)",
      "  NOC b) <- b)",
      "ADD noting",
      "  ADD - <- new",
      "NOC resolves",
      "  NOC 1 <- 1",
      "  NOC 2 <- 2",
    ]);
    const added = p.pp.sections[1]?.items[0];
    expect(added?.wording?.text).toBe(
      "that the three Sectors have adapted their mandates to the Sustainable Development Goals",
    );
    expect(added?.newEnding).toBe(",");
    expect(added?.sources.map((s) => `${s.role} ${s.keyword} ${s.label}`)).toEqual([
      "ITU-R noting a)",
      "ITU-T noting a)",
      "ITU-D noting a)",
    ]);
    expect(added?.review.map((r) => r.rule)).toEqual(["neutral-wording", "agreement"]);
  });

  it("cites the coming revision in the heading and preamble of Resolution 140: its place and year only", () => {
    const { plan: p } = plan();
    expect(p.pp.header.map((h) => [h.part, h.from, h.to])).toEqual([
      ["heading", "DUBAI, 2018", "[PLACE], [YEAR]"],
      ["preamble", "Dubai, 2018", "[Place], [Year]"],
    ]);
    expect(p.pp.input.source.slice(p.pp.header[0]?.start, p.pp.header[0]?.end)).toBe("DUBAI, 2018");
    const given = planConsolidation(scenarioDocs(), scenarioAnalysis(scenarioDocs()), {
      revision: "Rev. Doha, 2026",
    });
    expect(given.pp.header.map((h) => h.to)).toEqual(["DOHA, 2026", "Doha, 2026"]);
  });

  it("announces each shortened Sector text's next revision in its heading and preamble", () => {
    const { plan: p } = plan();
    const header = (role: "ITU-R" | "ITU-T" | "ITU-D") =>
      p.sectors[role].header.map((h) => [h.part, h.from, h.to]);
    expect(header("ITU-R")).toEqual([
      ["heading", "2", "3"],
      ["preamble", "Sharm el-Sheikh, 2019", "[Place], [Year]"],
    ]);
    expect(header("ITU-T")).toEqual([
      ["heading", "GENEVA, 2022", "[PLACE], [YEAR]"],
      ["preamble", "Geneva, 2022", "[Place], [Year]"],
    ]);
    const byRole = scenarioDocs();
    const met = planConsolidation(byRole, scenarioAnalysis(byRole), {
      meetings: { "ITU-R": "Geneva, 2027", "ITU-D": "Baku, 2029" },
    });
    expect(met.meetings).toEqual({
      "ITU-R": "Geneva, 2027",
      "ITU-T": "[Place], [Year]",
      "ITU-D": "Baku, 2029",
    });
    expect(met.sectors["ITU-D"].header.map((h) => h.to)).toEqual(["BAKU, 2029", "Baku, 2029"]);
    expect(met.sectors["ITU-R"].header.map((h) => h.to)).toEqual(["3", "Geneva, 2027"]);
  });

  it("shortens each Sector: SUP, the recalling item, re-lettering, empty keywords dropped, cross-references", () => {
    const { plan: p } = plan();
    expect(outline(p.sectors["ITU-T"])).toEqual([
      "MOD recalling",
      "  MOD a) <- a)",
      "  SUP - <- b)",
      "  MOD b) <- c)",
      "SUP noting",
      "  SUP - <- a)",
      "MOD resolves",
      "  SUP - <- 1",
      "  MOD 1 <- 2",
      "  MOD 2 <- 3",
    ]);
    const recalling = p.sectors["ITU-T"].sections[0]?.items[0];
    expect(recalling?.wording?.text).toBe(recallingWording("Rev. [Place], [Year]"));
    expect(recalling?.newEnding).toBe(";");
    const last = p.sectors["ITU-T"].sections[2]?.items[2];
    expect(last?.crossReferences.map((c) => [c.keyword, c.from, c.to])).toEqual([["resolves", "2", "1"]]);
  });

  it("writes the only item left in a changed group without a label, and fixes the end punctuation", () => {
    const { plan: p } = plan();
    expect(outline(p.sectors["ITU-R"])).toEqual([
      "MOD recalling",
      "  MOD - <- a)",
      "  SUP - <- b)",
      "MOD noting",
      "  SUP - <- a)",
      "  MOD - <- b)",
      "MOD resolves",
      "  SUP - <- 1",
      "  MOD - <- 2",
    ]);
    // recalling a) ended with ";" and is now the last item before "noting": ",".
    expect(p.sectors["ITU-R"].sections[0]?.items[0]?.newEnding).toBe(",");
  });

  it("names the keyword alone in a reference to the only item left in its group, which has no label", () => {
    const byRole = docs({
      pp: PP,
      "ITU-R": ITU_R.replace("yearly report about WSIS.", "yearly report about WSIS, as noting b) asks."),
      "ITU-T": ITU_T,
      "ITU-D": ITU_D,
    });
    const p = planConsolidation(byRole, scenarioAnalysis(byRole));
    const resolves = p.sectors["ITU-R"].sections[2]?.items[1];
    expect(resolves?.crossReferences.map((c) => [c.keyword, c.from, c.to])).toEqual([
      ["noting", "noting b)", "noting"],
    ]);
    expect(p.diagnostics.filter((d) => d.ruleId === "cross-reference-suppressed")).toEqual([]);
  });

  it("places every input item exactly once, and verifyPlan agrees", () => {
    const { plan: p, byRole } = plan();
    const total = (["pp", "ITU-R", "ITU-T", "ITU-D"] as Role[]).reduce(
      (n, r) => n + byRole[r].sections.reduce((m, s) => m + s.items.length, 0),
      0,
    );
    expect(p.placements).toHaveLength(total);
    const kinds = p.placements.reduce<Record<string, number>>((acc, x) => {
      acc[x.to.kind] = (acc[x.to.kind] ?? 0) + 1;
      return acc;
    }, {});
    expect(kinds).toEqual({ kept: 4 + 2 + 3 + 2, moved: 3, matched: 6, recalled: 3 });
    expect(verifyPlan(p, byRole)).toEqual({ ok: true, problems: [] });
  });

  it("verifyPlan reports an item lost or placed twice", () => {
    const { plan: p, byRole } = plan();
    const lost: ConsolidationPlan = { ...p, placements: p.placements.slice(1) };
    expect(verifyPlan(lost, byRole).problems).toEqual([
      'res-140.md:9: item a) under "recalling" has no place in the plan',
    ]);
    const twice: ConsolidationPlan = {
      ...p,
      placements: [...p.placements, p.placements[0] as (typeof p.placements)[0]],
    };
    expect(verifyPlan(twice, byRole).ok).toBe(false);
    const suppressedKept = structuredClone(p);
    const item = suppressedKept.sectors["ITU-T"].sections[2]?.items[1];
    if (item) item.mark = "SUP";
    expect(verifyPlan(suppressedKept, byRole).problems.join("\n")).toMatch(/destination is suppressed/);
  });

  it("moves a variant group only with includeVariants, with the wording most Sectors share", () => {
    const { plan: p } = plan(true);
    const decision = p.decisions[4];
    expect(decision?.action).toBe("add");
    expect(decision?.choice).toEqual({
      wording: "ITU-T",
      sharedBy: ["ITU-T", "ITU-D"],
      reason: "the wording ITU-T and ITU-D share",
    });
    const added = p.pp.sections.find((s) => s.keyword === "resolves")?.items[2];
    // ITU-R wrote "about": the word the Sectors do not share stands in brackets.
    expect(added?.wording?.text).toBe("that the three Sectors shall publish a yearly report [on] WSIS");
    expect(added?.review.find((r) => r.rule === "variant-choice")?.bracketed).toBe("[on]");
    // ITU-T resolves 3 referred to resolves 2, which has moved: it points to its place in Resolution 140.
    const ref = p.sectors["ITU-T"].sections[2]?.items[2]?.crossReferences[0];
    expect([ref?.from, ref?.to, ref?.status]).toEqual([
      "resolves 2",
      "resolves 3 of Resolution 140 (Rev. [Place], [Year])",
      "resolution-140",
    ]);
    expect(p.diagnostics).toEqual([]);
  });

  it("moves a variant no two Sectors agree on in the wording align scores closest to the other two", () => {
    // ITU-R says "about", ITU-D adds "short": ITU-T differs from each by one word, they by two.
    const byRole = docs({
      pp: PP,
      "ITU-R": ITU_R,
      "ITU-T": ITU_T,
      "ITU-D": ITU_D.replace("publish a yearly report", "publish a short yearly report"),
    });
    const p = planConsolidation(byRole, scenarioAnalysis(byRole), { includeVariants: true });
    expect(p.decisions[4]?.choice).toEqual({
      wording: "ITU-T",
      sharedBy: ["ITU-T"],
      reason: "no two Sectors agree; the ITU-T wording is the closest to the other two",
    });
    // "shall" (ITU-R: "should") in brackets, and ITU-D's extra word at its place.
    const added = p.pp.sections.find((s) => s.keyword === "resolves")?.items[2];
    expect(added?.wording?.text).toBe(
      "that the three Sectors shall publish a [short] yearly report [on] WSIS",
    );
  });

  it("keeps one recalling item per Sector: its own, updated, or a new one where the moved text stood", () => {
    // No common group cites Resolution 140; ITU-R and ITU-T cite it, ITU-D does not.
    const byRole = docs({
      pp: PP,
      "ITU-R": ITU_R,
      "ITU-T": ITU_T,
      "ITU-D": ITU_D.replace(/\(a\) Resolution 140 [^\n]*/, "(a) the Buenos Aires Action Plan;"),
    });
    const p = planConsolidation(byRole, {
      common: scenarioAnalysis(byRole).common.slice(1),
      partial: [],
    });
    expect(outline(p.sectors["ITU-T"]).slice(0, 4)).toEqual([
      "MOD recalling",
      "  MOD a) <- a)",
      "  SUP - <- b)",
      "  MOD b) <- c)",
    ]);
    // ITU-T keeps its own a), citing Resolution 140 in the coming revision (its place and year change).
    const own = p.sectors["ITU-T"].sections[0]?.items[0];
    const source = byRole["ITU-T"].sections[0]?.items[0]?.source ?? "";
    expect([own?.recalling, own?.wording]).toEqual([true, null]);
    expect(own?.citationChanges?.map((c) => [source.slice(c.start, c.end), c.from, c.to])).toEqual([
      ["Dubai, 2018", "Dubai, 2018", "[Place], [Year]"],
    ]);
    expect(outline(p.sectors["ITU-D"]).slice(0, 4)).toEqual([
      "MOD recalling",
      "  NOC a) <- a)",
      "  ADD b) <- new",
      "  SUP - <- b)",
    ]);
    for (const role of ["ITU-R", "ITU-T", "ITU-D"] as const) {
      const recalling = p.sectors[role].sections.flatMap((s) => s.items.filter((i) => i.recalling));
      expect(recalling, role).toHaveLength(1);
    }
    expect(p.diagnostics.filter((d) => d.ruleId === "recalling-duplicate")).toEqual([]);
  });

  it("creates a recalling keyword group when a Sector has none", () => {
    const noRecalling = ITU_D.replace(/\*recalling\*[\s\S]*?(?=\*noting\*)/, "");
    const byRole = docs({ pp: PP, "ITU-R": ITU_R, "ITU-T": ITU_T, "ITU-D": noRecalling });
    const common = [
      group(byRole, "identical", "noting", ["noting", "a)", "noting", "a)", "noting", "a)"]),
      group(
        byRole,
        "identical",
        "resolves",
        ["resolves", "1", "resolves", "1", "resolves", "1"],
        ["resolves", "1"],
      ),
    ];
    const p = planConsolidation(byRole, { common, partial: [] });
    expect(outline(p.sectors["ITU-D"])).toEqual([
      "ADD recalling",
      "  ADD - <- new",
      "SUP noting",
      "  SUP - <- a)",
      "MOD resolves",
      "  SUP - <- 1",
      "  MOD 1 <- 2",
      "  MOD 2 <- 3",
    ]);
    expect(verifyPlan(p).ok).toBe(true);
  });

  it("leaves an item recalling Resolution 140 alone when nothing else moves", () => {
    const { plan: p } = plan(false, (byRole) => ({
      common: scenarioAnalysis(byRole).common.slice(0, 1),
      partial: [],
    }));
    expect(p.decisions.map((d) => d.action)).toEqual(["kept-recalling"]);
    for (const role of ["ITU-R", "ITU-T", "ITU-D"] as const) {
      expect(p.sectors[role].sections.every((s) => s.items.every((i) => i.mark === "NOC"))).toBe(true);
    }
  });

  it("merges every common item citing Resolution 140 into the one recalling item of each Sector", () => {
    const cite = (text: string) =>
      text.replace(
        /adapted its mandate to the Sustainable Development Goals/,
        "adapted its mandate to Resolution 140 (Rev. Dubai, 2018)",
      );
    const byRole = docs({ pp: PP, "ITU-R": cite(ITU_R), "ITU-T": cite(ITU_T), "ITU-D": cite(ITU_D) });
    const p = planConsolidation(byRole, scenarioAnalysis(byRole));
    expect(p.decisions.map((d) => d.action)).toEqual([
      "recalling",
      "noc",
      "recalling",
      "noc",
      "kept-variant",
    ]);
    for (const role of ["ITU-R", "ITU-T", "ITU-D"] as const) {
      const recalling = p.sectors[role].sections.flatMap((s) =>
        s.items.filter((i) => i.wording && i.mark !== "SUP"),
      );
      expect(recalling).toHaveLength(1);
    }
    expect(p.placements.filter((x) => x.to.kind === "recalled")).toHaveLength(6);
    expect(p.pp.sections.some((s) => s.mark === "ADD")).toBe(false);
    expect(verifyPlan(p, byRole).ok).toBe(true);
  });

  it("changes nothing when the analysis finds nothing to move", () => {
    const byRole = scenarioDocs();
    const p = planConsolidation(byRole, { common: [], partial: [] });
    for (const role of ["ITU-R", "ITU-T", "ITU-D"] as const) {
      expect(
        p.sectors[role].sections.every((s) => s.mark === "NOC" && s.items.every((i) => i.mark === "NOC")),
      ).toBe(true);
    }
    expect(verifyPlan(p).ok).toBe(true);
  });
});

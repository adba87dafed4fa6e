/**
 * What a moved item carries and where references point (issue 9): source Markdown kept, footnotes
 * moved, citations of the same document, end punctuation around footnote marks, a citation Resolution
 * 140 already has, references to moved items, lone items without labels, keyword modifiers, quotes.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { alignSectors } from "../../src/align/index.js";
import type { Item, ItemRef, Resolution, Role } from "../../src/model.js";
import { parseResolution } from "../../src/parse/index.js";
import { planConsolidation, verifyPlan } from "../../src/plan/index.js";
import type { ConsolidationPlan, PlannedItem, ReviewNote } from "../../src/plan/types.js";
import { renderMarkdown } from "../../src/render/markdown.js";
import { repoRoot } from "../helpers/cli.js";
import { movesAnalysis, movesDocs } from "../helpers/moves.js";
import { docs } from "../helpers/resolution.js";
import { group, ITU_D, ITU_R, ITU_T, PP } from "../helpers/scenario.js";

const PENDING = "Rev. [Place], [Year]";

/** Resolution 140's recalling a), as the analysis names an item. */
function ppRecallingA(byRole: Record<Role, Resolution>): ItemRef {
  const item = byRole.pp.sections[0]?.items[0] as Item;
  return {
    role: "pp",
    file: byRole.pp.file,
    section: 0,
    item: 0,
    line: item.line,
    label: "a)",
    keyword: "recalling",
  };
}

function moves(change?: (role: Role, text: string) => string) {
  const byRole = movesDocs(change);
  const plan = planConsolidation(byRole, movesAnalysis(byRole), { revision: PENDING });
  expect(verifyPlan(plan, byRole)).toEqual({ ok: true, problems: [] });
  return { byRole, plan };
}

const clean = (plan: ConsolidationPlan, role: Role) =>
  renderMarkdown(role === "pp" ? plan.pp : plan.sectors[role], plan).clean;

/** The line of a clean text that starts with `start`. */
const line = (text: string, start: string) => text.split("\n").find((l) => l.startsWith(start));

describe("a moved item keeps its source Markdown", () => {
  it("keeps emphasis, links, code and <sup> marks; its footnote moves with it, renamed where the name is taken", () => {
    const { plan } = moves();
    const pp = clean(plan, "pp");
    expect(line(pp, "*noting with satisfaction*")).toBeDefined();
    expect(pp).toContain(
      "a) that the handbooks of the three Sectors, such as the *[ITU Handbook](https://example.org/h)* with `X.1205`, help developing countries[^n1-2];\n",
    );
    expect(pp).toContain("b) that the number<sup>1</sup> of “national reports” grows,\n");
    // Resolution 140's own footnote n1 says something else: the moved one is renamed, and defined at the end.
    expect(
      pp.endsWith(
        "[^n1]: The Strategic Plan for 2020–2023.\n\n[^n1-2]: Developing countries as listed by the United Nations.\n",
      ),
    ).toBe(true);
  });

  it("takes the footnote definition out of a Sector text when nothing there refers to it any more", () => {
    const { plan } = moves((role, text) =>
      role === "ITU-D" ? text.replace("that the SDGs are linked;", "that the SDGs are linked;[^n1]") : text,
    );
    expect(clean(plan, "ITU-T")).not.toContain("[^n1]");
    // ITU-D still refers to it from a kept item: the definition stays.
    const d = clean(plan, "ITU-D");
    expect(d).toContain("c) that the SDGs are linked;[^n1]");
    expect(d).toContain("[^n1]: Developing countries as listed by the United Nations.");
    const revision = renderMarkdown(plan.sectors["ITU-T"], plan).revision;
    expect(revision).toContain("[^n1]: {--Developing countries as listed by the United Nations.--}");
  });

  it("reads back with the parser: every planned item, the footnotes defined", () => {
    const { plan } = moves();
    for (const role of ["pp", "ITU-R", "ITU-T", "ITU-D"] as Role[]) {
      const planned = role === "pp" ? plan.pp : plan.sectors[role];
      const text = clean(plan, role);
      const parsed = parseResolution(text, { file: "out.md", role }).resolution as Resolution;
      const live = planned.sections.map((s) => s.items.filter((i) => i.mark !== "SUP").length);
      expect(parsed.sections.map((s) => s.items.length)).toEqual(live.filter((n) => n > 0));
      const used = [...text.matchAll(/\[\^([^\]\s]+)\](?!:)/g)].map((m) => m[1]);
      const defined = [...text.matchAll(/^\[\^([^\]\s]+)\]:/gm)].map((m) => m[1]);
      expect(new Set(defined)).toEqual(new Set(used));
    }
  });

  it("differs from its source only by the changes a move allows (docs/how-it-works.md)", () => {
    const { plan, byRole } = moves();
    let checked = 0;
    for (const s of plan.pp.sections) {
      for (const item of s.items) {
        if (!item.wording) continue;
        const source = item.sources[0];
        const input =
          byRole[source?.role ?? "ITU-R"].sections[source?.section ?? 0]?.items[source?.item ?? 0];
        expect(explained(input as Item, item)).toEqual(sourceText(input as Item));
        checked++;
      }
    }
    expect(checked).toBe(6);
  });
});

describe("the bundled resolutions", () => {
  it("move items that differ from their sources only by the changes a move allows", () => {
    const byRole = {} as Record<Role, Resolution>;
    const files: Record<Role, string> = {
      pp: "res-140.md",
      "ITU-R": "itu-r-61.md",
      "ITU-T": "wtsa-75.md",
      "ITU-D": "wtdc-30.md",
    };
    for (const role of ["pp", "ITU-R", "ITU-T", "ITU-D"] as Role[]) {
      const text = readFileSync(join(repoRoot, "fixtures/resolutions", files[role]), "utf8");
      byRole[role] = parseResolution(text, { file: files[role], role }).resolution as Resolution;
    }
    const plan = planConsolidation(byRole, alignSectors(byRole), { includeVariants: true });
    let checked = 0;
    for (const s of plan.pp.sections) {
      for (const item of s.items) {
        const from = item.wordingFrom;
        if (!item.wording || !from) continue;
        const input = byRole[from.role].sections[from.section]?.items[from.item] as Item;
        expect(explained(input, item), `${from.role} ${from.keyword} ${from.label}`).toEqual(
          sourceText(input),
        );
        checked++;
      }
    }
    expect(checked).toBe(8);
  });
});

/** The item as written in its source: labels off, hard wraps joined, end punctuation off. */
function sourceText(item: Item): string {
  const flat = (i: Item): Item[] => [i, ...i.subitems.flatMap(flat)];
  const parts = flat(item).map((i) => {
    const own = i.subitems[0] ? i.source.slice(0, i.source.indexOf(i.subitems[0].source)) : i.source;
    const from = i.labelSpan ? i.labelSpan.end.offset - i.span.start.offset : 0;
    return own
      .slice(from)
      .replace(/\s*\n\s*/g, " ")
      .trim();
  });
  return normalizeQuotes(parts.join(" ").replace(/(?:[;,.]|; and)((?:\[\^[^\]]+\])*)$/, "$1"));
}

/**
 * The moved item with every change its review notes name undone: Sector terms and agreement, citation
 * revisions and the words naming a body, footnote names; then brackets, quotes and the ending set aside.
 */
function explained(source: Item, moved: PlannedItem): string {
  const wording = moved.wording as NonNullable<PlannedItem["wording"]>;
  let text = [wording.text, ...wording.subitems.map((s) => s.text)].join(" ");
  for (const [from, to] of undone(moved.review)) text = to === "" ? text : text.replace(to, from);
  for (const added of moved.review.flatMap((n) =>
    [...n.message.matchAll(/"([^"]+)" added/g)].map((m) => m[1]),
  ))
    text = text.replace(` ${added}`, "");
  // Words the tool put in [brackets] (review notes name them): kept words lose their brackets, words
  // that only another Sector wrote (a variant's) go.
  for (const b of moved.review.flatMap((n) => (n.bracketed ? [n.bracketed] : []))) {
    const inner = b.slice(1, -1);
    text = sourceText(source).includes(inner) ? text.replace(b, inner) : text.replace(` ${b}`, "");
  }
  if (text.startsWith("[") && !source.text.startsWith("[")) text = text.slice(1).replace(/\]$/, "");
  return normalizeQuotes(text);
}

/** The substitutions the review notes list, as [source words, moved words]. */
function undone(review: readonly ReviewNote[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (const note of review) {
    const list = note.message.replace(/^[^:]*: /, "");
    for (const m of list.matchAll(/"?([^;"]+?)"? -> "?([^;"]+?)"?(?:;|$)/g)) {
      const from = (m[1] as string).replace(/^Resolution [\w-]+ ?\d*: /, "");
      pairs.push([from.trim(), (m[2] as string).trim()]);
    }
    for (const m of note.message.matchAll(/\[\^([^\]]+)\] renamed \[\^([^\]]+)\]/g))
      pairs.push([`[^${m[1]}]`, `[^${m[2]}]`]);
  }
  return pairs;
}

const normalizeQuotes = (text: string) => text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'");

describe("citations of a moved item", () => {
  it("take the newest revision of the same document, and name their body as Resolution 140 writes it", () => {
    const cite = (words: string) => (text: string) =>
      text.replace(
        /that (ITU-\w|the Radiocommunication Sector) has adapted its mandate to the Sustainable Development Goals/,
        `that ${words} apply`,
      );
    const byRole = docs({
      pp: PP,
      "ITU-R": cite(
        "Resolution 30 (Rev. Busan, 2014) of the Plenipotentiary Conference and Resolution 64 (Rev. Hammamet, 2016) of WTSA",
      )(ITU_R),
      "ITU-T": cite(
        "Resolution 30 (Rev. Busan, 2014) of the Plenipotentiary Conference and Resolution 64 (Rev. Geneva, 2022) of this assembly",
      )(ITU_T),
      "ITU-D": cite(
        "Resolution 30 (Rev. Dubai, 2018) of the Plenipotentiary Conference and Resolution 30 (Rev. Buenos Aires, 2017)",
      )(ITU_D),
    });
    const common = [group(byRole, "identical", "noting", ["noting", "a)", "noting", "a)", "noting", "a)"])];
    const p = planConsolidation(byRole, { common, partial: [] });
    // The WTDC's own Resolution 30 is not the Plenipotentiary Conference's.
    expect(p.citations.PP?.["30"]).toBe("Rev. Dubai, 2018");
    expect(p.citations.WTDC?.["30"]).toBe("Rev. Buenos Aires, 2017");
    expect(p.citations.WTSA?.["64"]).toBe("Rev. Geneva, 2022");
    const added = p.pp.sections.find((x) => x.keyword === "noting")?.items[0];
    // "of WTSA" names a body: a name, not a Sector term to make neutral.
    expect(added?.wording?.text).toBe(
      "that Resolution 30 (Rev. Dubai, 2018) of this conference and Resolution 64 (Rev. Geneva, 2022) of WTSA apply",
    );
  });
});

describe("end punctuation around a footnote mark", () => {
  it("replaces the punctuation and keeps the mark with its word, never 'countries;[^1],'", () => {
    // ITU-T resolves 2 ends ";[^n1]"; resolves 3 after it moves, so 2 becomes the last item: ".".
    const { plan } = moves((role, text) =>
      role === "ITU-T"
        ? text
            .replace("a yearly report;", "a yearly report;[^n1]")
            .replace(/\n4 that ITU-T[\s\S]*?above\.\n/, "\n")
            .replace("register of projects;", "register of projects.")
        : text,
    );
    for (const role of ["pp", "ITU-R", "ITU-T", "ITU-D"] as Role[]) {
      expect(clean(plan, role)).not.toMatch(/[;,.](?:\[\^[^\]]+\])+[;,.]/);
    }
    const t = clean(plan, "ITU-T");
    expect(t).toContain("*resolves*\n\nthat ITU-T shall publish a yearly report[^n1].\n");
    const revision = renderMarkdown(plan.sectors["ITU-T"], plan).revision;
    expect(revision).toContain("that ITU-T shall publish a yearly report{~~;[^n1]~>[^n1].~~}");
    // The moved item wrote "countries;[^n1]": the mark stays with its word, the new ending after it.
    expect(clean(plan, "pp")).toContain("help developing countries[^n1-2];\n");
  });
});

describe("a citation Resolution 140 already has under the keyword", () => {
  it("is that item when the rest says the same: nothing added, its citation brought to the newest revision", () => {
    const { plan } = moves();
    expect(plan.decisions[1]?.action).toBe("noc");
    const recalling = plan.pp.sections[0]?.items[0];
    expect(recalling?.mark).toBe("MOD");
    expect(recalling?.citationChanges.map((c) => [c.from, c.to])).toEqual([
      ["Rev. Busan, 2014", "Rev. Dubai, 2018"],
    ]);
    const pp = clean(plan, "pp");
    expect(pp.match(/Resolution 71/g)).toHaveLength(2);
    expect(plan.placements.filter((x) => x.to.kind === "matched").map((x) => x.to.label)).toEqual([
      "a)",
      "a)",
      "a)",
    ]);
  });

  it("brings the citation of an item the analysis matched to the newest revision too", () => {
    const byRole = movesDocs();
    const analysis = movesAnalysis(byRole);
    const common = analysis.common.map((g, k) =>
      k === 1 ? { ...g, pp: { ...(analysis.common[1]?.members[0] as ItemRef), ...ppRecallingA(byRole) } } : g,
    );
    const plan = planConsolidation(byRole, { common, partial: [] }, { revision: PENDING });
    expect(plan.decisions[1]?.action).toBe("noc");
    expect(plan.pp.sections[0]?.items[0]?.citationChanges.map((c) => c.to)).toEqual(["Rev. Dubai, 2018"]);
  });

  it("is bracketed and noted when the rest says something else", () => {
    const { plan } = moves();
    const added = plan.pp.sections[0]?.items[2];
    expect(added?.wording?.text).toBe(
      "[Resolution 71 (Rev. Dubai, 2018) of this conference, which links the goals of ITU to the Action Lines]",
    );
    expect(added?.review.find((n) => n.rule === "same-citation")?.message).toMatch(
      /^Resolution 140 already cites Resolution 71 in recalling a\)/,
    );
  });
});

describe("references to items that moved", () => {
  it("point to their place in Resolution 140, with the pending revision of the plan", () => {
    const { plan } = moves();
    expect(line(clean(plan, "ITU-T"), "3 to apply")).toBe(
      "3 to apply paragraph 2 of resolves and resolves 3 of Resolution 140 (Rev. [Place], [Year]), as provided in resolves 2 of Resolution 140 (Rev. [Place], [Year]).",
    );
    const json = plan.sectors["ITU-T"].sections[3]?.items[4]?.crossReferences.map((c) => [c.from, c.status]);
    expect(json).toEqual([
      ["4", "renumbered"],
      ["paragraph 3 of resolves", "resolution-140"],
      ["resolves 1 above", "resolution-140"],
    ]);
  });

  it("never point two references at one item that named two", () => {
    const { plan } = moves();
    const text = line(clean(plan, "ITU-T"), "3 to apply") as string;
    expect(text).not.toMatch(/paragraph (\d+) of resolves and paragraph \1 of resolves/);
  });

  it("follow every item of a range and a list", () => {
    const { plan } = moves();
    expect(line(clean(plan, "ITU-R"), "d) that")).toBe(
      "d) that recognizing b) and c) above and recognizing b) of Resolution 140 (Rev. [Place], [Year]) and recognizing b) above and recognizing b) of Resolution 140 (Rev. [Place], [Year]) guide the work,",
    );
  });

  it("renumber a range whose items all stay, and name the keyword alone for an item left without a label", () => {
    const { plan } = moves((role, text) =>
      role === "pp"
        ? text
        : text
            .replace("recognizing b) to d) and recognizing b) and c)", "recognizing d) to e)")
            .replace(
              "that the SDGs are linked;",
              "that the SDGs are linked, as in noting with satisfaction b);",
            ),
    );
    const t = clean(plan, "ITU-T");
    expect(t).toContain(
      "c) that the SDGs are linked, as in noting with satisfaction b) of Resolution 140 (Rev. [Place], [Year]);",
    );
    expect(t).toContain("d) that recognizing c) to d) guide the work,");
  });
});

describe("references inside a moved item", () => {
  it("take the labels Resolution 140 gives the items that moved with it, and brackets otherwise", () => {
    const { plan } = moves((role, text) =>
      role === "pp"
        ? text
        : text.replace(
            "register of projects;",
            "register of projects, as in resolves 1 above and resolves 2 above;",
          ),
    );
    expect(line(clean(plan, "pp"), "3 that")).toBe(
      "3 that the three Sectors shall keep a register of projects, as in resolves 2 above and [resolves 2 above].",
    );
    expect(plan.diagnostics.map((d) => `${d.file} ${d.ruleId}`)).toEqual(["r.md cross-reference-moved"]);
  });
});

describe("keyword groups", () => {
  it("write the only item left in a changed group without a label, which reads back as that group's item", () => {
    const { plan } = moves();
    const t = clean(plan, "ITU-T");
    expect(t).toContain(
      "*recalling*\n\nResolution 140 (Rev. [Place], [Year]) of the Plenipotentiary Conference, which sets out",
    );
    const parsed = parseResolution(t, { file: "t.md", role: "ITU-T" }).resolution as Resolution;
    expect(parsed.sections[0]?.items.map((i) => i.label)).toEqual([null]);
    expect(parsed.sections[0]?.items[0]?.text).toMatch(/^Resolution 140 \(Rev\. \[Place\], \[Year\]\)/);
  });

  it("keep a modifier of meaning when a group is created, next to the family's other groups", () => {
    const { plan } = moves();
    expect(plan.pp.sections.map((s) => `${s.mark} ${s.keyword}`)).toEqual([
      "MOD recalling",
      "MOD recognizing",
      "ADD noting with satisfaction",
      "MOD resolves",
    ]);
    const withNoting = moves((role, text) =>
      role === "pp" ? text.replace("*resolves*", "*noting*\n\na) that ITU reports,\n\n*resolves*") : text,
    );
    expect(withNoting.plan.pp.sections.map((s) => s.keyword)).toEqual([
      "recalling",
      "recognizing",
      "noting",
      "noting with satisfaction",
      "resolves",
    ]);
  });
});

describe("typography", () => {
  it("writes moved quotes as Resolution 140 writes them, straight or curly", () => {
    expect(clean(moves().plan, "pp")).toContain("“national reports”");
    const straight = moves((role, text) =>
      role === "pp" ? text.replace(/[“”]/g, '"').replace(/’/g, "'") : text,
    );
    expect(clean(straight.plan, "pp")).toContain('"national reports"');
    const curlySectors = moves((role, text) =>
      role === "pp"
        ? text.replace(/[“”]/g, '"').replace(/’/g, "'")
        : text.replace('"national reports"', "“national reports”"),
    );
    expect(clean(curlySectors.plan, "pp")).toContain('"national reports"');
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { alignSectors } from "../../src/align/index.js";
import type { AlignResult, CommonGroup, Role } from "../../src/model.js";
import { type SectionSpec, sectors } from "../helpers/sectors.js";

const labels = (g: CommonGroup) => g.members.map((m) => `${m.role} ${m.label}`);

describe("alignSectors: identical and variant", () => {
  it("finds an item all three Sectors share in their own words as identical, with the rules that explain it", () => {
    const result = alignSectors(
      sectors({
        "ITU-R": [["recalling", ["the outcomes of WSIS relevant to ITU-R;"]]],
        "ITU-T": [
          [
            "recalling",
            ["The outcomes of WSIS relevant to the Telecommunication Standardization Sector; and"],
          ],
        ],
        "ITU-D": [
          ["recalling", ["the outcomes of WSIS relevant to the ITU Telecommunication Development Sector."]],
        ],
      }),
    );
    expect(result.common).toHaveLength(1);
    const [group] = result.common as [CommonGroup];
    expect(group).toMatchObject({ kind: "identical", family: "recalling", score: 1, differences: [] });
    expect(group.members.map((m) => [m.role, m.file, m.line, m.label])).toEqual([
      ["ITU-R", "r.md", 2, "a)"],
      ["ITU-T", "t.md", 2, "a)"],
      ["ITU-D", "d.md", 2, "a)"],
    ]);
    expect(group.rules).toEqual(["joining-word", "terminal-punctuation", "sector-term", "first-letter-case"]);
  });

  it("reports a variant with the word differences aligned across the three readings", () => {
    const result = alignSectors(
      sectors({
        "ITU-R": [["resolves", ["that ITU-R shall contribute to the WSIS Action Lines;"]]],
        "ITU-T": [["resolves", ["that ITU-T should contribute to the WSIS Action Lines;"]]],
        "ITU-D": [["resolves", ["that ITU-D shall also contribute to the WSIS Action Lines;"]]],
      }),
    );
    const [group] = result.common as [CommonGroup];
    expect(group.kind).toBe("variant");
    expect(group.score).toBeGreaterThan(0.6);
    expect(group.score).toBeLessThan(1);
    expect(group.differences.map((d) => d.readings)).toEqual([
      { "ITU-R": "shall", "ITU-T": "should", "ITU-D": "shall also" },
    ]);
    expect(group.differences[0]).toMatchObject({ before: "⟨sector⟩", after: "contribute" });
  });

  it.each([
    ["a number", "to hold 2 meetings a year on WSIS", "to hold 3 meetings a year on WSIS"],
    [
      "a resolution number",
      "to implement Resolution 139 (Rev. Dubai, 2018) on WSIS",
      "to implement Resolution 140 (Rev. Dubai, 2018) on WSIS",
    ],
    [
      "a UNGA resolution",
      "UNGA Resolution 70/125 on the WSIS review",
      "UNGA Resolution 75/202 on the WSIS review",
    ],
    ["an Action Line", "to lead the work on WSIS Action Line C5", "to lead the work on WSIS Action Line C6"],
    ["a year", "to report on WSIS progress by 2025", "to report on WSIS progress by 2030"],
    ["a verb", "to support the WSIS review process", "to lead the WSIS review process"],
  ])("never reports items that differ in %s as identical", (_what, a, b) => {
    const result = alignSectors(
      sectors({ "ITU-R": [["resolves", [a]]], "ITU-T": [["resolves", [a]]], "ITU-D": [["resolves", [b]]] }),
    );
    expect(result.common).toHaveLength(1);
    expect(result.common[0]?.kind).toBe("variant");
    expect(result.common[0]?.differences.length).toBeGreaterThan(0);
  });

  it("treats different citation revisions of one resolution as the same reference", () => {
    const result = alignSectors(
      sectors({
        "ITU-R": [["recalling", ["Resolution 140 (Rev. Dubai, 2018) of the Plenipotentiary Conference;"]]],
        "ITU-T": [["recalling", ["Resolution 140 (Rev. Busan, 2014) of the Plenipotentiary Conference;"]]],
        "ITU-D": [
          ["recalling", ["Resolution 140 (Rev. Guadalajara, 2010) of the Plenipotentiary Conference,"]],
        ],
      }),
    );
    expect(result.common[0]).toMatchObject({ kind: "identical" });
    expect(result.common[0]?.rules).toContain("citation-revision");
  });

  it("groups a provision placed under another preambular keyword, naming the placement", () => {
    const text = "the outcomes of WSIS relevant to ITU";
    const result = alignSectors(
      sectors({
        "ITU-R": [["recalling", [text]]],
        "ITU-T": [["recalling", [text]]],
        "ITU-D": [["noting", [text]]],
      }),
    );
    expect(result.common).toHaveLength(1);
    const [group] = result.common as [CommonGroup];
    expect(group.placement).toBe("differs");
    expect(group.family).toBe("recalling");
    expect(group.members.map((m) => m.family)).toEqual(["recalling", "recalling", "noting"]);
    expect(result.partial).toEqual([]);
  });

  it("never matches a preambular item with an operative one", () => {
    const text = "to promote the outcomes of WSIS relevant to ITU";
    const result = alignSectors(
      sectors({
        "ITU-R": [["considering", [text]]],
        "ITU-T": [["resolves", [text]]],
        "ITU-D": [["resolves", [text]]],
      }),
    );
    expect(result.common).toEqual([]);
    expect(result.partial).toHaveLength(1);
    expect(result.partial[0]?.members.map((m) => m.role)).toEqual(["ITU-T", "ITU-D"]);
  });

  it("does not pair items that share only function words and Sector names", () => {
    const result = alignSectors(
      sectors({
        "ITU-R": [["invites", ["ITU-R to organize regional workshops"]]],
        "ITU-T": [["invites", ["ITU-T to publish technical reports"]]],
        "ITU-D": [["invites", ["ITU-D to assist least developed countries"]]],
      }),
    );
    expect(result.common).toEqual([]);
    expect(result.partial).toEqual([]);
  });

  it("respects the threshold", () => {
    const spec = sectors({
      "ITU-R": [["resolves", ["to promote the use of ICTs for development in all regions"]]],
      "ITU-T": [["resolves", ["to promote the use of standards for development in rural regions"]]],
      "ITU-D": [["resolves", ["to promote the use of ICTs for development in all regions"]]],
    });
    expect(alignSectors(spec, { threshold: 0.5 }).common).toHaveLength(1);
    expect(alignSectors(spec, { threshold: 0.95 }).common).toHaveLength(0);
    expect(() => alignSectors(spec, { threshold: 0 })).toThrow(RangeError);
  });
});

describe("alignSectors: assignment", () => {
  it("chooses the best one-to-one assignment, not first come first served", () => {
    // x is in all three Sectors: (R x, T x, D x) is the single best group, and a greedy choice takes it
    // first. Then R x+p and T x+q are left, which are not similar enough to each other to form a group,
    // so greedy ends with one group. The best assignment forms two: (R x, T x+q, D x+q) and
    // (R x+p, T x, D x+p).
    const x = "alpha beta gamma delta epsilon zeta eta theta iota kappa";
    const xp = `${x} lambda mu`;
    const xq = `xi omicron ${x}`;
    const result = alignSectors(
      sectors({
        "ITU-R": [["resolves", [x, xp]]],
        "ITU-T": [["resolves", [x, xq]]],
        "ITU-D": [["resolves", [x, xq, xp]]],
      }),
      { threshold: 0.75 },
    );
    expect(result.common).toHaveLength(2);
    expect(result.common.every((g) => g.kind === "variant")).toBe(true);
    const rMembers = result.common.map((g) => g.members[0]?.label).sort();
    expect(rMembers).toEqual(["a)", "b)"]);
  });

  it("keeps the identical twin of a near-duplicate pair inside one document, and leaves the other out", () => {
    const text = "that ITU-R shall report annually to the Council on its WSIS activities";
    const result = alignSectors(
      sectors({
        "ITU-R": [
          [
            "resolves",
            ["that ITU-R shall report annually to the Council on its WSIS and SDG activities", text],
          ],
        ],
        "ITU-T": [["resolves", ["that ITU-T shall report annually to the Council on its WSIS activities"]]],
        "ITU-D": [["resolves", ["that ITU-D shall report annually to the Council on its WSIS activities"]]],
      }),
    );
    expect(result.common).toHaveLength(1);
    expect(result.common[0]?.kind).toBe("identical");
    expect(labels(result.common[0] as CommonGroup)).toEqual(["ITU-R b)", "ITU-T a)", "ITU-D a)"]);
    expect(result.partial).toEqual([]);
  });

  it("reports items in two Sectors only as partial, never as common", () => {
    const result = alignSectors(
      sectors({
        "ITU-R": [["noting", ["the report of the WSIS Forum on capacity building;"]]],
        "ITU-T": [["noting", ["the report of the WSIS Forum on capacity building;"]]],
        "ITU-D": [["noting", ["the role of telecentres in rural connectivity;"]]],
      }),
    );
    expect(result.common).toEqual([]);
    expect(result.partial).toHaveLength(1);
    expect(result.partial[0]).toMatchObject({ kind: "identical" });
    expect(labels(result.partial[0] as CommonGroup)).toEqual(["ITU-R a)", "ITU-T a)"]);
  });

  it("compares sub-items as part of the item", () => {
    const item = (last: string) => ({ text: "that ITU should:", sub: ["promote broadband;", last] });
    const result = alignSectors(
      sectors({
        "ITU-R": [["resolves", [item("support e-health.")]]],
        "ITU-T": [["resolves", [item("support e-health.")]]],
        "ITU-D": [["resolves", [item("support e-agriculture.")]]],
      }),
    );
    expect(result.common[0]?.kind).toBe("variant");
    expect(result.common[0]?.differences.map((d) => d.readings)).toEqual([
      { "ITU-R": "e-health", "ITU-T": "e-health", "ITU-D": "e-agriculture" },
    ]);
  });
});

describe("alignSectors: Resolution 140", () => {
  it("links a group to the Resolution 140 item that says the same in neutral wording", () => {
    const result = alignSectors(
      sectors({
        pp: [
          [
            "instructs the Directors of the three Bureaux|instructs-director",
            [
              "to report to the Council on the activities of the three Sectors in WSIS implementation;",
              "to publish the annual WSIS stocktaking report;",
            ],
          ],
        ],
        "ITU-R": [
          [
            "instructs the Director of the Radiocommunication Bureau|instructs-director",
            ["to report to the Council on the activities of ITU-R in WSIS implementation;"],
          ],
        ],
        "ITU-T": [
          [
            "instructs the Director of the Telecommunication Standardization Bureau|instructs-director",
            ["to report to the Council on the activities of the ITU-T in WSIS implementation"],
          ],
        ],
        "ITU-D": [
          [
            "instructs the Director of the Telecommunication Development Bureau|instructs-director",
            ["to report to the Council on the activities of ITU-D in WSIS implementation."],
          ],
        ],
      }),
    );
    const [group] = result.common as [CommonGroup];
    expect(group.kind).toBe("identical");
    expect(group.pp).toMatchObject({ role: "pp", file: "res140.md", line: 2, label: "a)" });
    expect(group.ppScore).toBe(1);
  });

  it("links to none when Resolution 140 has no such item", () => {
    const text = "to report to the Council on WSIS implementation";
    const result = alignSectors(
      sectors({
        pp: [["resolves", ["to report to the Council on WSIS implementation"]]],
        "ITU-R": [["instructs|instructs-director", [text]]],
        "ITU-T": [["instructs|instructs-director", [text]]],
        "ITU-D": [["instructs|instructs-director", [text]]],
      }),
    );
    expect(result.common[0]?.pp).toBeNull();
  });
});

describe("alignSectors: invariants", () => {
  const words = [
    "WSIS",
    "ICT",
    "report",
    "Council",
    "develop",
    "support",
    "regional",
    "C5",
    "2030",
    "shall",
    "should",
  ];
  const itemArb = fc
    .array(fc.constantFrom(...words), { minLength: 3, maxLength: 8 })
    .map((ws) => `to ${ws.join(" ")}`);
  const docArb = fc.array(itemArb, { minLength: 0, maxLength: 5 });
  const familyArb = fc.constantFrom("resolves", "noting");

  /** A description of the groups that does not depend on positions: each member's normalized text. */
  const describeGroups = (r: AlignResult) =>
    [...r.common, ...r.partial]
      .map((g) => `${g.kind}|${g.family}|${g.members.map((m) => `${m.role}:${m.normalized}`).join("|")}`)
      .sort();

  it("is deterministic, invariant under item order, and puts each item in at most one group", () => {
    fc.assert(
      fc.property(
        fc.tuple(docArb, docArb, docArb, familyArb),
        fc.infiniteStream(fc.nat()),
        ([r, t, d, family], randoms) => {
          const build = (order: (xs: string[]) => string[]) =>
            sectors({
              "ITU-R": [[family, order(r)]] as SectionSpec[],
              "ITU-T": [[family, order(t)]] as SectionSpec[],
              "ITU-D": [[family, order(d)]] as SectionSpec[],
            });
          const shuffle = (xs: string[]) => {
            const out = [...xs];
            for (let i = out.length - 1; i > 0; i--) {
              const j = (randoms.next().value as number) % (i + 1);
              [out[i], out[j]] = [out[j] as string, out[i] as string];
            }
            return out;
          };
          const first = alignSectors(build((xs) => xs));
          expect(alignSectors(build((xs) => xs))).toEqual(first);
          expect(describeGroups(alignSectors(build(shuffle)))).toEqual(describeGroups(first));
          const seen = new Set<string>();
          for (const g of [...first.common, ...first.partial]) {
            for (const m of g.members) {
              const key = `${m.role}:${m.section}:${m.item}`;
              expect(seen.has(key)).toBe(false);
              seen.add(key);
            }
            expect(new Set(g.members.map((m) => m.role)).size).toBe(g.members.length);
          }
          for (const g of first.common)
            expect(g.members.map((m) => m.role)).toEqual(["ITU-R", "ITU-T", "ITU-D"]);
          for (const g of first.partial) expect(g.members).toHaveLength(2);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("handles missing Sectors: two Sectors give partial groups only", () => {
    const only: Partial<Record<Role, SectionSpec[]>> = {
      "ITU-R": [["resolves", ["to report on WSIS"]]],
      "ITU-T": [["resolves", ["to report on WSIS"]]],
    };
    const result = alignSectors(sectors(only));
    expect(result.common).toEqual([]);
    expect(result.partial).toHaveLength(1);
  });
});

describe("alignSectors: many items alike", () => {
  it("finds every group of twelve identical items, with their Resolution 140 links (no candidate cap)", () => {
    const topics = [
      "spectrum management",
      "emergency telecommunications",
      "digital skills",
      "cybersecurity",
      "accessibility",
      "e-waste",
      "rural connectivity",
      "smart cities",
      "open data",
      "child online protection",
      "digital inclusion",
      "climate monitoring",
    ];
    const item = (sector: string, topic: string) =>
      `that ${sector} shall hold a yearly WSIS session on ${topic} for all its members`;
    const result = alignSectors(
      sectors({
        pp: [["resolves", topics.slice(0, 5).map((t) => item("the three Sectors", t))]],
        "ITU-R": [["resolves", topics.map((t) => item("ITU-R", t))]],
        "ITU-T": [["resolves", [...topics].reverse().map((t) => item("ITU-T", t))]],
        "ITU-D": [["resolves", topics.map((t) => item("ITU-D", t))]],
      }),
    );
    expect(result.common).toHaveLength(12);
    expect(result.partial).toEqual([]);
    expect(result.common.every((g) => g.kind === "identical")).toBe(true);
    expect(result.common.filter((g) => g.pp !== null)).toHaveLength(5);
    for (const g of result.common) {
      expect(new Set(g.members.map((m) => m.normalized)).size).toBe(1);
      if (g.pp) expect(g.pp.normalized).toBe(g.members[0]?.normalized);
    }
  });

  it("keeps exact groups when more than eight items share one text", () => {
    const text = "that ITU-R shall keep its WSIS web pages up to date";
    const many = (sector: string) => Array.from({ length: 10 }, () => text.replace("ITU-R", sector));
    const result = alignSectors(
      sectors({
        pp: [["resolves", [text.replace("ITU-R", "the three Sectors")]]],
        "ITU-R": [["resolves", many("ITU-R")]],
        "ITU-T": [["resolves", many("ITU-T")]],
        "ITU-D": [["resolves", many("ITU-D")]],
      }),
    );
    expect(result.common).toHaveLength(10);
    expect(result.common.filter((g) => g.pp !== null)).toHaveLength(1);
  });
});

/**
 * Property tests on generated resolution sets: whatever the documents and the groups an aligner
 * reports, the plan loses nothing, the rendered texts have exactly the planned items, untouched items
 * stay byte for byte, the diffs apply, and the same input gives the same output.
 */
import { applyPatch } from "diff";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AlignResult, CommonGroup, ItemRef, Resolution, Role } from "../../src/model.js";
import { planConsolidation, verifyPlan } from "../../src/plan/index.js";
import type { ConsolidationPlan } from "../../src/plan/types.js";
import { renderProposal } from "../../src/render/index.js";
import { buildResolution } from "../helpers/resolution.js";

const FAMILIES = [
  { keyword: "recalling", kind: "preambular" },
  { keyword: "considering", kind: "preambular" },
  { keyword: "noting", kind: "preambular" },
  { keyword: "resolves", kind: "operative" },
  { keyword: "invites Member States", kind: "operative" },
] as const;
const WORDS = [
  "the",
  "outcomes",
  "of",
  "WSIS",
  "ITU",
  "support",
  "development",
  "goals",
  "report",
  "annual",
  "forum",
  "Action",
  "Lines",
  "cooperation",
  "with",
  "Member",
  "States",
];

interface DocSpec {
  sections: { family: number; items: { words: number[]; cites: boolean; subs: number }[] }[];
  crlf: boolean;
  tight: boolean;
  parenLabels: boolean;
}

const docSpec = fc.record({
  sections: fc
    .uniqueArray(fc.integer({ min: 0, max: FAMILIES.length - 1 }), { minLength: 1, maxLength: 4 })
    .map((families) => families.sort((a, b) => a - b))
    .chain((families) =>
      fc.tuple(
        ...families.map((family) =>
          fc.record({
            family: fc.constant(family),
            items: fc.array(
              fc.record({
                words: fc.array(fc.integer({ min: 0, max: WORDS.length - 1 }), {
                  minLength: 2,
                  maxLength: 8,
                }),
                cites: fc.integer({ min: 0, max: 9 }).map((n) => n < 3),
                subs: fc.integer({ min: 0, max: 2 }),
              }),
              { minLength: 1, maxLength: 5 },
            ),
          }),
        ),
      ),
    ),
  crlf: fc.boolean(),
  tight: fc.boolean(),
  parenLabels: fc.boolean(),
}) as fc.Arbitrary<DocSpec>;

function toMarkdown(role: Role, spec: DocSpec, index: number): string {
  const eol = spec.crlf ? "\r\n" : "\n";
  const gap = spec.tight ? eol : eol + eol;
  const lines: string[] = [
    `# RESOLUTION ${100 + index} (REV. GENEVA, 2022)`,
    "",
    `Title of ${role}`,
    "",
    "The Assembly (Geneva, 2022),",
    "",
  ];
  const counts = spec.sections.map((s) => s.items.length);
  spec.sections.forEach((s, si) => {
    const family = FAMILIES[s.family] as (typeof FAMILIES)[number];
    lines.push(`*${family.keyword}*`, "");
    const body: string[] = [];
    s.items.forEach((item, k) => {
      const label = family.kind === "preambular" ? `${String.fromCharCode(97 + k)})` : String(k + 1);
      const written = spec.parenLabels && family.kind === "preambular" ? `(${label.slice(0, -1)})` : label;
      const last = k === s.items.length - 1;
      const end = !last ? ";" : si === counts.length - 1 ? "." : ",";
      const text = `that ${item.words.map((w) => WORDS[w]).join(" ")}${item.cites ? " under Resolution 140 (Rev. Dubai, 2018)" : ""} ${role} ${si}.${k}`;
      let block = `${written} ${text}${item.subs > 0 ? ":" : end}`;
      for (let j = 0; j < item.subs; j++) {
        block += `${eol}  ${"i".repeat(j + 1)}) sub ${j} of ${si}.${k}${j === item.subs - 1 ? end : ";"}`;
      }
      body.push(block);
    });
    lines.push(body.join(gap), "");
  });
  return lines.join(eol);
}

/** Groups as an aligner could report them: one unused item per Sector in a shared family. */
function analysisFor(
  byRole: Record<Role, Resolution>,
  picks: number[],
  kinds: boolean[],
  links: number[],
): AlignResult {
  const sectors = ["ITU-R", "ITU-T", "ITU-D"] as const;
  const used = new Set<string>();
  const common: CommonGroup[] = [];
  const refsOf = (role: Role, keyword: string) =>
    byRole[role].sections.flatMap((s, si) =>
      s.keyword === keyword
        ? s.items.map(
            (it, ii): ItemRef => ({
              role,
              file: byRole[role].file,
              section: si,
              item: ii,
              line: it.line,
              label: it.label,
              keyword,
            }),
          )
        : [],
    );
  let p = 0;
  for (const family of FAMILIES) {
    const lists = sectors.map((r) => refsOf(r, family.keyword));
    if (lists.some((l) => l.length === 0)) continue;
    const n = Math.min(...lists.map((l) => l.length));
    for (let k = 0; k < n; k++) {
      const pick = picks[p++ % picks.length] ?? 0;
      if (pick % 3 === 0) continue;
      const members = lists.map((l) => l[(k + pick) % l.length] as ItemRef);
      if (members.some((m) => used.has(`${m.role}/${m.section}/${m.item}`))) continue;
      for (const m of members) used.add(`${m.role}/${m.section}/${m.item}`);
      const ppRefs = refsOf("pp", family.keyword).filter((r) => !used.has(`pp/${r.section}/${r.item}`));
      const link = links[p % links.length] ?? 0;
      const pp = link % 2 === 0 && ppRefs.length > 0 ? (ppRefs[link % ppRefs.length] as ItemRef) : null;
      if (pp) used.add(`pp/${pp.section}/${pp.item}`);
      const variant = kinds[p % kinds.length] ?? false;
      common.push({
        kind: variant ? "variant" : "identical",
        family: family.keyword.split(" ")[0] as string,
        score: variant ? 0.8 : 1,
        members,
        pp,
        rules: [],
        differences: [],
      });
    }
  }
  return { common, partial: [] };
}

function liveItems(plan: ConsolidationPlan, role: Role): number {
  const doc = role === "pp" ? plan.pp : plan.sectors[role];
  return doc.sections.reduce((n, s) => n + s.items.filter((i) => i.mark !== "SUP").length, 0);
}

describe("planConsolidation on generated resolution sets", () => {
  it("loses nothing, renders exactly the planned items, keeps untouched items, and is deterministic", () => {
    fc.assert(
      fc.property(
        fc.tuple(docSpec, docSpec, docSpec, docSpec),
        fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 10 }),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 5 }),
        fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 5 }),
        fc.boolean(),
        (specs, picks, kinds, links, includeVariants) => {
          const roles: Role[] = ["pp", "ITU-R", "ITU-T", "ITU-D"];
          const byRole = Object.fromEntries(
            roles.map((r, k) => [
              r,
              buildResolution(toMarkdown(r, specs[k] as DocSpec, k), { file: `${r}.md`, role: r }),
            ]),
          ) as Record<Role, Resolution>;
          const analysis = analysisFor(byRole, picks, kinds, links);
          const plan = planConsolidation(byRole, analysis, { includeVariants });

          // Nothing lost, by the tool's own check and by an independent count.
          expect(verifyPlan(plan, byRole)).toEqual({ ok: true, problems: [] });
          const placed = new Set(
            plan.placements.map((p) => `${p.from.role}/${p.from.section}/${p.from.item}`),
          );
          const total = roles.reduce(
            (n, r) => n + byRole[r].sections.reduce((m, s) => m + s.items.length, 0),
            0,
          );
          expect(placed.size).toBe(total);
          expect(plan.placements).toHaveLength(total);

          const inputs = Object.fromEntries(
            roles.map((r) => [r, { path: `in/${r}.md`, text: byRole[r].source }]),
          ) as Record<Role, { path: string; text: string }>;
          const rendered = renderProposal(plan, inputs);
          for (const r of roles) {
            const after = rendered.texts[r].after;
            // Read back, the text has exactly the items the plan keeps or adds.
            const reread = buildResolution(after, { file: "out.md", role: r });
            expect(
              reread.sections.reduce((n, s) => n + s.items.length, 0),
              `${r}\n${after}`,
            ).toBe(liveItems(plan, r));
            // Untouched items keep their source byte for byte.
            const doc = r === "pp" ? plan.pp : plan.sectors[r];
            for (const s of doc.sections) {
              for (const i of s.items) {
                if (i.mark !== "NOC" || !i.origin) continue;
                expect(after).toContain(byRole[r].sections[i.origin.section]?.items[i.origin.item]?.source);
              }
            }
            if (r !== "pp") {
              const diff = rendered.files.find((f) => f.name === `${r.toLowerCase()}.diff`)?.content ?? "";
              expect(diff === "" ? byRole[r].source : applyPatch(byRole[r].source, diff)).toBe(after);
            }
          }
          const again = renderProposal(planConsolidation(byRole, analysis, { includeVariants }), inputs);
          expect(again.files).toEqual(rendered.files);
        },
      ),
      { numRuns: 150 },
    );
  });
});

/**
 * Properties of `propose` (the CLI, in-process) on generated resolution sets (test/helpers/resolution-sets.ts):
 * - lossless: every input item's words are in exactly one output place, the one consolidation.json
 *   names (kept in its own text, or moved to Resolution 140 once for its group), and nowhere else;
 * - deterministic: the same inputs give byte-identical outputs, in whatever order they are given;
 * - an unchanged document renders back byte for byte (parse -> plan -> render with nothing to do);
 * - idempotent: propose on its own clean outputs changes nothing.
 * Each run writes every output (Word and HTML included), so the runs are few but whole.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import type { Item, Resolution, Role } from "../../src/model.js";
import { parseResolution } from "../../src/parse/index.js";
import { planConsolidation } from "../../src/plan/index.js";
import { renderProposal } from "../../src/render/index.js";
import { runInProcess } from "../helpers/cli.js";
import { renderSet, resolutionSet, SET_ROLES, type SetSpec, VOCABULARY } from "../helpers/resolution-sets.js";

const dir = mkdtempSync(join(tmpdir(), "wsis-propose-props-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FILES: Record<Role, string> = { pp: "pp.md", "ITU-R": "r.md", "ITU-T": "t.md", "ITU-D": "d.md" };
const CLEAN: Record<Role, string> = {
  pp: "resolution-140.proposed.md",
  "ITU-R": "itu-r.shortened.md",
  "ITU-T": "itu-t.shortened.md",
  "ITU-D": "itu-d.shortened.md",
};
const DATE = "2026-01-15";

let runs = 0;

/** Writes the set and runs propose with the files in `order`; returns the output folder's files. */
async function propose(
  texts: Record<Role, string>,
  order: readonly Role[] = SET_ROLES,
): Promise<{ out: string; files: Record<string, Buffer>; stdout: string; stderr: string }> {
  const folder = join(dir, `run${++runs}`);
  mkdirSync(folder);
  for (const role of SET_ROLES) writeFileSync(join(folder, FILES[role]), texts[role]);
  const run = await runInProcess(["propose", "--out", "out", "--date", DATE, ...order.map((r) => FILES[r])], {
    cwd: folder,
  });
  expect(run.code, `${run.stderr}\n${JSON.stringify(texts)}`).toBe(0);
  const out = join(folder, "out");
  const files = Object.fromEntries(readdirSync(out).map((name) => [name, readFileSync(join(out, name))]));
  return { out, files, stdout: run.stdout, stderr: run.stderr };
}

const words = (text: string) => text.match(/[\p{L}\p{N}]+/gu) ?? [];
const count = (text: string, word: string) => words(text).filter((w) => w === word).length;
const tokensIn = (text: string) => [...new Set(words(text).filter((w) => /^tok\d+$/.test(w)))];

interface Placement {
  from: { role: Role; line: number; text: string };
  to: { kind: string; file: string; line: number };
  group: number | null;
}

/** The item whose first line is `line` in a parsed text. */
function itemAt(resolution: Resolution, line: number): Item | undefined {
  for (const section of resolution.sections)
    for (const item of section.items) if (item.line === line) return item;
  return undefined;
}

describe("propose on generated resolution sets", () => {
  it("is lossless: every item's words are in the one place consolidation.json names, and only there", async () => {
    const kinds = new Set<string>();
    await fc.assert(
      fc.asyncProperty(resolutionSet, async (spec: SetSpec) => {
        const texts = renderSet(spec);
        const { files } = await propose(texts);
        const plan = JSON.parse(files["consolidation.json"]?.toString("utf8") ?? "") as {
          items: Placement[];
        };
        const output = Object.fromEntries(
          SET_ROLES.map((r) => [r, files[CLEAN[r]]?.toString("utf8") ?? ""]),
        ) as Record<Role, string>;
        const parsed = Object.fromEntries(
          SET_ROLES.map((r) => [r, parseResolution(output[r], { file: CLEAN[r], role: r }).resolution]),
        ) as Record<Role, Resolution>;
        const roleOfFile = Object.fromEntries(SET_ROLES.map((r) => [CLEAN[r], r])) as Record<string, Role>;

        // Every input item is placed once.
        const inputItems = SET_ROLES.reduce(
          (n, r) =>
            n +
            parseResolution(texts[r], { file: FILES[r], role: r }).resolution.sections.reduce(
              (m, s) => m + s.items.length,
              0,
            ),
          0,
        );
        expect(plan.items).toHaveLength(inputItems);

        // Each token is in each output as many times as the placements say: once per kept item of
        // that document, and in Resolution 140 once per moved group (and per kept item of its own).
        const expected = new Map<string, number>();
        const movedTo = new Set<string>();
        for (const p of plan.items) {
          for (const token of tokensIn(p.from.text)) {
            if (p.to.kind === "kept") {
              const key = `${p.from.role} ${token}`;
              expected.set(key, (expected.get(key) ?? 0) + 1);
            } else if (p.to.kind === "moved" && !movedTo.has(`${p.to.line} ${token}`)) {
              movedTo.add(`${p.to.line} ${token}`);
              expected.set(`pp ${token}`, (expected.get(`pp ${token}`) ?? 0) + 1);
            }
          }
        }
        for (const role of SET_ROLES) {
          for (const token of new Set([...tokensIn(texts[role]), ...tokensIn(output[role])])) {
            expect(count(output[role], token), `${token} in ${CLEAN[role]}\n${output[role]}`).toBe(
              expected.get(`${role} ${token}`) ?? 0,
            );
          }
        }

        // The place named holds the item's words: all of them when kept; when moved, its made-up
        // words in order (only the Sector's name and grammar change in neutral wording); when matched
        // to a Resolution 140 item, its token.
        for (const p of plan.items) {
          kinds.add(p.to.kind);
          if (p.to.kind === "recalled") continue;
          const role = roleOfFile[p.to.file] as Role;
          const item = itemAt(parsed[role], p.to.line);
          expect(item, `${p.to.file}:${p.to.line} for ${p.from.text}`).toBeDefined();
          const have = words((item as Item).text);
          const given = words(p.from.text);
          // A kept item that recalls Resolution 140 cites its coming revision ("Rev. [Place], [Year]").
          const revisionless = (ws: string[]) => ws.join(" ").replace(/\b140 Rev \S+ \S+/g, "140 Rev");
          if (p.to.kind === "kept") expect(revisionless(have)).toEqual(revisionless(given));
          else if (p.to.kind === "moved") {
            const made = given.filter((w) => VOCABULARY.includes(w) || /^tok\d+$/.test(w));
            expect(have.filter((w) => made.includes(w))).toEqual(made);
          } else for (const token of tokensIn(p.from.text)) expect(have).toContain(token);
        }
      }),
      {
        numRuns: Number(process.env.PROPERTY_RUNS ?? 15),
        // A set where the three Sectors recall Resolution 140 alike, so that "recalled" is always tried.
        examples: [
          [
            {
              entries: [
                {
                  family: 0,
                  words: ["kalo", "kalo", "kalo"],
                  spread: "three",
                  one: 0,
                  inPp: false,
                  changed: null,
                  names: [0, 0, 0],
                },
              ],
              recalls: [true, true, true],
              eol: "\n",
              tight: false,
              bom: false,
            } as SetSpec,
          ],
        ],
      },
    );
    // The sets exercised every placement.
    expect([...kinds].sort()).toEqual(["kept", "matched", "moved", "recalled"]);
  }, 300_000);

  it("is deterministic: the same inputs give the same bytes, in any order", async () => {
    await fc.assert(
      fc.asyncProperty(resolutionSet, fc.constantFrom(...permutations()), async (spec, order) => {
        const texts = renderSet(spec);
        const first = await propose(texts);
        const again = await propose(texts, order);
        expect(Object.keys(again.files).sort()).toEqual(Object.keys(first.files).sort());
        for (const [name, bytes] of Object.entries(first.files)) {
          expect(
            again.files[name]?.equals(bytes),
            `${name} differs with the inputs in the order ${order}`,
          ).toBe(true);
        }
        expect(again.stdout).toBe(first.stdout);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 8) },
    );
  }, 300_000);

  it("renders a document with nothing to change back byte for byte", () => {
    fc.assert(
      fc.property(resolutionSet, (spec) => {
        const texts = renderSet(spec);
        const byRole = Object.fromEntries(
          SET_ROLES.map((r) => [r, parseResolution(texts[r], { file: FILES[r], role: r }).resolution]),
        ) as Record<Role, Resolution>;
        const plan = planConsolidation(byRole, { common: [], partial: [] }, { revision: "Rev. Dubai, 2018" });
        const rendered = renderProposal(
          plan,
          Object.fromEntries(SET_ROLES.map((r) => [r, { path: FILES[r], text: texts[r] }])) as Record<
            Role,
            { path: string; text: string }
          >,
        );
        for (const role of SET_ROLES) expect(rendered.texts[role].after).toBe(texts[role]);
      }),
      { numRuns: 200 },
    );
  });

  it("is idempotent: propose on its own clean outputs changes nothing", async () => {
    await fc.assert(
      fc.asyncProperty(resolutionSet, async (spec) => {
        const first = await propose(renderSet(spec));
        const outputs = Object.fromEntries(
          SET_ROLES.map((r) => [r, first.files[CLEAN[r]]?.toString("utf8") ?? ""]),
        ) as Record<Role, string>;
        const second = await propose(outputs);
        for (const role of SET_ROLES) {
          expect(second.files[CLEAN[role]]?.toString("utf8"), CLEAN[role]).toBe(outputs[role]);
        }
        // Nothing to report either: the heading already cites the revision.
        expect(second.stderr).toBe("");
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 10) },
    );
  }, 300_000);
});

function permutations(): Role[][] {
  const out: Role[][] = [];
  const walk = (done: Role[], rest: Role[]) => {
    if (rest.length === 0) out.push(done);
    for (const [k, r] of rest.entries()) walk([...done, r], [...rest.slice(0, k), ...rest.slice(k + 1)]);
  };
  walk([], [...SET_ROLES]);
  return out;
}

/**
 * Quality benchmark of `analyze`: runs parse + align on the bundled fixtures and on every set in
 * fixtures/quality/, and compares with the hand-annotated gold groups (gold.yaml). Prints, per set and
 * overall, the precision and recall of the common groups, identical-vs-variant accuracy, Resolution 140
 * link accuracy, partial-group precision and recall, and the number of variants reported as
 * identical (must be 0). Target: precision and recall of at least 0.98.
 *
 *   npm run bench:quality [-- --threshold 0.65 --link-threshold 0.7 --verbose]
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse as parseYaml } from "yaml";
import {
  type AlignOptions,
  alignSectors,
  DEFAULT_LINK_THRESHOLD,
  DEFAULT_THRESHOLD,
} from "../src/align/index.js";
import type { AlignResult, CommonGroup, ItemRef, Resolution, Role, SectorRole } from "../src/model.js";
import { SECTOR_ROLES } from "../src/model.js";
import { parseResolution } from "../src/parse/index.js";

const root = fileURLToPath(new URL("../../", import.meta.url));

interface GoldGroup {
  kind?: "identical" | "variant";
  /** For a variant: editorial or substantive (when annotated). */
  class?: "editorial" | "substantive";
  family: string;
  pp?: string | null;
  /** The link's coverage: "narrower" when Resolution 140 addresses fewer parties (default "full"). */
  link?: "full" | "narrower";
  members: Partial<Record<SectorRole, string>>;
}

interface SetSpec {
  name: string;
  dir: string;
  files: Record<Role, string>;
}

export interface SetScore {
  name: string;
  gold: number;
  found: number;
  matched: number;
  kindCorrect: number;
  ppCorrect: number;
  substanceAsIdentical: number;
  /** Links found as "already in Resolution 140" (full) where the gold has none or a narrower one. */
  falseFullLinks: number;
  /** Gold variants annotated with a class, and how many were found with that class. */
  classGold: number;
  classCorrect: number;
  /** Substantive variants found as editorial (must be 0: they would move with --include-variants). */
  substantiveAsEditorial: number;
  goldPartial: number;
  foundPartial: number;
  matchedPartial: number;
  misses: string[];
  extras: string[];
}

function sets(): SetSpec[] {
  const bundled: SetSpec = {
    name: "resolutions",
    dir: `${root}fixtures/resolutions/`,
    files: { pp: "res-140.md", "ITU-R": "itu-r-61.md", "ITU-T": "wtsa-75.md", "ITU-D": "wtdc-30.md" },
  };
  const qualityDir = `${root}fixtures/quality/`;
  const quality = readdirSync(qualityDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => ({
      name,
      dir: `${qualityDir}${name}/`,
      files: { pp: "pp.md", "ITU-R": "itu-r.md", "ITU-T": "itu-t.md", "ITU-D": "itu-d.md" } as Record<
        Role,
        string
      >,
    }));
  return [bundled, ...quality];
}

function loadSet(spec: SetSpec): Partial<Record<Role, Resolution>> {
  const byRole: Partial<Record<Role, Resolution>> = {};
  for (const role of ["pp", ...SECTOR_ROLES] as Role[]) {
    const file = spec.files[role];
    const source = readFileSync(`${spec.dir}${file}`, "utf8");
    const { resolution, diagnostics } = parseResolution(source, { file, role });
    if (!resolution) {
      throw new Error(`${spec.name}/${file}: ${diagnostics.map((d) => d.message).join("; ")}`);
    }
    byRole[role] = resolution;
  }
  return byRole;
}

function readGold(spec: SetSpec): { common: GoldGroup[]; partial: GoldGroup[] } {
  const raw = parseYaml(readFileSync(`${spec.dir}gold.yaml`, "utf8")) as Record<string, unknown[] | null>;
  const toGroup = (entry: unknown): GoldGroup => {
    const e = entry as Record<string, unknown>;
    const members: Partial<Record<SectorRole, string>> = {};
    for (const role of SECTOR_ROLES) if (typeof e[role] === "string") members[role] = e[role] as string;
    const group: GoldGroup = { family: String(e.family), members };
    if (e.kind === "identical" || e.kind === "variant") group.kind = e.kind;
    if (e.pp !== undefined) group.pp = (e.pp as string | null) ?? null;
    if (e.link === "full" || e.link === "narrower") group.link = e.link;
    if (e.class === "editorial" || e.class === "substantive") group.class = e.class;
    return group;
  };
  return { common: (raw.common ?? []).map(toGroup), partial: (raw.partial ?? []).map(toGroup) };
}

/** "<keyword as written> <canonical label>", as gold.yaml writes an item. */
function refName(ref: ItemRef): string {
  return `${ref.keyword} ${ref.label ?? ""}`.trim();
}

function key(members: Partial<Record<SectorRole, string>>): string {
  return SECTOR_ROLES.map((r) => `${r}=${members[r] ?? ""}`).join(" | ");
}

function groupKey(group: CommonGroup): string {
  const members: Partial<Record<SectorRole, string>> = {};
  for (const m of group.members) members[m.role as SectorRole] = refName(m);
  return key(members);
}

export function scoreSet(name: string, result: AlignResult, gold: ReturnType<typeof readGold>): SetScore {
  const found = new Map(result.common.map((g) => [groupKey(g), g]));
  const score: SetScore = {
    name,
    gold: gold.common.length,
    found: result.common.length,
    matched: 0,
    kindCorrect: 0,
    ppCorrect: 0,
    substanceAsIdentical: 0,
    falseFullLinks: 0,
    classGold: 0,
    classCorrect: 0,
    substantiveAsEditorial: 0,
    goldPartial: gold.partial.length,
    foundPartial: result.partial.length,
    matchedPartial: 0,
    misses: [],
    extras: [],
  };
  const goldKeys = new Set<string>();
  for (const g of gold.common) {
    const k = key(g.members);
    goldKeys.add(k);
    const hit = found.get(k);
    if (!hit) {
      score.misses.push(`common ${g.family}: ${k}`);
      continue;
    }
    score.matched++;
    if (hit.kind === g.kind) score.kindCorrect++;
    else score.misses.push(`kind ${g.family}: ${k}: gold ${g.kind}, found ${hit.kind}`);
    if (g.kind === "variant" && hit.kind === "identical") score.substanceAsIdentical++;
    const pp = hit.pp ? refName(hit.pp) : null;
    const coverage = hit.pp ? (hit.ppCoverage ?? "full") : null;
    const goldCoverage = g.pp ? (g.link ?? "full") : null;
    if (pp === (g.pp ?? null) && coverage === goldCoverage) score.ppCorrect++;
    else
      score.misses.push(
        `pp ${g.family}: ${k}: gold ${g.pp ?? "none"} (${goldCoverage ?? "-"}), found ${pp ?? "none"} (${coverage ?? "-"})`,
      );
    if (coverage === "full" && (goldCoverage !== "full" || pp !== g.pp)) score.falseFullLinks++;
    if (g.class) {
      score.classGold++;
      if (hit.variantClass === g.class) score.classCorrect++;
      else score.misses.push(`class ${g.family}: ${k}: gold ${g.class}, found ${hit.variantClass ?? "none"}`);
      if (g.class === "substantive" && hit.variantClass === "editorial") score.substantiveAsEditorial++;
    }
  }
  for (const g of result.common) {
    if (!goldKeys.has(groupKey(g)) && g.pp && (g.ppCoverage ?? "full") === "full") score.falseFullLinks++;
  }
  for (const [k, g] of found)
    if (!goldKeys.has(k)) score.extras.push(`common ${g.family} (${g.kind} ${g.score}): ${k}`);
  const partialFound = new Map(result.partial.map((g) => [groupKey(g), g]));
  const partialGold = new Set(gold.partial.map((g) => key(g.members)));
  for (const g of gold.partial) {
    const k = key(g.members);
    if (partialFound.has(k)) score.matchedPartial++;
    else score.misses.push(`partial ${g.family}: ${k}`);
  }
  for (const [k, g] of partialFound)
    if (!partialGold.has(k)) score.extras.push(`partial ${g.family} (${g.kind} ${g.score}): ${k}`);
  return score;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const fmt = (x: number) => x.toFixed(3);

function row(s: SetScore): string[] {
  return [
    s.name,
    `${s.matched}/${s.gold}`,
    fmt(ratio(s.matched, s.found)),
    fmt(ratio(s.matched, s.gold)),
    fmt(ratio(s.kindCorrect, s.matched)),
    fmt(ratio(s.ppCorrect, s.matched)),
    fmt(ratio(s.matchedPartial, s.foundPartial)),
    fmt(ratio(s.matchedPartial, s.goldPartial)),
    String(s.substanceAsIdentical),
    String(s.falseFullLinks),
    s.classGold === 0 ? "-" : fmt(ratio(s.classCorrect, s.classGold)),
    String(s.substantiveAsEditorial),
  ];
}

export function runQuality(
  options: AlignOptions = {},
  verbose = false,
): { pass: boolean; scores: SetScore[] } {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const linkThreshold = options.linkThreshold ?? Math.max(DEFAULT_LINK_THRESHOLD, threshold);
  const scores: SetScore[] = [];
  for (const spec of sets()) {
    const result = alignSectors(loadSet(spec), { threshold, linkThreshold });
    scores.push(scoreSet(spec.name, result, readGold(spec)));
  }
  const total: SetScore = {
    name: "overall",
    gold: 0,
    found: 0,
    matched: 0,
    kindCorrect: 0,
    ppCorrect: 0,
    substanceAsIdentical: 0,
    falseFullLinks: 0,
    classGold: 0,
    classCorrect: 0,
    substantiveAsEditorial: 0,
    goldPartial: 0,
    foundPartial: 0,
    matchedPartial: 0,
    misses: [],
    extras: [],
  };
  const counters = [
    "gold",
    "found",
    "matched",
    "kindCorrect",
    "ppCorrect",
    "substanceAsIdentical",
    "falseFullLinks",
    "classGold",
    "classCorrect",
    "substantiveAsEditorial",
    "goldPartial",
    "foundPartial",
    "matchedPartial",
  ] as const;
  for (const s of scores) for (const k of counters) total[k] += s[k];
  const header = [
    "set",
    "common",
    "precision",
    "recall",
    "kind acc",
    "R140 link",
    "partial P",
    "partial R",
    "variant->identical",
    "false link",
    "class acc",
    "subst->editorial",
  ];
  const rows = [header, ...scores.map(row), row(total)];
  const widths = header.map((_, i) => Math.max(...rows.map((r) => (r[i] as string).length)));
  const lines = rows.map((r) =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number))).join("  "),
  );
  lines.splice(1, 0, "-".repeat((lines[0] as string).length));
  lines.splice(lines.length - 1, 0, "-".repeat((lines[0] as string).length));
  console.log(`analyze quality (threshold ${threshold}, link threshold ${linkThreshold})\n`);
  console.log(lines.join("\n"));
  const precision = ratio(total.matched, total.found);
  const recall = ratio(total.matched, total.gold);
  const pass =
    precision >= 0.98 &&
    recall >= 0.98 &&
    total.substanceAsIdentical === 0 &&
    total.falseFullLinks === 0 &&
    total.substantiveAsEditorial === 0;
  for (const s of scores) {
    if ((verbose || !pass) && (s.misses.length > 0 || s.extras.length > 0)) {
      console.log(`\n${s.name}:`);
      for (const m of s.misses) console.log(`  missed   ${m}`);
      for (const e of s.extras) console.log(`  extra    ${e}`);
    }
  }
  console.log(
    `\n${pass ? "PASS" : "FAIL"}: precision ${fmt(precision)}, recall ${fmt(recall)} (target >= 0.98), ` +
      `variants reported as identical: ${total.substanceAsIdentical}, false "already in Resolution 140" links: ` +
      `${total.falseFullLinks}, substantive variants classed editorial: ${total.substantiveAsEditorial} (targets 0)`,
  );
  return { pass, scores };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const flag = (name: string) => {
    const at = process.argv.indexOf(name);
    return at > 0 ? Number(process.argv[at + 1]) : undefined;
  };
  const options: AlignOptions = {};
  const threshold = flag("--threshold");
  const linkThreshold = flag("--link-threshold");
  if (threshold !== undefined) options.threshold = threshold;
  if (linkThreshold !== undefined) options.linkThreshold = linkThreshold;
  const { pass } = runQuality(options, process.argv.includes("--verbose"));
  if (!pass) process.exitCode = 1;
}

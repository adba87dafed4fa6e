/**
 * The `analyze` report as data: the JSON contract (docs/formats.md). Its terminal form is
 * src/terminal/analysis.ts.
 */
import type {
  AlignResult,
  CommonGroup,
  ItemRef,
  Resolution,
  Role,
  SectorRole,
  WordDifference,
} from "../model.js";
import { SECTOR_ROLES } from "../model.js";
import { paragraphAt } from "../paragraphs.js";

export interface AnalysisMember {
  sector: SectorRole;
  file: string;
  line: number;
  label: string | null;
  keyword: string;
  /** The keyword's family: where the member is placed (members of a group may differ: `placement`). */
  family: string;
  rules: string[];
  normalized: string;
  /** For a Word input: the paragraph of the item (`line` is then a line of the Markdown reading). */
  paragraph?: number;
}

export interface AnalysisPp {
  file: string;
  line: number;
  label: string | null;
  keyword: string;
  score: number | null;
  /**
   * "full": Resolution 140 already says it for every party the Sectors address; "narrower": it says
   * it for fewer parties (`missing`), so it is not already there (the Sector items stay).
   */
  coverage: "full" | "narrower";
  /** The parties the Sectors address and this item does not ("Sector Members"); empty when full. */
  missing: string[];
  /** For a narrower link, what it leaves out in a sentence; else null. */
  note: string | null;
  /** For a Word input: the paragraph of the item. */
  paragraph?: number;
}

export interface AnalysisGroup {
  kind: CommonGroup["kind"];
  /** For a variant: "substantive" when any difference is, else "editorial"; null when identical. */
  variantClass: "editorial" | "substantive" | null;
  /** The family most members use (the keyword a proposal would place it under). */
  family: string;
  /** "differs" when the members stand under different keyword families. */
  placement: "same" | "differs";
  score: number;
  members: AnalysisMember[];
  pp: AnalysisPp | null;
  rules: string[];
  differences: WordDifference[];
}

export interface AnalysisSummary {
  threshold: number;
  linkThreshold: number;
  common: number;
  identical: number;
  variant: number;
  /** Variants by class (they add up to `variant`). */
  editorialVariant: number;
  substantiveVariant: number;
  /** Common groups whose members stand under different keywords. */
  placement: number;
  /** Common groups Resolution 140 already has (full links); narrower links are counted apart. */
  linkedToPp: number;
  narrowerLinks: number;
  partial: number;
  /** Top-level items per document. */
  items: Partial<Record<Role, number>>;
  files: Partial<Record<Role, string>>;
}

/** The version of the analysis JSON; it changes when a field changes meaning or goes (docs/formats.md). */
export const ANALYSIS_FORMAT = 2;

/** The JSON contract of `analyze --format json`. */
export interface AnalysisReport {
  format: typeof ANALYSIS_FORMAT;
  common: AnalysisGroup[];
  partial: AnalysisGroup[];
  summary: AnalysisSummary;
}

export function analysisReport(
  result: AlignResult,
  byRole: Partial<Record<Role, Resolution>>,
  thresholds: { threshold: number; linkThreshold: number },
): AnalysisReport {
  const items: Partial<Record<Role, number>> = {};
  const files: Partial<Record<Role, string>> = {};
  for (const role of ["pp", ...SECTOR_ROLES] as Role[]) {
    const r = byRole[role];
    if (!r) continue;
    files[role] = r.file;
    items[role] = r.sections.reduce((n, s) => n + s.items.length, 0);
  }
  const identical = result.common.filter((g) => g.kind === "identical").length;
  const placeOf = (ref: ItemRef) => {
    const resolution = byRole[ref.role];
    const paragraph = resolution ? paragraphAt(resolution, ref.line) : undefined;
    return paragraph === undefined ? {} : { paragraph };
  };
  const toGroup = (group: CommonGroup): AnalysisGroup => ({
    kind: group.kind,
    variantClass: group.variantClass ?? null,
    family: group.family,
    placement: group.placement ?? "same",
    score: group.score,
    members: group.members.map((ref) => ({ ...toMember(ref), ...placeOf(ref) })),
    pp: group.pp
      ? {
          file: group.pp.file,
          line: group.pp.line,
          label: group.pp.label,
          keyword: group.pp.keyword,
          score: group.ppScore ?? null,
          coverage: group.ppCoverage ?? "full",
          missing: group.ppMissing ?? [],
          note: group.ppNote ?? null,
          ...placeOf(group.pp),
        }
      : null,
    rules: group.rules,
    differences: group.differences,
  });
  const count = (f: (g: CommonGroup) => boolean) => result.common.filter(f).length;
  return {
    format: ANALYSIS_FORMAT,
    common: result.common.map(toGroup),
    partial: result.partial.map(toGroup),
    summary: {
      ...thresholds,
      common: result.common.length,
      identical,
      variant: result.common.length - identical,
      editorialVariant: count((g) => g.kind === "variant" && g.variantClass === "editorial"),
      substantiveVariant: count((g) => g.kind === "variant" && g.variantClass !== "editorial"),
      placement: count((g) => g.placement === "differs"),
      linkedToPp: count((g) => g.pp !== null && g.ppCoverage !== "narrower"),
      narrowerLinks: count((g) => g.pp !== null && g.ppCoverage === "narrower"),
      partial: result.partial.length,
      items,
      files,
    },
  };
}

function toMember(ref: ItemRef): AnalysisMember {
  return {
    sector: ref.role as SectorRole,
    file: ref.file,
    line: ref.line,
    label: ref.label,
    keyword: ref.keyword,
    family: ref.family ?? "",
    rules: ref.rules ?? [],
    normalized: ref.normalized ?? "",
  };
}

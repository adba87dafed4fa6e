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
  /** For a Word input: the paragraph of the item. */
  paragraph?: number;
}

export interface AnalysisGroup {
  kind: CommonGroup["kind"];
  family: string;
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
  linkedToPp: number;
  partial: number;
  /** Top-level items per document. */
  items: Partial<Record<Role, number>>;
  files: Partial<Record<Role, string>>;
}

/** The JSON contract of `analyze --format json`. */
export interface AnalysisReport {
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
    family: group.family,
    score: group.score,
    members: group.members.map((ref) => ({ ...toMember(ref), ...placeOf(ref) })),
    pp: group.pp
      ? {
          file: group.pp.file,
          line: group.pp.line,
          label: group.pp.label,
          keyword: group.pp.keyword,
          score: group.ppScore ?? null,
          ...placeOf(group.pp),
        }
      : null,
    rules: group.rules,
    differences: group.differences,
  });
  return {
    common: result.common.map(toGroup),
    partial: result.partial.map(toGroup),
    summary: {
      ...thresholds,
      common: result.common.length,
      identical,
      variant: result.common.length - identical,
      linkedToPp: result.common.filter((g) => g.pp !== null).length,
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
    rules: ref.rules ?? [],
    normalized: ref.normalized ?? "",
  };
}

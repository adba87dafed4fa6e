/**
 * check: the rules a CI gate runs on draft resolutions. Pure: takes the parsed drafts (one to four),
 * their parse diagnostics and the settings, returns the findings with their configured severities
 * and the rules that could not run on the files given. Reading files and printing are the CLI's job
 * (src/commands/check.ts).
 */
import { DEFAULT_LINK_THRESHOLD, DEFAULT_THRESHOLD } from "../align/defaults.js";
import { alignSectors } from "../align/index.js";
import { RULE_LIST, RULES, ruleById } from "../diagnostics/index.js";
import { severityOf } from "../diagnostics/severities.js";
import { defaultSectorTerms } from "../domain/sector-terms.js";
import {
  type AlignResult,
  type Diagnostic,
  ROLES,
  type Role,
  SECTOR_ROLES,
  type Severity,
} from "../model.js";
import { driftFromBaseline } from "./baseline.js";
import { malformedCitations, outdatedCitations, sourceCitations, targetCitations } from "./citations.js";
import { duplicatesOfParent } from "./duplicates.js";
import { commonNotConsolidated, drift } from "./groups.js";
import { crossReferences, endPunctuation } from "./structure.js";
import type { CheckInput, CheckResult, Finding, RuleSettings, SkippedRule } from "./types.js";

export type { Baseline } from "./baseline.js";
export { readBaseline } from "./baseline.js";
export { variantClass } from "./groups.js";
export type * from "./types.js";

/** What the cross-document rules need among the four resolutions. */
export const RULE_NEEDS: Readonly<Record<string, { roles: readonly Role[]; any?: boolean; says: string }>> = {
  [RULES.duplicateOfParent.id]: {
    roles: ["pp", ...SECTOR_ROLES],
    any: true,
    says: "Resolution 140 and at least one Sector resolution",
  },
  [RULES.commonNotConsolidated.id]: { roles: ROLES, says: "Resolution 140 and the three Sector resolutions" },
  [RULES.driftEditorial.id]: { roles: SECTOR_ROLES, says: "the three Sector resolutions" },
  [RULES.driftSubstantive.id]: { roles: SECTOR_ROLES, says: "the three Sector resolutions" },
};

/** The severity a rule has in this run: the configured one, else its default; null when off. */
export { severityOf };

function optionOf(rules: CheckInput["rules"], ruleId: string, name: string): unknown {
  const settings: RuleSettings | undefined = rules?.[ruleId];
  const value = settings?.options?.[name];
  return value !== undefined ? value : ruleById(ruleId)?.options?.[name]?.default;
}

export function runChecks(input: CheckInput): CheckResult {
  const { byRole, rules } = input;
  const terms = input.terms ?? defaultSectorTerms();
  const threshold = input.threshold ?? DEFAULT_THRESHOLD;
  const linkThreshold = input.linkThreshold ?? Math.max(DEFAULT_LINK_THRESHOLD, threshold);
  const on = (id: string) => severityOf(id, rules) !== null;
  const present = ROLES.filter((role) => byRole[role] !== undefined);
  const docs = present.map((role) => byRole[role]).filter((d) => d !== undefined);

  const skipped: SkippedRule[] = [];
  const runs = (id: string): boolean => {
    if (!on(id)) return false;
    const needs = RULE_NEEDS[id];
    if (!needs) return true;
    const ok = needs.any
      ? present.includes("pp") && present.some((r) => r !== "pp")
      : needs.roles.every((r) => present.includes(r));
    if (!ok) skipped.push({ rule: id, reason: `needs ${needs.says}` });
    return ok;
  };

  const raw: Finding[] = [...((input.diagnostics ?? []) as Diagnostic[])];
  for (const doc of docs) {
    if (on(RULES.endPunctuation.id)) raw.push(...endPunctuation(doc));
    if (on(RULES.crossReference.id)) raw.push(...crossReferences(doc));
    if (on(RULES.citationMalformed.id)) raw.push(...malformedCitations(doc));
  }
  if (on(RULES.citationOutdated.id) || on(RULES.citationTarget.id)) {
    const citations = docs.flatMap(sourceCitations);
    if (on(RULES.citationOutdated.id)) raw.push(...outdatedCitations(citations));
    if (on(RULES.citationTarget.id)) {
      const option = optionOf(rules, RULES.citationTarget.id, "revision");
      const target = typeof option === "string" && option !== "" ? option : (input.revision ?? null);
      raw.push(...targetCitations(citations, target));
    }
  }

  const duplicates = runs(RULES.duplicateOfParent.id);
  const wantsGroups = [RULES.commonNotConsolidated.id, RULES.driftEditorial.id, RULES.driftSubstantive.id];
  const groupRules = wantsGroups.filter(runs);
  const linked = optionOf(rules, RULES.duplicateOfParent.id, "linked") !== false;
  let analysis: AlignResult | null = null;
  const threeSectors = SECTOR_ROLES.every((r) => present.includes(r));
  if (threeSectors && (groupRules.length > 0 || (duplicates && linked && present.includes("pp")))) {
    analysis = alignSectors(byRole, { threshold, linkThreshold, terms });
  }
  if (duplicates) raw.push(...duplicatesOfParent(byRole, terms, analysis, linked));
  if (analysis) {
    if (groupRules.includes(RULES.commonNotConsolidated.id))
      raw.push(...commonNotConsolidated(analysis, byRole));
    if (groupRules.includes(RULES.driftEditorial.id) || groupRules.includes(RULES.driftSubstantive.id)) {
      raw.push(...drift(analysis, byRole));
    }
  }
  if (input.baseline && on(RULES.driftFromBaseline.id)) {
    if (present.some((r) => r !== "pp"))
      raw.push(...driftFromBaseline(input.baseline, byRole, terms, threshold, linkThreshold));
    else skipped.push({ rule: RULES.driftFromBaseline.id, reason: "needs at least one Sector resolution" });
  }

  const findings: Finding[] = [];
  for (const finding of raw) {
    const severity = severityOf(finding.ruleId, rules);
    if (severity === null) continue;
    findings.push({ ...finding, severity });
  }
  const fileOrder = new Map(docs.map((d, i) => [d.file, i]));
  findings.sort(
    (a, b) =>
      (fileOrder.get(a.file) ?? docs.length) - (fileOrder.get(b.file) ?? docs.length) ||
      // Compared only when they differ: the first localeCompare sets up ICU's collation (~15 ms).
      (a.file === b.file ? 0 : a.file.localeCompare(b.file)) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      ruleIndex(a.ruleId) - ruleIndex(b.ruleId),
  );
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return { findings, skipped, counts };
}

function ruleIndex(id: string): number {
  const i = RULE_LIST.findIndex((r) => r.id === id);
  return i < 0 ? RULE_LIST.length : i;
}

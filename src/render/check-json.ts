/**
 * `check --format json`: the findings with their rule, the rules that could not run, the counts and
 * whether the gate passed. A stable contract: fields may be added, none removed or renamed.
 */
import type { CheckResult, Finding } from "../check/types.js";
import { ruleById } from "../diagnostics/index.js";
import type { Role } from "../model.js";

export interface CheckReportContext {
  files: { role: Role; file: string }[];
  maxWarnings: number | null;
  passed: boolean;
}

function finding(f: Finding) {
  const rule = ruleById(f.ruleId);
  return {
    file: f.file,
    line: f.line,
    column: f.column,
    severity: f.severity,
    rule: {
      id: f.ruleId,
      defaultSeverity: rule?.severity ?? null,
      description: rule?.description ?? null,
      fix: rule?.fix ?? null,
    },
    message: f.message,
    related: f.related ?? [],
  };
}

export function checkReportJson(result: CheckResult, ctx: CheckReportContext): string {
  const report = {
    tool: "wsis-consolidate",
    format: 1,
    files: ctx.files,
    findings: result.findings.map(finding),
    summary: { ...result.counts, maxWarnings: ctx.maxWarnings, passed: ctx.passed },
    properties: { skippedRules: result.skipped },
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

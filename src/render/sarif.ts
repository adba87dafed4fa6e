/**
 * `check --format sarif`: SARIF 2.1.0, as GitHub code scanning reads it. The driver lists every rule
 * of the registry with its metadata (description, how to fix, default level); each result names its
 * rule and a physical location (a relative URI with forward slashes, and a region). Rules that could
 * not run on the files given are listed in the run's properties.
 */
import type { Log, ReportingDescriptor, Result } from "sarif";
import type { CheckResult, Finding } from "../check/types.js";
import { RULE_LIST } from "../diagnostics/index.js";
import type { Severity } from "../model.js";

const LEVEL: Record<Severity, Result.level> = { error: "error", warning: "warning", info: "note" };

export interface SarifContext {
  version: string;
  /** The severity each rule has in this run (configured), or null when it is off. */
  severityOf: (ruleId: string) => Severity | null;
}

function uri(file: string): string {
  return encodeURI(file.replace(/\\/g, "/"));
}

function location(file: string, line: number | null, column: number | null, paragraph?: number) {
  // A finding on a Word input points at the file without a region (its lines are not the file's);
  // the message names the paragraph. Otherwise GitHub code scanning wants a region on every result: a
  // finding on a whole file is on line 1.
  if (paragraph !== undefined) return { physicalLocation: { artifactLocation: { uri: uri(file) } } };
  return {
    physicalLocation: {
      artifactLocation: { uri: uri(file) },
      region: { startLine: line ?? 1, startColumn: column ?? 1 },
    },
  };
}

export function sarifLog(result: CheckResult, ctx: SarifContext): Log {
  const rules: ReportingDescriptor[] = RULE_LIST.map((rule) => {
    const severity = ctx.severityOf(rule.id);
    return {
      id: rule.id,
      name: rule.id.replace(/(^|-)([a-z])/g, (_, _dash: string, ch: string) => ch.toUpperCase()),
      shortDescription: { text: rule.description },
      fullDescription: { text: `${rule.description}. Fix: ${rule.fix}.` },
      help: { text: rule.fix },
      defaultConfiguration: severity === null ? { enabled: false } : { level: LEVEL[severity] },
      properties: { stage: rule.stage, defaultSeverity: rule.severity },
    };
  });
  const index = new Map(RULE_LIST.map((rule, i) => [rule.id, i]));
  const results: Result[] = result.findings.map((f: Finding) => {
    const r: Result = {
      ruleId: f.ruleId,
      level: LEVEL[f.severity],
      message: { text: f.paragraph !== undefined ? `¶${f.paragraph}: ${f.message}` : f.message },
      locations: [location(f.file, f.line, f.column, f.paragraph)],
    };
    const i = index.get(f.ruleId);
    if (i !== undefined) r.ruleIndex = i;
    if (f.related && f.related.length > 0) {
      r.relatedLocations = f.related.map((p, id) => ({
        id,
        ...location(p.file, p.line, p.column),
        message: { text: p.message },
      }));
    }
    return r;
  });
  return {
    version: "2.1.0",
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    runs: [
      {
        tool: {
          driver: {
            name: "wsis-consolidate",
            version: ctx.version,
            rules,
          },
        },
        results,
        columnKind: "utf16CodeUnits",
        invocations: [{ executionSuccessful: true }],
        properties: { skippedRules: result.skipped },
      },
    ],
  };
}

export function formatSarif(result: CheckResult, ctx: SarifContext): string {
  return `${JSON.stringify(sarifLog(result, ctx), null, 2)}\n`;
}

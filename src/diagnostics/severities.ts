/**
 * The config file's rule severities (`rules:` in wsis-consolidate.yaml) applied to diagnostics: one
 * function for every command, so that `parse`, `analyze`, `propose`, `report` and `check` show a rule
 * alike. "off" hides it; "error", "warning" or "info" replaces its severity.
 */
import type { Diagnostic, Severity } from "../model.js";
import { ruleById } from "./registry.js";

/** A rule's setting in the config file: a severity, or off. */
export type RuleSeverity = Severity | "off";

export interface RuleSettings {
  severity?: RuleSeverity;
  options?: Record<string, unknown>;
}

/** The settings by rule id. */
export type RulesConfig = Readonly<Record<string, RuleSettings>>;

/** The severity a rule has under `rules`: its configured one, else its default; null when off. */
export function severityOf(ruleId: string, rules: RulesConfig | undefined): Severity | null {
  const configured = rules?.[ruleId]?.severity;
  if (configured === "off") return null;
  return configured ?? ruleById(ruleId)?.severity ?? "warning";
}

/**
 * The diagnostics as the config wants them shown: a rule it turns off is left out, a rule it names
 * takes its severity, the others are unchanged.
 */
export function applyRuleSeverities<T extends Diagnostic>(
  diagnostics: readonly T[],
  rules: RulesConfig | undefined,
): T[] {
  if (!rules || Object.keys(rules).length === 0) return [...diagnostics];
  const shown: T[] = [];
  for (const d of diagnostics) {
    const configured = rules[d.ruleId]?.severity;
    if (configured === "off") continue;
    shown.push(configured === undefined || configured === d.severity ? d : { ...d, severity: configured });
  }
  return shown;
}

/**
 * Problems found in documents, as data: a `Diagnostic` is a message on a file with a position and the
 * rule that raised it (./registry.ts); a `FatalError` stops the run. Formatting them for a terminal is
 * the job of src/terminal/diagnostics.ts.
 */
import type { Diagnostic } from "../model.js";
import type { Rule } from "./rule.js";

export { RULE_LIST, RULES, ruleById } from "./registry.js";
export type { Rule, RuleOption } from "./rule.js";
export {
  applyRuleSeverities,
  type RuleSettings,
  type RuleSeverity,
  type RulesConfig,
  severityOf,
} from "./severities.js";

/**
 * A problem that stops the run: a missing file, a role claimed twice. Its message is one line that
 * names the file (and line where there is one); the CLI prints it and exits 2, without a stack trace.
 */
export class FatalError extends Error {
  override readonly name = "FatalError";
  constructor(
    message: string,
    readonly file?: string,
    readonly line?: number,
  ) {
    super(message);
  }
}

/** A message of `rule` on `file`, at `place` when there is one, with the rule's default severity. */
export function diagnostic(
  rule: Rule,
  file: string,
  place: { line: number; column: number } | null,
  message: string,
): Diagnostic {
  return {
    file,
    line: place?.line ?? null,
    column: place?.column ?? null,
    severity: rule.severity,
    ruleId: rule.id,
    message,
  };
}

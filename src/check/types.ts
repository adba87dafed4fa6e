/** What `check` takes and gives: the drafts, the settings, and the findings with their rules. */
import type { RulesConfig } from "../diagnostics/severities.js";
import type { SectorTerms } from "../domain/sector-terms.js";
import type { Diagnostic, Resolution, Role, SectorRole, Severity } from "../model.js";

/** Another place a finding concerns ("the Resolution 140 item it repeats"). */
export interface RelatedPlace {
  file: string;
  line: number | null;
  column: number | null;
  message: string;
}

/** A diagnostic of a check rule; `related` names the other places it concerns. */
export interface Finding extends Diagnostic {
  related?: RelatedPlace[];
}

export type { RuleSettings, RuleSeverity } from "../diagnostics/severities.js";

export interface CheckInput {
  /** The drafts by role: one to four of them. */
  byRole: Partial<Record<Role, Resolution>>;
  /** The parser's and the role stage's diagnostics on the same files (they become findings too). */
  diagnostics?: readonly Diagnostic[];
  terms?: SectorTerms;
  threshold?: number;
  linkThreshold?: number;
  /**
   * The revision Resolution 140 should be cited in (`citation-target`); without it, the newest in the
   * files checked, or the pending one.
   */
  revision?: string;
  /** The baseline consolidation.json, read (`drift-from-baseline`). */
  baseline?: Baseline | null;
  /** Severities and options by rule id. */
  rules?: RulesConfig;
}

/** A rule that could not run on the files given, and why. */
export interface SkippedRule {
  rule: string;
  reason: string;
}

export interface CheckResult {
  /** Every finding, by file (in role order) then place, with its configured severity. */
  findings: Finding[];
  skipped: SkippedRule[];
  counts: { error: number; warning: number; info: number };
}

export interface BaselineMember {
  role: SectorRole;
  file: string;
  line: number | null;
  keyword: string | null;
  label: string | null;
  text: string;
}

export interface BaselineGroup {
  family: string;
  members: BaselineMember[];
}

/** The identical groups of a baseline, as far as it records their members' texts. */
export interface Baseline {
  file: string;
  format: number;
  groups: BaselineGroup[];
}

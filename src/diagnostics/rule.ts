import type { Severity } from "../model.js";

/**
 * What a diagnostic rule is, as data: the registry (./registry.ts) lists every rule, the README's
 * rule table is checked against it, and `check` lets a user change a rule's severity by its id.
 * One module per rule under ./rules/, as markdownlint keeps `lib/mdNNN`.
 */
export interface Rule {
  /** The id printed with every message of the rule ("label-sequence"). */
  id: string;
  /** The severity when the user configures none. */
  severity: Severity;
  /** One line: when the rule fires. */
  description: string;
  /** One line: what the user does about it. */
  fix: string;
  /**
   * The stage that raises it: the parser reads the text, the plan builds the proposal, the renderer
   * writes it, `check` (src/check/) judges the drafts.
   */
  stage: "parse" | "roles" | "plan" | "render" | "check";
  /** Settings a user may give the rule in the config file (`rules: {id: {severity, options}}`). */
  options?: Readonly<Record<string, RuleOption>>;
}

/** One setting of a rule: its type, what it does, and its value when none is given. */
export interface RuleOption {
  type: "string" | "boolean" | "number";
  description: string;
  default: string | boolean | number | null;
}

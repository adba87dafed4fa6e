import type { Rule } from "../rule.js";

export const crossReferenceSuppressed: Rule = {
  id: "cross-reference-suppressed",
  severity: "warning",
  description: "a kept item refers to an item that the proposal suppresses",
  fix: "rewrite the reference",
  stage: "plan",
};

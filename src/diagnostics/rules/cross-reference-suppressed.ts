import type { Rule } from "../rule.js";

export const crossReferenceSuppressed: Rule = {
  id: "cross-reference-suppressed",
  severity: "warning",
  description:
    "a kept Sector item refers to an item whose new place cannot be named; the reference stands in brackets (references to items that moved are rewritten to point into Resolution 140)",
  fix: "rewrite the reference",
  stage: "plan",
};

import type { Rule } from "../rule.js";

export const crossReferenceSuppressed: Rule = {
  id: "cross-reference-suppressed",
  severity: "warning",
  description:
    "a kept Sector item refers to an item that left (moved, already in Resolution 140, or replaced), or to a lone item that has no label",
  fix: "rewrite the reference",
  stage: "plan",
};

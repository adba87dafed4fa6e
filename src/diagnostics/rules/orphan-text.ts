import type { Rule } from "../rule.js";

export const orphanText: Rule = {
  id: "orphan-text",
  severity: "warning",
  description: "a paragraph without a label after labelled items belongs to no item",
  fix: "label it, join it to the item above, or move it after the operative part",
  stage: "parse",
};

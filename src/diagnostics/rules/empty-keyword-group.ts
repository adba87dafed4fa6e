import type { Rule } from "../rule.js";

export const emptyKeywordGroup: Rule = {
  id: "empty-keyword-group",
  severity: "warning",
  description: "a keyword line has no item under it",
  fix: "add the item, or remove the keyword line",
  stage: "parse",
};

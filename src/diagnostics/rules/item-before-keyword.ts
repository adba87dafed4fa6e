import type { Rule } from "../rule.js";

export const itemBeforeKeyword: Rule = {
  id: "item-before-keyword",
  severity: "warning",
  description: "a labelled item stands before the first keyword line",
  fix: "put the keyword (such as *recalling*) above it",
  stage: "parse",
};

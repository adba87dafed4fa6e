import type { Rule } from "../rule.js";

export const recallingDuplicate: Rule = {
  id: "recalling-duplicate",
  severity: "info",
  description: "another Sector item also cites Resolution 140, besides the new recalling item",
  fix: "consider merging it into the new recalling item",
  stage: "plan",
};

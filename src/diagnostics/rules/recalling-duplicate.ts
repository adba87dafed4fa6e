import type { Rule } from "../rule.js";

export const recallingDuplicate: Rule = {
  id: "recalling-duplicate",
  severity: "info",
  description: "a Sector item also cites Resolution 140 beside the new recalling item",
  fix: "consider merging it into the new recalling item",
  stage: "plan",
};

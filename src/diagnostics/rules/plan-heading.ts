import type { Rule } from "../rule.js";

export const planHeading: Rule = {
  id: "plan-heading",
  severity: "info",
  description: "the heading of Resolution 140 has no revision that the proposal can update",
  fix: 'write the heading as "RESOLUTION 140 (REV. PLACE, YEAR)"',
  stage: "plan",
};

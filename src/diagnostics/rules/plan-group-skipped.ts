import type { Rule } from "../rule.js";

export const planGroupSkipped: Rule = {
  id: "plan-group-skipped",
  severity: "warning",
  description:
    "a common group shares an item with another group, or lacks one item per Sector: it is left in place",
  fix: "harmonize the Sector texts so that each provision is one item in each Sector",
  stage: "plan",
};

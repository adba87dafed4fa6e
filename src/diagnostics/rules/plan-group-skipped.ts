import type { Rule } from "../rule.js";

export const planGroupSkipped: Rule = {
  id: "plan-group-skipped",
  severity: "warning",
  description:
    "`propose` left a common group in place: it shares an item with another group, or lacks exactly one item per Sector",
  fix: "check the group in `analyze`; consolidate it by hand if needed",
  stage: "plan",
};

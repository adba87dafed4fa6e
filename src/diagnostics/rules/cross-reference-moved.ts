import type { Rule } from "../rule.js";

export const crossReferenceMoved: Rule = {
  id: "cross-reference-moved",
  severity: "warning",
  description:
    'an item moved to Resolution 140 refers to other items of its Sector resolution ("resolves 3")',
  fix: "rewrite the reference in Resolution 140",
  stage: "plan",
};

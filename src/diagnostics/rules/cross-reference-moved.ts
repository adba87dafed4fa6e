import type { Rule } from "../rule.js";

export const crossReferenceMoved: Rule = {
  id: "cross-reference-moved",
  severity: "warning",
  description:
    'an item moved to Resolution 140 refers to an item of its Sector resolution that did not move with it ("resolves 3"); the reference stands in brackets',
  fix: "rewrite the reference in Resolution 140",
  stage: "plan",
};

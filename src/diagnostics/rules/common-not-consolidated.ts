import type { Rule } from "../rule.js";

export const commonNotConsolidated: Rule = {
  id: "common-not-consolidated",
  severity: "warning",
  description:
    "an item is identical in the three Sector resolutions and Resolution 140 lacks it (an item citing Resolution 140 itself never counts)",
  fix: "propose it for Resolution 140 (wsis-consolidate propose)",
  stage: "check",
};

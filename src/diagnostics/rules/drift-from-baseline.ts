import type { Rule } from "../rule.js";

export const driftFromBaseline: Rule = {
  id: "drift-from-baseline",
  severity: "error",
  description:
    "with --baseline, an item identical in the three Sectors in the baseline consolidation.json is no longer identical",
  fix: "restore the common wording, or agree the change in all three Sectors",
  stage: "check",
};

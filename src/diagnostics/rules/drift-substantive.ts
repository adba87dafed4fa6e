import type { Rule } from "../rule.js";

export const driftSubstantive: Rule = {
  id: "drift-substantive",
  severity: "warning",
  description:
    "common text of the three Sectors is worded differently, and the difference is not known to be editorial",
  fix: "let the delegations decide whether the Sectors should say the same thing",
  stage: "check",
};

import type { Rule } from "../rule.js";

export const driftEditorial: Rule = {
  id: "drift-editorial",
  severity: "warning",
  description:
    "common text of the three Sectors is worded differently, in ways known to have the same effect",
  fix: "align the wordings when the texts are next revised",
  stage: "check",
};

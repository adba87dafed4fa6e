import type { Rule } from "../rule.js";

export const citationMalformed: Rule = {
  id: "citation-malformed",
  severity: "error",
  description:
    'a revision in a citation is not written "(Rev. Place, Year)" (the pending "(Rev. [Place], [Year])" is well formed)',
  fix: 'write it as "(Rev. Place, Year)"',
  stage: "check",
};

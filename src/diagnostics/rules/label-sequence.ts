import type { Rule } from "../rule.js";

export const labelSequence: Rule = {
  id: "label-sequence",
  severity: "warning",
  description: 'a label skips or goes back ("c)" after "a)"), or a `2.1` stands under item 1',
  fix: "fix the numbering, or add the missing item",
  stage: "parse",
};

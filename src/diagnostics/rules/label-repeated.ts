import type { Rule } from "../rule.js";

export const labelRepeated: Rule = {
  id: "label-repeated",
  severity: "warning",
  description: "a label repeats the label of the item before it",
  fix: "re-letter or renumber the items",
  stage: "parse",
};

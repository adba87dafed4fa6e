import type { Rule } from "../rule.js";

export const endPunctuation: Rule = {
  id: "end-punctuation",
  severity: "warning",
  description:
    'an item does not end as its place requires: ";" between items ("; and" allowed), "," on the last item of a keyword group, "." on the very last item',
  fix: "change the end punctuation of the item",
  stage: "parse",
};

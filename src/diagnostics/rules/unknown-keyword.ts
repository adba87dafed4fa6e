import type { Rule } from "../rule.js";

export const unknownKeyword: Rule = {
  id: "unknown-keyword",
  severity: "warning",
  description:
    'a line looks like a keyword (italic, a heading, or a short unpunctuated "…ing" line) but is not a known one',
  fix: "use a known keyword (docs/domain.md), or make the line part of an item",
  stage: "parse",
};

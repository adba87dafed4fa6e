import type { Rule } from "../rule.js";

export const outputCharacters: Rule = {
  id: "output-characters",
  severity: "warning",
  description:
    "a line holds characters an output cannot hold as they are: CriticMarkup delimiters (escaped in the revision files) or control characters (U+FFFD in the Word files)",
  fix: "remove them from the source unless they belong there; the clean Markdown keeps them as they are",
  stage: "render",
};

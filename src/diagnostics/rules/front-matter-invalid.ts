import type { Rule } from "../rule.js";

export const frontMatterInvalid: Rule = {
  id: "front-matter-invalid",
  severity: "warning",
  description: "the YAML front matter does not parse, or is not a mapping; it is ignored",
  fix: "fix it or remove it",
  stage: "parse",
};

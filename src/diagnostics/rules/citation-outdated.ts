import type { Rule } from "../rule.js";

export const citationOutdated: Rule = {
  id: "citation-outdated",
  severity: "warning",
  description: "a resolution is cited in an older revision than the newest cited for it in the files checked",
  fix: "cite the newest revision",
  stage: "check",
};

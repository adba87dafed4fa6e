import type { Rule } from "../rule.js";

export const planHeading: Rule = {
  id: "plan-heading",
  severity: "info",
  description:
    "a proposal's heading has no revision the tool can update to the coming one (`--revision`, `--itu-r-meeting` ...), or already announces it and is left as it is",
  fix: "check the heading and preamble, and add the revision by hand where none is found",
  stage: "plan",
};

import type { Rule } from "../rule.js";

export const planHeading: Rule = {
  id: "plan-heading",
  severity: "info",
  description: "Resolution 140's heading has no revision to update to `--revision`",
  fix: "check the heading, and add the revision by hand",
  stage: "plan",
};

import type { Rule } from "../rule.js";

export const roleUnknown: Rule = {
  id: "role-unknown",
  severity: "warning",
  description: "neither front matter nor heading and preamble tell which of the four resolutions this is",
  fix: "add front matter (body: WTSA), or name the role with --role (parse) or --pp/--itu-r/--itu-t/--itu-d",
  stage: "roles",
};

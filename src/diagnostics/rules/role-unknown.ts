import type { Rule } from "../rule.js";

export const roleUnknown: Rule = {
  id: "role-unknown",
  severity: "warning",
  description: "front matter, heading and preamble do not tell which of the four documents this is",
  fix: "add front matter (`body: WTSA`), or name the role (`--role`, `--itu-t` ...)",
  stage: "roles",
};

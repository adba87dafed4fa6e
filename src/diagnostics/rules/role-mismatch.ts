import type { Rule } from "../rule.js";

export const roleMismatch: Rule = {
  id: "role-mismatch",
  severity: "warning",
  description:
    "a role flag names a file whose front matter, heading or preamble says it is another of the four documents",
  fix: "check the flag (it wins over the text): name the file with the flag of the document it is",
  stage: "roles",
};

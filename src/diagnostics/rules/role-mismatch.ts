import type { Rule } from "../rule.js";

export const roleMismatch: Rule = {
  id: "role-mismatch",
  severity: "warning",
  description:
    "a role flag names a file whose front matter, heading or preamble says it is another resolution",
  fix: "check the flag (it wins over the text): name the file with the flag of the resolution it is",
  stage: "roles",
};

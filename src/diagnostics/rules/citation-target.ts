import type { Rule } from "../rule.js";

export const citationTarget: Rule = {
  id: "citation-target",
  severity: "warning",
  description: "Resolution 140 is cited in a revision other than the target (--revision)",
  fix: "cite Resolution 140 in the target revision",
  stage: "check",
  options: {
    revision: {
      type: "string",
      description:
        'the revision Resolution 140 should be cited in ("Rev. Bucharest, 2022"); default: the `revision` setting',
      default: null,
    },
  },
};

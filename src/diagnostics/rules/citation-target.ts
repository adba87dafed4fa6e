import type { Rule } from "../rule.js";

export const citationTarget: Rule = {
  id: "citation-target",
  severity: "warning",
  description:
    "Resolution 140 is cited in a revision other than the target (--revision); without one, older than the newest in the files",
  fix: "cite Resolution 140 in the target revision, the newest, or the pending one",
  stage: "check",
  options: {
    revision: {
      type: "string",
      description:
        'the revision Resolution 140 should be cited in ("Rev. Doha, 2026"); default: the `revision` setting, else the newest in the files checked or the pending one',
      default: null,
    },
  },
};

import type { Rule } from "../rule.js";

export const duplicateOfParent: Rule = {
  id: "duplicate-of-parent",
  severity: "error",
  description:
    "a Sector item says what a Resolution 140 item already says (the same text once Sector terms and citation revisions are set aside), under the same or a narrower addressee",
  fix: "remove the Sector item: Resolution 140 already holds it",
  stage: "check",
  options: {
    linked: {
      type: "boolean",
      description:
        "also report the members of an identical common group that the analysis links to a Resolution 140 item (similar wording, the group propose suppresses)",
      default: true,
    },
  },
};

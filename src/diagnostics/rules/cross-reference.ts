import type { Rule } from "../rule.js";

export const crossReference: Rule = {
  id: "cross-reference",
  severity: "error",
  description: 'a reference such as "resolves 3" or "recognizing b)" names no item of the resolution',
  fix: "correct the reference, or restore the item it names",
  stage: "check",
};

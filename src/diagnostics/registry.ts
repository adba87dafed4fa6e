/**
 * Every diagnostic rule, in the order the README's table lists them (a test checks the table against
 * this list). A new rule is a module in ./rules/ and a line here.
 */
import type { Rule } from "./rule.js";
import { crossReferenceMoved } from "./rules/cross-reference-moved.js";
import { crossReferenceSuppressed } from "./rules/cross-reference-suppressed.js";
import { frontMatterInvalid } from "./rules/front-matter-invalid.js";
import { itemBeforeKeyword } from "./rules/item-before-keyword.js";
import { labelRepeated } from "./rules/label-repeated.js";
import { labelSequence } from "./rules/label-sequence.js";
import { orphanText } from "./rules/orphan-text.js";
import { planGroupSkipped } from "./rules/plan-group-skipped.js";
import { planHeading } from "./rules/plan-heading.js";
import { recallingDuplicate } from "./rules/recalling-duplicate.js";
import { roleMismatch } from "./rules/role-mismatch.js";
import { roleUnknown } from "./rules/role-unknown.js";
import { unknownKeyword } from "./rules/unknown-keyword.js";

export const RULES = {
  itemBeforeKeyword,
  unknownKeyword,
  labelSequence,
  labelRepeated,
  orphanText,
  frontMatterInvalid,
  roleUnknown,
  roleMismatch,
  planGroupSkipped,
  planHeading,
  crossReferenceMoved,
  crossReferenceSuppressed,
  recallingDuplicate,
} as const satisfies Record<string, Rule>;

/** The rules in table order. */
export const RULE_LIST: readonly Rule[] = Object.values(RULES);

/** The rule with this id, or undefined. */
export function ruleById(id: string): Rule | undefined {
  return RULE_LIST.find((rule) => rule.id === id);
}

/**
 * Every diagnostic rule, in the order the README's table lists them (a test checks the table against
 * this list). A new rule is a module in ./rules/ and a line here.
 */
import type { Rule } from "./rule.js";
import { citationMalformed } from "./rules/citation-malformed.js";
import { citationOutdated } from "./rules/citation-outdated.js";
import { citationTarget } from "./rules/citation-target.js";
import { commonNotConsolidated } from "./rules/common-not-consolidated.js";
import { crossReference } from "./rules/cross-reference.js";
import { crossReferenceMoved } from "./rules/cross-reference-moved.js";
import { crossReferenceSuppressed } from "./rules/cross-reference-suppressed.js";
import { driftEditorial } from "./rules/drift-editorial.js";
import { driftFromBaseline } from "./rules/drift-from-baseline.js";
import { driftSubstantive } from "./rules/drift-substantive.js";
import { duplicateOfParent } from "./rules/duplicate-of-parent.js";
import { emptyKeywordGroup } from "./rules/empty-keyword-group.js";
import { endPunctuation } from "./rules/end-punctuation.js";
import { frontMatterInvalid } from "./rules/front-matter-invalid.js";
import { itemBeforeKeyword } from "./rules/item-before-keyword.js";
import { labelRepeated } from "./rules/label-repeated.js";
import { labelSequence } from "./rules/label-sequence.js";
import { orphanText } from "./rules/orphan-text.js";
import { outputCharacters } from "./rules/output-characters.js";
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
  emptyKeywordGroup,
  endPunctuation,
  frontMatterInvalid,
  roleUnknown,
  roleMismatch,
  planGroupSkipped,
  planHeading,
  crossReferenceMoved,
  crossReferenceSuppressed,
  recallingDuplicate,
  outputCharacters,
  duplicateOfParent,
  commonNotConsolidated,
  driftEditorial,
  driftSubstantive,
  driftFromBaseline,
  citationMalformed,
  citationOutdated,
  citationTarget,
  crossReference,
} as const satisfies Record<string, Rule>;

/** The rules in table order. */
export const RULE_LIST: readonly Rule[] = Object.values(RULES);

/** The rule with this id, or undefined. */
export function ruleById(id: string): Rule | undefined {
  return RULE_LIST.find((rule) => rule.id === id);
}

/** The plan stage: what moves where, as data, and the check that nothing is lost. */
export type { Body } from "../domain/bodies.js";
export {
  type CitationRevisions,
  citeFromResolution140,
  findCitations,
  newestCitations,
  updateCitations,
} from "../domain/citations.js";
export { findCrossReferences } from "./cross-references.js";
export { DEFAULT_REVISION } from "./defaults.js";
export { headingOffset, olderRevision, planHeader } from "./header.js";
export { type NeutralOptions, type NeutralWording, neutralWording, type WordingFlag } from "./neutral.js";
export { planConsolidation } from "./plan.js";
export { citesResolution140, recallingWording } from "./recalling.js";
export type * from "./types.js";
export { verifyPlan } from "./verify.js";

/** The library: pure functions over the model, no terminal and no file system of the caller's. */

export {
  type AlignOptions,
  alignSectors,
  DEFAULT_LINK_THRESHOLD,
  DEFAULT_THRESHOLD,
  similarity,
  wordBag,
  wordDifferences,
} from "./align/index.js";
export {
  ADDRESSEES,
  type Addressee,
  KEYWORD_MODIFIERS,
  OPERATIVE_VERBS,
  type OperativeVerb,
  PREAMBULAR_KEYWORDS,
  type PreambularKeyword,
  TRAILING_PART_WORDS,
} from "./data/keywords.js";
export * from "./diagnostics.js";
export * from "./model.js";
export {
  comparisonWords,
  type NormalizedText,
  type NormalizeOptions,
  normalizeItem,
  normalizeText,
  RULE_IDS,
  type RuleId,
} from "./normalize/index.js";
export {
  type Engine,
  type ParseOptions,
  type ParseResultWithStats,
  type ParseStats,
  parseResolution,
} from "./parse/index.js";
export { type KeywordMatch, matchKeyword } from "./parse/keywords.js";
export { type Label, type LabelKind, readLabel } from "./parse/labels.js";
export { formatOutlineJson, formatOutlineText, type Outline, outlineOf } from "./parse/outline.js";
export {
  citesResolution140,
  DEFAULT_REVISION,
  findCitations,
  findCrossReferences,
  neutralWording,
  newestCitations,
  planConsolidation,
  recallingWording,
  updateCitations,
  verifyPlan,
} from "./plan/index.js";
export type {
  ConsolidationPlan,
  Destination,
  Ending,
  GroupDecision,
  Mark,
  Placement,
  PlannedDocument,
  PlannedItem,
  PlannedSection,
  PlanOptions,
  PlanVerification,
  ReviewNote,
  Wording,
} from "./plan/types.js";
export {
  countWords,
  type DocumentSummary,
  formatSummary,
  formatWordDiff,
  type InputText,
  OUTPUT_NAMES,
  type OutputFile,
  type ProposalSummary,
  type RenderedMarkdown,
  type RenderedProposal,
  renderConsolidationJson,
  renderMarkdown,
  renderProposal,
  renderUnifiedDiff,
  summarize,
} from "./render/index.js";
export {
  type AnalysisGroup,
  type AnalysisMember,
  type AnalysisPp,
  type AnalysisReport,
  type AnalysisSummary,
  analysisReport,
  formatAnalysisText,
} from "./report/analyze.js";
export { assignRoles, detectRole, parseRole, type RoleDetection } from "./roles.js";
export * from "./terms.js";

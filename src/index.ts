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
export * from "./diagnostics/index.js";
export {
  ADDRESSEES,
  type Addressee,
  KEYWORD_MODIFIERS,
  OPERATIVE_VERBS,
  type OperativeVerb,
  PREAMBULAR_KEYWORDS,
  type PreambularKeyword,
  TRAILING_PART_WORDS,
} from "./domain/keywords.js";
export { assignRoles, detectRole, parseRole, type RoleDetection, resolveRole } from "./domain/roles.js";
export * from "./domain/sector-terms.js";
export * from "./domain/sector-terms-yaml.js";
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
  parseDocument,
  parseResolution,
} from "./parse/index.js";
export { type KeywordMatch, matchKeyword } from "./parse/keywords.js";
export { type Label, type LabelKind, readLabel } from "./parse/labels.js";
export {
  type Body,
  type CitationRevisions,
  citeFromResolution140,
  citesResolution140,
  DEFAULT_REVISION,
  findCitations,
  findCrossReferences,
  type NeutralOptions,
  type NeutralWording,
  neutralWording,
  newestCitations,
  olderRevision,
  planConsolidation,
  recallingWording,
  updateCitations,
  verifyPlan,
  type WordingFlag,
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
  type AnalysisGroup,
  type AnalysisMember,
  type AnalysisPp,
  type AnalysisReport,
  type AnalysisSummary,
  analysisReport,
} from "./render/analysis.js";
export {
  countWords,
  type DocumentSummary,
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
export { formatOutlineJson, type Outline, outlineOf } from "./render/outline.js";
export {
  type ChalkInstance,
  formatAnalysisText,
  formatDiagnostic,
  formatFatal,
  formatOutlineText,
  formatSummary,
  formatWordDiff,
  makeChalk,
  type TextOptions,
  useColor,
} from "./terminal/index.js";

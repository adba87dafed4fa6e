/**
 * planConsolidation: from the four parsed resolutions and the analysis, decide what moves where
 * (docs/domain.md "ITU proposal conventions"). Pure: the plan is data for the renderers and for verifyPlan.
 *
 * 1. Which groups move (src/plan/groups.ts).
 * 2. Resolution 140: the moved items added under their keyword families (src/plan/resolution-140.ts).
 * 3. The Sectors: moved items suppressed, the recalling item placed (src/plan/sectors.ts, recalling.ts).
 * 4. Every document: labels, end punctuation, cross-references, MOD marks (relabel.ts, cross-references.ts).
 * 5. Where every input item went (src/plan/placements.ts).
 */
import { newestCitations } from "../domain/citations.js";
import { defaultSectorTerms } from "../domain/sector-terms.js";
import {
  type AlignResult,
  type Diagnostic,
  type Resolution,
  ROLES,
  type Role,
  SECTOR_ROLES,
  type SectorRole,
} from "../model.js";
import { DEFAULT_REVISION } from "./defaults.js";
import { orphanedDefinitions } from "./definitions.js";
import { chooseGroups } from "./groups.js";
import { headerChanges } from "./header.js";
import { resolveMovedReferences } from "./moved-references.js";
import { placeItems } from "./placements.js";
import { allDocuments, type Fates } from "./planned.js";
import { assignCrossReferences } from "./reference-targets.js";
import { assignEndings, assignLabels, markChangedItems, markChangedSections } from "./relabel.js";
import { headingNotUpdated, planResolution140Sections } from "./resolution-140.js";
import { shortenSector } from "./sectors.js";
import type { ConsolidationPlan, PlannedDocument, PlanOptions } from "./types.js";

/**
 * Builds the consolidation plan. Identical groups not yet in Resolution 140 are added to it in neutral
 * wording; groups it already has stay NOC there; either way the Sector copies are suppressed. Groups
 * citing Resolution 140 itself become the new recalling item of each Sector. Variant groups move only
 * with `includeVariants`.
 */
export function planConsolidation(
  byRole: Record<Role, Resolution>,
  analysis: AlignResult,
  options: Partial<PlanOptions> = {},
): ConsolidationPlan {
  const opts: PlanOptions = {
    revision: options.revision ?? DEFAULT_REVISION,
    includeVariants: options.includeVariants ?? false,
    terms: options.terms ?? defaultSectorTerms(),
  };
  const pp = byRole.pp;
  const diagnostics: Diagnostic[] = [];
  const citations = newestCitations(ROLES.map((r) => byRole[r]));
  const { decisions, fates, additions } = chooseGroups(byRole, analysis, opts.includeVariants, diagnostics);

  const decided = { additions, fates };
  const ppPlanned = planResolution140Sections(byRole, analysis, decided, opts, citations, diagnostics);
  const sectors = {} as Record<SectorRole, PlannedDocument>;
  for (const role of SECTOR_ROLES) {
    sectors[role] = shortenSector(byRole[role], role, fates, opts.revision, diagnostics);
  }
  const ppDoc: PlannedDocument = {
    role: "pp",
    input: pp,
    sections: ppPlanned.sections,
    header: headerChanges(pp, opts.revision),
    definitions: ppPlanned.definitions,
    droppedExtras: [],
  };
  const heading = headingNotUpdated(pp, ppDoc.header, opts.revision);
  if (heading) diagnostics.push(heading);

  finishDocuments(ppDoc, sectors, fates, opts.revision, diagnostics);
  resolveMovedReferences(ppDoc, byRole, fates, opts.terms, diagnostics);
  const placements = placeItems(byRole, { pp: ppDoc, ...sectors }, fates, additions);

  return {
    revision: opts.revision,
    includeVariants: opts.includeVariants,
    pp: ppDoc,
    sectors,
    placements,
    decisions,
    citations,
    diagnostics,
  };
}

/** Labels, end punctuation and cross-references follow the new places; what changed is marked MOD. */
function finishDocuments(
  pp: PlannedDocument,
  sectors: Record<SectorRole, PlannedDocument>,
  fates: Fates,
  revision: string,
  diagnostics: Diagnostic[],
): void {
  for (const planned of allDocuments(pp, sectors)) {
    assignLabels(planned);
    assignEndings(planned);
    markChangedSections(planned);
  }
  for (const role of SECTOR_ROLES) {
    assignCrossReferences(sectors[role], fates, { pp, revision }, diagnostics);
    sectors[role].droppedExtras = orphanedDefinitions(sectors[role]);
  }
  for (const planned of allDocuments(pp, sectors)) markChangedItems(planned);
}

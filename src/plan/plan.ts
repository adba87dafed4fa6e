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
import { newestCitations, PENDING_REVISION, revisionAsCited } from "../domain/citations.js";
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
import { DEFAULT_MEETING, DEFAULT_REVISION } from "./defaults.js";
import { orphanedDefinitions } from "./definitions.js";
import { chooseGroups } from "./groups.js";
import { planHeader } from "./header.js";
import { inviteAssemblies } from "./invite.js";
import { resolveMovedReferences } from "./moved-references.js";
import { assignNotes } from "./notes.js";
import { placeItems } from "./placements.js";
import { allDocuments, type Fates } from "./planned.js";
import { assignCrossReferences } from "./reference-targets.js";
import { assignEndings, assignLabels, markChangedItems, markChangedSections } from "./relabel.js";
import { planResolution140Sections } from "./resolution-140.js";
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
  options: Partial<Omit<PlanOptions, "meetings">> & { meetings?: Partial<Record<SectorRole, string>> } = {},
): ConsolidationPlan {
  const opts: PlanOptions = {
    revision: options.revision ?? DEFAULT_REVISION,
    meetings: {
      "ITU-R": DEFAULT_MEETING,
      "ITU-T": DEFAULT_MEETING,
      "ITU-D": DEFAULT_MEETING,
      ...options.meetings,
    },
    inviteAssemblies: options.inviteAssemblies ?? false,
    includeVariants: options.includeVariants ?? false,
    terms: options.terms ?? defaultSectorTerms(),
  };
  const pp = byRole.pp;
  const diagnostics: Diagnostic[] = [];
  const citations = newestCitations(ROLES.map((r) => byRole[r]));
  const { decisions, fates, additions } = chooseGroups(byRole, analysis, opts.includeVariants, diagnostics);

  const decided = { additions, fates };
  const ppPlanned = planResolution140Sections(byRole, analysis, decided, opts, citations, diagnostics);
  const ppSections = ppPlanned.sections;
  if (opts.inviteAssemblies && fates.size > 0) inviteAssemblies(byRole, ppSections);
  // Resolution 140 is revised only when it gains provisions; else the Sectors recall it as it stands.
  const revised = ppSections.some((s) => s.items.some((i) => i.mark === "ADD"));
  const revision = revised ? opts.revision : (ownRevision(pp) ?? opts.revision);
  const sectors = {} as Record<SectorRole, PlannedDocument>;
  for (const role of SECTOR_ROLES) {
    sectors[role] = shortenSector(byRole[role], role, fates, revision, diagnostics);
    if (sectors[role].sections.some((s) => s.mark !== "NOC" || s.items.some((i) => i.mark !== "NOC"))) {
      const header = planHeader(byRole[role], role, opts.meetings[role]);
      sectors[role].header = header.changes;
      diagnostics.push(...header.diagnostics);
    }
  }
  const ppDoc: PlannedDocument = {
    role: "pp",
    input: pp,
    sections: ppSections,
    header: [],
    definitions: ppPlanned.definitions,
    droppedExtras: [],
  };
  if (revised) {
    const header = planHeader(pp, "pp", opts.revision);
    ppDoc.header = header.changes;
    diagnostics.push(...header.diagnostics);
  }

  finishDocuments(ppDoc, sectors, fates, revision, diagnostics);
  resolveMovedReferences(ppDoc, byRole, fates, opts.terms, diagnostics);
  const placements = placeItems(byRole, { pp: ppDoc, ...sectors }, fates, additions);

  const plan: ConsolidationPlan = {
    revision,
    meetings: opts.meetings,
    includeVariants: opts.includeVariants,
    pp: ppDoc,
    sectors,
    placements,
    decisions,
    citations,
    diagnostics,
  };
  assignNotes(plan);
  return plan;
}

/** Resolution 140's own revision as cited ("Rev. Dubai, 2018"), or null when its heading has none. */
function ownRevision(pp: Resolution): string | null {
  const rev = pp.revision;
  if (rev?.pending) return PENDING_REVISION;
  return rev?.year !== undefined ? revisionAsCited(rev.text, rev.place, rev.year) : null;
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

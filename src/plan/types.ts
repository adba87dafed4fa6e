/**
 * The consolidation plan: what moves where, as data. `planConsolidation` builds it from the parsed
 * resolutions and the analysis; the renderers turn it into Markdown, diffs and JSON; `verifyPlan`
 * checks that nothing is lost before anything is written.
 */

import type { CitationRevisions } from "../domain/citations.js";
import type { SectorTerms } from "../domain/sector-terms.js";
import type {
  CommonGroup,
  Diagnostic,
  ItemRef,
  Resolution,
  Role,
  SectionKind,
  SectorRole,
} from "../model.js";

/** ITU margin marks (docs/domain.md "ITU proposal conventions"). */
export type Mark = "ADD" | "MOD" | "NOC" | "SUP";

/** End-of-item punctuation: ";" between items, "," before the next keyword, "." at the very end. */
export type Ending = ";" | "; and" | "," | ".";

export interface PlanOptions {
  /** The coming revision of Resolution 140, as cited: default the pending "Rev. [Place], [Year]". */
  revision: string;
  /**
   * The next meeting of each Sector's assembly or conference, which gives the shortened text its next
   * revision ("Geneva, 2027"): default the pending "[Place], [Year]".
   */
  meetings: Record<SectorRole, string>;
  /** Resolution 140 invites the three Sector meetings to review their resolutions (default false). */
  inviteAssemblies: boolean;
  /** Move variant groups too, with the wording most Sectors share (default false). */
  includeVariants: boolean;
  /** The Sector-term table used to derive neutral wording. */
  terms: SectorTerms;
}

/** A terminal-punctuation change of an item kept in place. */
export interface EndingChange {
  /** As written at the end of the item ("; and", ",", "" when it had none; ";[^1]" with the footnote mark after it). */
  from: string;
  /** The new ending, after the footnote marks that followed the old one ("[^1],"): a mark stays with its word. */
  to: string;
  /** Offsets in `Item.source` of the text replaced (empty range when inserting). */
  start: number;
  end: number;
}

/** An internal cross-reference ("resolves 3", "recognizing b)") inside a kept item, as it must read now. */
export interface CrossReference {
  /** Offsets in `Item.source` of the text replaced: a label, or the whole reference. */
  start: number;
  end: number;
  /** The keyword the reference names, as written ("resolves", "recognizing further"). */
  keyword: string;
  /** The text replaced, as written ("3", "b)", "resolves 3 above"). */
  from: string;
  /**
   * What it reads now ("2", "resolves 7 of Resolution 140 (Rev. [Place], [Year])"); null when the new
   * place of an item it names cannot be named: the reference is then bracketed for review.
   */
  to: string | null;
  /** renumbered: in its own text; resolution-140: (partly) to Resolution 140; target-gone: bracketed. */
  status: "renumbered" | "resolution-140" | "target-gone";
  /** The (first) referenced item in the input. */
  target: ItemRef | null;
}

/**
 * The text of a new or rewritten item and its sub-items, as Markdown without labels or end
 * punctuation: a moved item's source Markdown with only the changes its move allows
 * (docs/how-it-works.md "What a moved item carries").
 */
export interface Wording {
  text: string;
  subitems: { label: string | null; text: string; linePrefix: string; blankLineBefore: boolean }[];
}

/** Why the drafters should read an item again before the proposal is tabled. */
export interface ReviewNote {
  rule:
    | "neutral-wording"
    | "agreement"
    | "citation-revision"
    | "variant-choice"
    | "cites-resolution-140"
    | "cross-reference"
    | "same-citation"
    | "meeting-name"
    | "placement"
    | "this-resolution"
    | "footnote";
  message: string;
  /** The words this note put or kept in [square brackets] in the text, brackets included. */
  bracketed?: string;
}

/** One item of an output document, in order. Suppressed items stay in the list, marked SUP. */
export interface PlannedItem {
  mark: Mark;
  /** Where it stood in this document's input (section and item index), or null for a new item. */
  origin: { section: number; item: number } | null;
  /** The canonical label in the input ("b)", "3") or null. */
  oldLabel: string | null;
  /** The canonical label now; null when unlabelled (in a section whose items have no labels) or suppressed. */
  label: string | null;
  /** For new or rewritten items: the wording. Null for items kept from the source. */
  wording: Wording | null;
  /** For kept items whose end punctuation changes. */
  ending: EndingChange | null;
  /** The end punctuation of new items. */
  newEnding: Ending | null;
  /** Label changes of sub-items numbered after their item ("1.1" -> "2.1"). */
  subLabels: { subitem: number; from: string; to: string }[];
  crossReferences: CrossReference[];
  /** For kept items: citations brought to the newest revision (offsets in `Item.source`). */
  citationChanges: { start: number; end: number; from: string; to: string }[];
  review: ReviewNote[];
  /** For an item ADDed to Resolution 140: the Sector items it replaces. */
  sources: ItemRef[];
  /** For an item ADDed to Resolution 140: the Sector item whose wording it has. */
  wordingFrom: ItemRef | null;
  /** For SUP items: why they went and where (a placement index in `ConsolidationPlan.placements`). */
  placement: number | null;
  /**
   * For a provision that moved, where the other end is: "moved to Resolution 140, considering d)" on
   * its SUP in a Sector, "moved from ..." on its ADD in Resolution 140 (src/plan/notes.ts).
   */
  note?: string;
  /** The invitation to the Sector meetings that Resolution 140 gains with --invite-assemblies. */
  invitation?: boolean;
  /** This Sector's one item recalling Resolution 140 (new, rewritten, or kept with its citation updated). */
  recalling?: boolean;
}

export interface PlannedSection {
  mark: Mark;
  /** Index in the input's `sections`, or null for a keyword group the plan creates. */
  origin: number | null;
  keyword: string;
  family: string;
  kind: SectionKind;
  items: PlannedItem[];
}

/** A change of the heading, preamble or front matter (Resolution 140 cites itself as the new revision). */
export interface HeaderChange {
  part: "heading" | "preamble" | "front-matter";
  /** 1-based line in the input. */
  line: number;
  /** Offsets in `Resolution.source`. */
  start: number;
  end: number;
  from: string;
  to: string;
}

/** A footnote or link definition a moved item brings into Resolution 140. */
export interface AddedDefinition {
  kind: "footnote" | "link";
  /** The name it has in Resolution 140 (a footnote renamed when its name is taken there: "n1-2"). */
  name: string;
  /** The name in the source, and where the source defines it. */
  sourceName: string;
  from: { role: SectorRole; file: string; line: number };
  /** The definition's Markdown after `[name]:`. */
  body: string;
}

export interface PlannedDocument {
  role: Role;
  input: Resolution;
  sections: PlannedSection[];
  header: HeaderChange[];
  /** Definitions added at the end of the text (Resolution 140: those its new items refer to). */
  definitions: AddedDefinition[];
  /** Indices in `input.extras` of definitions no item refers to any more (a Sector's, gone with its items). */
  droppedExtras: number[];
}

/** Where one input item ended up. */
export type Destination =
  /** Still in its own document (possibly re-lettered or re-punctuated). */
  | { kind: "kept"; document: Role; section: number; item: number; label: string | null }
  /** Moved into Resolution 140 as a new item. */
  | { kind: "moved"; document: "pp"; section: number; item: number; label: string | null }
  /** Suppressed because Resolution 140 already has the same provision. */
  | { kind: "matched"; document: "pp"; section: number; item: number; label: string | null; pp: ItemRef }
  /** A common item citing Resolution 140 itself: replaced by the Sector's new recalling item. */
  | { kind: "recalled"; document: SectorRole; section: number; item: number; label: string | null };

export interface Placement {
  from: ItemRef;
  to: Destination;
  /** Index of the analysis group that decided it (in `analysis.common`), or null. */
  group: number | null;
}

/** What the plan did with one group of the analysis. */
export interface GroupDecision {
  /** Index in `analysis.common`. */
  group: number;
  kind: CommonGroup["kind"];
  /** For a variant: editorial or substantive (src/align); null when identical. */
  variantClass: "editorial" | "substantive" | null;
  /** "differs" when the Sectors place the provision under different keywords. */
  placement: "same" | "differs";
  family: string;
  /**
   * add: new in Resolution 140; noc: already there; recalling: cites Resolution 140, replaced by the
   * recalling item; kept-recalling: cites Resolution 140 but nothing else moves, so left as it is;
   * kept-variant: a variant (a substantive one always; an editorial one or a provision placed under
   * different keywords without --include-variants) left in the Sectors; kept-narrower: Resolution 140
   * says it for fewer parties (a narrower link), so the Sector items stay; skipped: malformed, left in place.
   */
  action: "add" | "noc" | "recalling" | "kept-recalling" | "kept-variant" | "kept-narrower" | "skipped";
  /** For a kept group: why, in words for the drafters; else null. */
  reason: string | null;
  /** For add: where the new item stands in the proposed Resolution 140. */
  section: number | null;
  item: number | null;
  /** For a variant moved with --include-variants: whose wording was used and why. */
  choice: { wording: SectorRole; sharedBy: SectorRole[]; reason: string } | null;
}

export interface ConsolidationPlan {
  /** The revision of Resolution 140 the proposals cite: the coming one, or its own when it does not change. */
  revision: string;
  /** The next meeting of each Sector's assembly or conference, as its shortened text names it. */
  meetings: Record<SectorRole, string>;
  includeVariants: boolean;
  pp: PlannedDocument;
  sectors: Record<SectorRole, PlannedDocument>;
  placements: Placement[];
  decisions: GroupDecision[];
  /** The newest revision of each resolution cited in the inputs, by body and number ("WTSA" -> "75" -> "Rev. Geneva, 2022"). */
  citations: CitationRevisions;
  /** Cross-references that pointed to a suppressed item, and other problems for the drafters. */
  diagnostics: Diagnostic[];
}

export interface PlanVerification {
  ok: boolean;
  problems: string[];
}

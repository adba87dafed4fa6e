/**
 * Resolution 140 in the plan: its text stays (NOC), and each group that moves is added under its
 * keyword family, in neutral wording, after what the family already has; a family it lacks gets a new
 * keyword group in canonical order. The heading cites the coming revision (src/plan/header.ts).
 */
import { diagnostic, RULES } from "../diagnostics/index.js";
import { findCitations } from "../domain/citations.js";
import {
  type AlignResult,
  type CommonGroup,
  type Diagnostic,
  type Item,
  type ItemRef,
  type Resolution,
  type Role,
  SECTOR_ROLES,
  type Section,
  type SectorRole,
} from "../model.js";
import { findCrossReferences } from "./cross-references.js";
import type { Addition } from "./groups.js";
import { baseKeyword, insertionIndex } from "./keywords.js";
import { neutralWording } from "./neutral.js";
import { itemAt, keptSections, newItem } from "./planned.js";
import type { HeaderChange, PlannedSection, PlanOptions, ReviewNote, Wording } from "./types.js";
import { chooseVariant, describeDifferences } from "./variant.js";
import { deriveWording } from "./wording.js";

/** One member of a group that moves, with the wording derived from it. */
interface MemberWording {
  role: SectorRole;
  ref: ItemRef;
  doc: Resolution;
  item: Item;
  wording: Wording;
  review: ReviewNote[];
}

/** What placing the additions needs besides the additions themselves. */
interface AdditionContext {
  byRole: Record<Role, Resolution>;
  analysis: AlignResult;
  options: PlanOptions;
  citations: Record<string, string>;
  ppCitations: CitationIndex;
  diagnostics: Diagnostic[];
}

const memberOf = (a: { members: ItemRef[] }, role: SectorRole) =>
  a.members.find((m) => m.role === role) as ItemRef;

/**
 * The keyword groups of Resolution 140 with the additions placed, in the order the first Sector has
 * them. Sorts `additions` into that order.
 */
export function planResolution140Sections(
  byRole: Record<Role, Resolution>,
  analysis: AlignResult,
  additions: Addition[],
  options: PlanOptions,
  citations: Record<string, string>,
  diagnostics: Diagnostic[],
): PlannedSection[] {
  const pp = byRole.pp;
  const context = { byRole, analysis, options, citations, ppCitations: citationIndex(pp), diagnostics };
  const sections = keptSections(pp);
  const firstRole = SECTOR_ROLES[0] as SectorRole;
  additions.sort((a, b) => {
    const x = memberOf(a, firstRole);
    const y = memberOf(b, firstRole);
    return x.section - y.section || x.item - y.item;
  });
  for (const addition of additions) placeAddition(sections, addition, context);
  return sections;
}

/** The member of an addition whose place (keyword, label) stands for it: the first Sector's. */
export function firstMember(addition: Addition): ItemRef {
  return memberOf(addition, SECTOR_ROLES[0] as SectorRole);
}

function placeAddition(sections: PlannedSection[], addition: Addition, context: AdditionContext): void {
  const group = context.analysis.common[addition.group] as CommonGroup;
  const derived = SECTOR_ROLES.map((role) => memberWording(addition, role, context));
  const chosen =
    group.kind === "variant"
      ? chosenVariant(group, derived, addition, context.options)
      : (derived[0] as MemberWording);
  const review = [...chosen.review, ...movedReferenceNotes(chosen, context.diagnostics)];
  const target = sectionFor(sections, group.family, chosen, context.options);
  for (const note of sameCitations(context.ppCitations, group.family, chosen.wording)) review.push(note);
  const planned = newItem(
    chosen.wording,
    review,
    SECTOR_ROLES.map((r) => memberOf(addition, r)),
  );
  (sections[target] as PlannedSection).items.push(planned);
}

function memberWording(addition: Addition, role: SectorRole, context: AdditionContext): MemberWording {
  const ref = memberOf(addition, role);
  const doc = context.byRole[role];
  const item = itemAt(doc, ref) as Item;
  return { role, ref, doc, item, ...deriveWording(doc, role, item, context.options, context.citations) };
}

/** The member whose wording a variant takes; the choice goes on the decision and in a review note. */
function chosenVariant(
  group: CommonGroup,
  derived: MemberWording[],
  addition: Addition,
  options: PlanOptions,
): MemberWording {
  const choice = chooseVariant(
    derived.map((d) => ({
      role: d.role,
      text: [d.wording.text, ...d.wording.subitems.map((s) => s.text)].join(" "),
      item: d.item,
    })),
    options.terms,
  );
  const chosen = derived.find((d) => d.role === choice.wording) as MemberWording;
  addition.decision.choice = choice;
  chosen.review.push({
    rule: "variant-choice",
    message: `variant: ${choice.reason}; differences ${describeDifferences(group) || "(none listed)"}`,
  });
  return chosen;
}

/** A moved item that refers to items of its own resolution: the reference must be rewritten. */
function movedReferenceNotes(chosen: MemberWording, diagnostics: Diagnostic[]): ReviewNote[] {
  const refs = findCrossReferences(
    chosen.item.source,
    chosen.doc.sections.map((s) => s.keyword),
  );
  if (refs.length === 0) return [];
  const names = refs.map((r) => `${r.keyword} ${r.label}`).join(", ");
  diagnostics.push(
    diagnostic(
      RULES.crossReferenceMoved,
      chosen.doc.file,
      { line: chosen.item.line, column: chosen.item.column },
      `item moved to Resolution 140 refers to ${names} of this resolution; rewrite the reference in Resolution 140`,
    ),
  );
  return [
    { rule: "cross-reference", message: `refers to ${names} of ${chosen.doc.file}; rewrite the reference` },
  ];
}

/**
 * The keyword group a new item of `family` goes to: the last one of that family, else a new one, named
 * after the chosen member's keyword (made neutral, without "further") and placed in canonical order.
 */
function sectionFor(
  sections: PlannedSection[],
  family: string,
  chosen: MemberWording,
  options: PlanOptions,
): number {
  let target = -1;
  sections.forEach((s, index) => {
    if (s.family === family) target = index;
  });
  if (target >= 0) return target;
  const section = chosen.doc.sections[chosen.ref.section] as Section;
  const keyword = neutralWording(baseKeyword(section.keyword), chosen.role, options.terms).text;
  target = insertionIndex(sections, family, section.kind);
  sections.splice(target, 0, { mark: "ADD", origin: null, keyword, family, kind: section.kind, items: [] });
  return target;
}

/** Where Resolution 140 cites each resolution, by keyword family: family -> resolution -> places. */
type CitationIndex = Map<string, Map<string, string[]>>;

function citationIndex(pp: Resolution): CitationIndex {
  const index: CitationIndex = new Map();
  for (const section of pp.sections) {
    const byKey = index.get(section.family) ?? new Map<string, string[]>();
    index.set(section.family, byKey);
    for (const item of section.items) {
      for (const c of findCitations(item.text)) {
        const place = `${section.keyword} ${item.label ?? ""}`.trimEnd();
        const places = byKey.get(c.key) ?? [];
        if (!places.includes(place)) places.push(place);
        byKey.set(c.key, places);
      }
    }
  }
  return index;
}

/** A new item citing a resolution that Resolution 140 already cites under the same keyword family. */
function sameCitations(index: CitationIndex, family: string, wording: Wording): ReviewNote[] {
  const keys = new Set(
    [wording.text, ...wording.subitems.map((s) => s.text)].flatMap((t) => findCitations(t).map((c) => c.key)),
  );
  const notes: ReviewNote[] = [];
  for (const k of keys) {
    for (const place of index.get(family)?.get(k) ?? []) {
      notes.push({
        rule: "same-citation",
        message: `Resolution 140 already cites Resolution ${k} in ${place}; check that this item does not repeat it`,
      });
    }
  }
  return notes;
}

/** Resolution 140's heading should cite the coming revision: reported when no revision was found to update. */
export function headingNotUpdated(
  pp: Resolution,
  header: HeaderChange[],
  revision: string,
): Diagnostic | null {
  // Headings are often in capitals ("(REV. BUCHAREST, 2022)"): the revision is there in any case.
  const squash = (text: string) => text.replace(/\s+/g, " ").toLowerCase();
  if (
    !revision ||
    header.some((h) => h.part === "heading") ||
    squash(pp.heading ?? "").includes(squash(revision))
  )
    return null;
  return diagnostic(
    RULES.planHeading,
    pp.file,
    null,
    `no revision found in the heading to update to "${revision}"; check the heading`,
  );
}

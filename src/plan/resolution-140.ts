/**
 * Resolution 140 in the plan: its text stays (NOC), and each group that moves is added under its
 * keyword family, in neutral wording, after what the family already has; a family it lacks gets a new
 * keyword group in canonical order. The heading cites the coming revision (src/plan/header.ts).
 */
import type { CitationRevisions } from "../domain/citations.js";
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
import { TargetDefinitions } from "./definitions.js";
import type { Addition } from "./groups.js";
import { insertionIndex, meaningModifier, newGroupKeyword } from "./keywords.js";
import { neutralWording } from "./neutral.js";
import { type Fates, itemAt, itemKey, keptSections, newItem, refOf } from "./planned.js";
import { rewriteProse } from "./prose.js";
import { bracketed, CitationIndex, type CitingItem, updateItemCitations } from "./same-citation.js";
import type {
  AddedDefinition,
  GroupDecision,
  PlannedSection,
  PlanOptions,
  ReviewNote,
  Wording,
} from "./types.js";
import { type QuoteStyle, quoteEdits, quoteStyle } from "./typography.js";
import { chooseVariant, describeDifferences, placementNote } from "./variant.js";
import { bracketVariantDifferences } from "./variant-brackets.js";
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
  citations: CitationRevisions;
  ppCitations: CitationIndex;
  /** How Resolution 140 writes quotes, which moved text follows. */
  quotes: QuoteStyle | null;
  definitions: TargetDefinitions;
  fates: Fates;
  diagnostics: Diagnostic[];
}

/** The groups of the analysis as the plan decided them, which placing the additions may revise. */
export interface Decided {
  additions: Addition[];
  fates: Fates;
}

const memberOf = (a: { members: ItemRef[] }, role: SectorRole) =>
  a.members.find((m) => m.role === role) as ItemRef;

/**
 * The keyword groups of Resolution 140 with the additions placed, in the order the first Sector has
 * them, and the definitions the new items bring. Sorts `decided.additions` into that order; an
 * addition that Resolution 140 turns out to have already (the same citation, saying the same) leaves
 * it and becomes a match (its fates too).
 */
export function planResolution140Sections(
  byRole: Record<Role, Resolution>,
  analysis: AlignResult,
  decided: Decided,
  options: PlanOptions,
  citations: CitationRevisions,
  diagnostics: Diagnostic[],
): { sections: PlannedSection[]; definitions: AddedDefinition[] } {
  const pp = byRole.pp;
  const context: AdditionContext = {
    byRole,
    analysis,
    options,
    citations,
    ppCitations: new CitationIndex(pp),
    quotes: quoteStyle(pp),
    definitions: new TargetDefinitions(pp),
    fates: decided.fates,
    diagnostics,
  };
  const sections = keptSections(pp);
  const firstRole = SECTOR_ROLES[0] as SectorRole;
  const additions = decided.additions;
  additions.sort((a, b) => {
    const x = memberOf(a, firstRole);
    const y = memberOf(b, firstRole);
    return x.section - y.section || x.item - y.item;
  });
  for (const addition of [...additions]) {
    if (placeAddition(sections, addition, context)) continue;
    additions.splice(additions.indexOf(addition), 1);
  }
  newestInMatched(sections, context);
  return { sections, definitions: context.definitions.added };
}

/** The member of an addition whose place (keyword, label) stands for it: the first Sector's. */
export function firstMember(addition: Addition): ItemRef {
  return memberOf(addition, SECTOR_ROLES[0] as SectorRole);
}

/**
 * Adds the item of one group to Resolution 140; false when Resolution 140 already has it (an item
 * citing the same document and saying the same), which then stands for the group.
 */
function placeAddition(sections: PlannedSection[], addition: Addition, context: AdditionContext): boolean {
  const group = context.analysis.common[addition.group] as CommonGroup;
  const derived = SECTOR_ROLES.map((role) => memberWording(addition, role, context));
  const chosen =
    group.kind === "variant"
      ? chosenVariant(group, derived, addition, context.options)
      : (derived[0] as MemberWording);
  const citing = context.ppCitations.citing(group.family, chosen.wording);
  const same = context.ppCitations.sameAs(citing, chosen.wording, context.options.terms);
  if (same) return matchExisting(sections, addition, same, context);
  const review = [...chosen.review];
  if (group.placement === "differs") review.push({ rule: "placement", message: placementNote(group) });
  let wording = context.definitions.bring(chosen.wording, chosen.doc, chosen.role, review);
  if (context.quotes) wording = inQuoteStyle(wording, context.quotes);
  if (citing.length > 0) {
    wording = bracketed(wording);
    review.push({
      rule: "same-citation",
      message: `Resolution 140 already cites ${[...new Set(citing.map((c) => c.cited))].join(", ")} in ${citing.map((c) => c.place).join(", ")}, in other words: bracketed for the delegations to keep one or both`,
      bracketed: wording.text,
    });
  }
  const target = sectionFor(sections, group.family, chosen, context.options);
  const planned = newItem(
    wording,
    review,
    SECTOR_ROLES.map((r) => memberOf(addition, r)),
  );
  planned.wordingFrom = chosen.ref;
  (sections[target] as PlannedSection).items.push(planned);
  return true;
}

/**
 * The group is the Resolution 140 item `at` (it cites the same document and says the same): the Sector
 * items are matched to it, and its citations take the newest revision.
 */
function matchExisting(
  sections: PlannedSection[],
  addition: Addition,
  at: CitingItem,
  context: AdditionContext,
): false {
  const pp = context.byRole.pp;
  const ref = refOf(pp, "pp", at.section, at.item);
  for (const m of addition.members) {
    const fate = context.fates.get(itemKey(m.role, m.section, m.item));
    if (fate) context.fates.set(itemKey(m.role, m.section, m.item), { ...fate, kind: "matched", pp: ref });
  }
  const decision: GroupDecision = addition.decision;
  decision.action = "noc";
  updateItemCitations(sections, at, itemAt(pp, at) as Item, context.citations);
  const planned = sections[at.section]?.items[at.item];
  planned?.review.push({
    rule: "same-citation",
    message: `the three Sectors say what ${at.place} says: their items are suppressed, and its citations take the newest revision`,
  });
  return false;
}

/**
 * A Resolution 140 item that the Sectors' items were matched to is the consolidated text of them: it
 * cites the newest revision of each document it cites (MOD where that changes it).
 */
function newestInMatched(sections: PlannedSection[], context: AdditionContext): void {
  const pp = context.byRole.pp;
  const done = new Set<string>();
  for (const fate of context.fates.values()) {
    if (fate.kind !== "matched" || !fate.pp) continue;
    const key = `${fate.pp.section}/${fate.pp.item}`;
    const planned = sections[fate.pp.section]?.items[fate.pp.item];
    if (done.has(key) || !planned || planned.citationChanges.length > 0) continue;
    done.add(key);
    updateItemCitations(sections, fate.pp, itemAt(pp, fate.pp) as Item, context.citations);
  }
}

/** The wording with its quotes and apostrophes as Resolution 140 writes them. */
function inQuoteStyle(wording: Wording, style: QuoteStyle): Wording {
  const write = (text: string) => rewriteProse(text, (plain) => quoteEdits(plain, style)).markdown;
  return {
    text: write(wording.text),
    subitems: wording.subitems.map((s) => ({ ...s, text: write(s.text) })),
  };
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
  // The words the Sectors do not all share stay to be agreed: in brackets.
  const marked = bracketVariantDifferences(
    chosen.wording,
    derived.filter((d) => d !== chosen).map((d) => d.wording),
  );
  chosen.wording = marked.wording;
  chosen.review.push({
    rule: "variant-choice",
    message: `variant: ${choice.reason}; differences ${describeDifferences(group) || "(none listed)"}${
      marked.bracketed.length > 0 ? `; in brackets: ${marked.bracketed.join(" ")}` : ""
    }`,
    ...(marked.bracketed.length > 0 ? { bracketed: marked.bracketed.join(" ") } : {}),
  });
  return chosen;
}

/**
 * The keyword group a new item of `family` goes to: the last one of that family (for a preambular
 * item, the last one with the same modifier of meaning: "noting with satisfaction" is not "noting"),
 * else a new one named after the chosen member's keyword, made neutral, without a modifier of
 * sequence ("further"): after the family's groups when it has a modifier of meaning, before them when
 * not, or in canonical order.
 */
function sectionFor(
  sections: PlannedSection[],
  family: string,
  chosen: MemberWording,
  options: PlanOptions,
): number {
  const section = chosen.doc.sections[chosen.ref.section] as Section;
  const modifier = section.kind === "preambular" ? meaningModifier(section.keyword) : "";
  const ofFamily = sections.flatMap((s, index) => (s.family === family ? [index] : []));
  const fits = ofFamily.filter(
    (index) =>
      section.kind !== "preambular" ||
      meaningModifier((sections[index] as PlannedSection).keyword) === modifier,
  );
  const last = fits[fits.length - 1];
  if (last !== undefined) return last;
  const keyword = neutralWording(newGroupKeyword(section.keyword), chosen.role, options.terms).text;
  const first = ofFamily[0];
  const target =
    first === undefined
      ? insertionIndex(sections, family, section.kind)
      : modifier
        ? (ofFamily[ofFamily.length - 1] as number) + 1
        : first;
  sections.splice(target, 0, { mark: "ADD", origin: null, keyword, family, kind: section.kind, items: [] });
  return target;
}

/**
 * planConsolidation: from the four parsed resolutions and the analysis, decide what moves where
 * (DOMAIN.md "ITU proposal conventions"). Pure: the plan is data for the renderers and for verifyPlan.
 */
import { pairScore, type Scorable, scorableItem } from "../align/similarity.js";
import { diagnostic, RULES } from "../diagnostics/index.js";
import { findCitations, newestCitations, updateCitations } from "../domain/citations.js";
import { defaultSectorTerms, type SectorTerms } from "../domain/sector-terms.js";
import {
  type AlignResult,
  type CommonGroup,
  type Diagnostic,
  type Item,
  type ItemRef,
  type Resolution,
  ROLES,
  type Role,
  SECTOR_ROLES,
  type Section,
  type SectorRole,
} from "../model.js";
import { canonicalReferenceLabel, findCrossReferences } from "./cross-references.js";
import { DEFAULT_REVISION } from "./defaults.js";
import { headerChanges } from "./header.js";
import { baseKeyword, insertionIndex } from "./keywords.js";
import {
  canonicalLabel,
  defaultScheme,
  type LabelScheme,
  renumberSubitems,
  schemeOfLabel,
  sectionScheme,
} from "./labels.js";
import { neutralWording } from "./neutral.js";
import { asEnding, endingFor, findEnding, type Position, positions, withoutEnding } from "./punctuation.js";
import type {
  ConsolidationPlan,
  Destination,
  GroupDecision,
  Placement,
  PlannedDocument,
  PlannedItem,
  PlannedSection,
  PlanOptions,
  ReviewNote,
  Wording,
} from "./types.js";

/** The wording of the one new *recalling* item in each shortened Sector resolution. */
export function recallingWording(revision: string): string {
  return (
    `Resolution 140 (${revision}) of the Plenipotentiary Conference, which sets out the provisions on ` +
    "WSIS and the Sustainable Development Goals that are common to the three Sectors"
  );
}

/** Whether an item cites Resolution 140 itself (such an item is never moved into it). */
export function citesResolution140(item: Item): boolean {
  return [item.text, ...item.subitems.map((s) => s.text)].some((t) =>
    findCitations(t).some((c) => c.key === "140"),
  );
}

type Fate = { kind: "moved" | "matched" | "recalled"; group: number; pp: ItemRef | null };

const key = (role: Role, section: number, item: number) => `${role}/${section}/${item}`;

function itemAt(doc: Resolution, ref: { section: number; item: number }): Item | undefined {
  return doc.sections[ref.section]?.items[ref.item];
}

function refOf(doc: Resolution, role: Role, section: number, item: number): ItemRef {
  const s = doc.sections[section] as Section;
  const it = s.items[item] as Item;
  return { role, file: doc.file, section, item, line: it.line, label: it.label, keyword: s.keyword };
}

function keptItem(origin: { section: number; item: number }, item: Item): PlannedItem {
  return {
    mark: "NOC",
    origin,
    oldLabel: item.label,
    label: item.label,
    wording: null,
    ending: null,
    newEnding: null,
    subLabels: [],
    crossReferences: [],
    review: [],
    sources: [],
    placement: null,
  };
}

function newItem(wording: Wording, review: ReviewNote[], sources: ItemRef[]): PlannedItem {
  return {
    mark: "ADD",
    origin: null,
    oldLabel: null,
    label: null,
    wording,
    ending: null,
    newEnding: null,
    subLabels: [],
    crossReferences: [],
    review,
    sources,
    placement: null,
  };
}

function linePrefix(source: string, offset: number): string {
  const lineStart = source.lastIndexOf("\n", offset - 1) + 1;
  return source.slice(lineStart, offset);
}

function blankLineBefore(source: string, offset: number): boolean {
  const lineStart = source.lastIndexOf("\n", offset - 1) + 1;
  const before = source.slice(0, lineStart).replace(/\r/g, "");
  return /\n[ \t]*\n$/.test(before);
}

/** The wording of a Sector item for Resolution 140: neutral terms, newest citations, no end punctuation. */
function deriveWording(
  doc: Resolution,
  role: SectorRole,
  item: Item,
  options: PlanOptions,
  citations: Record<string, string>,
): { wording: Wording; review: ReviewNote[] } {
  const review: ReviewNote[] = [];
  const rewrite = (text: string) => {
    const neutral = neutralWording(text, role, options.terms);
    const cited = updateCitations(neutral.text, citations);
    if (neutral.substitutions.length > 0) {
      review.push({
        rule: "neutral-wording",
        message: `Sector terms made neutral: ${neutral.substitutions.join("; ")}`,
      });
    }
    if (neutral.agreements.length > 0) {
      review.push({ rule: "agreement", message: `grammatical agreement: ${neutral.agreements.join("; ")}` });
    }
    if (neutral.meetings.length > 0) {
      review.push({
        rule: "meeting-name",
        message: `names a Sector meeting, left as written: ${neutral.meetings.join(", ")}`,
      });
    }
    if (cited.changes.length > 0) {
      review.push({
        rule: "citation-revision",
        message: `newest revision cited: ${cited.changes.join("; ")}`,
      });
    }
    // Resolution 140 is itself a PP resolution: it cites other PP resolutions "of this conference".
    const own = cited.text.replace(/\) of the Plenipotentiary Conference\b/g, ") of this conference");
    if (own !== cited.text) {
      review.push({
        rule: "neutral-wording",
        message: 'PP resolutions cited "of this conference", as Resolution 140 cites them',
      });
    }
    return own;
  };
  const parts = [item.text, ...item.subitems.map((s) => s.text)];
  const last = parts.length - 1;
  const texts = parts.map((t, k) => rewrite(k === last ? withoutEnding(t) : t));
  const all = texts.join(" ");
  if (/\bthe three Sectors\b/.test(all) && /\bthe other (?:two )?Sectors\b/i.test(all)) {
    review.push({
      rule: "neutral-wording",
      message: 'still speaks of "the other Sectors", which no longer fits the neutral wording',
    });
  }
  const wording: Wording = {
    text: texts[0] as string,
    subitems: item.subitems.map((s, k) => ({
      label: s.label ?? s.labelRaw,
      text: texts[k + 1] as string,
      linePrefix: linePrefix(doc.source, s.span.start.offset),
      blankLineBefore: blankLineBefore(doc.source, s.span.start.offset),
    })),
  };
  return { wording, review };
}

/** The words of a wording, for telling whether two Sectors wrote the same. */
function wordingKey(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * For a variant group: the wording most Sectors share, else the one closest to the other two by the
 * scores align groups by (src/align/similarity.ts).
 */
function chooseVariant(
  wordings: { role: SectorRole; text: string; item: Item }[],
  terms: SectorTerms,
): {
  role: SectorRole;
  sharedBy: SectorRole[];
  reason: string;
} {
  const byKey = new Map<string, SectorRole[]>();
  for (const w of wordings) {
    const k = wordingKey(w.text);
    byKey.set(k, [...(byKey.get(k) ?? []), w.role]);
  }
  const largest = [...byKey.values()].sort((a, b) => b.length - a.length)[0] ?? [];
  if (largest.length >= 2) {
    return {
      role: largest[0] as SectorRole,
      sharedBy: largest,
      reason: `the wording ${largest.join(" and ")} share`,
    };
  }
  const scored = wordings.map((w) => scorableItem(w.item, terms));
  let best = wordings[0] as (typeof wordings)[number];
  let bestScore = -1;
  wordings.forEach((w, i) => {
    const score = scored.reduce(
      (sum, o, j) => (j === i ? sum : sum + pairScore(scored[i] as Scorable, o)),
      0,
    );
    if (score > bestScore + 1e-9) {
      best = w;
      bestScore = score;
    }
  });
  return {
    role: best.role,
    sharedBy: [best.role],
    reason: `no two Sectors agree; the ${best.role} wording is the closest to the other two`,
  };
}

function describeDifferences(group: CommonGroup): string {
  return group.differences
    .map((d) =>
      SECTOR_ROLES.filter((r) => d.readings[r] !== undefined)
        .map((r) => `${r} ${d.readings[r] ? `"${d.readings[r]}"` : "(nothing)"}`)
        .join(" / "),
    )
    .join("; ");
}

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
  const fates = new Map<string, Fate>();
  const decisions: GroupDecision[] = [];
  const additions: { group: number; members: ItemRef[]; decision: GroupDecision }[] = [];

  analysis.common.forEach((group, index) => {
    const members = group.members.filter((m) => m.role !== "pp");
    const valid =
      SECTOR_ROLES.every((r) => members.filter((m) => m.role === r).length === 1) &&
      members.every((m) => itemAt(byRole[m.role], m) !== undefined);
    const taken = members.some((m) => fates.has(key(m.role, m.section, m.item)));
    if (!valid || taken) {
      const first = members[0];
      diagnostics.push(
        diagnostic(
          RULES.planGroupSkipped,
          first?.file ?? pp.file,
          first ? { line: first.line, column: 1 } : null,
          taken
            ? "this common group shares an item with another group; it is left in place"
            : "this common group does not have exactly one existing item per Sector; it is left in place",
        ),
      );
      decisions.push({
        group: index,
        kind: group.kind,
        family: group.family,
        action: "skipped",
        section: null,
        item: null,
        choice: null,
      });
      return;
    }
    const decision: GroupDecision = {
      group: index,
      kind: group.kind,
      family: group.family,
      action: "kept-variant",
      section: null,
      item: null,
      choice: null,
    };
    decisions.push(decision);
    if (group.kind === "variant" && !opts.includeVariants) return;
    const cites = members.some((m) => citesResolution140(itemAt(byRole[m.role], m) as Item));
    const ppRef = group.pp && itemAt(pp, group.pp) ? { ...group.pp, role: "pp" as const } : null;
    if (cites) decision.action = "recalling";
    else if (ppRef) decision.action = "noc";
    else decision.action = "add";
    const kind = cites ? "recalled" : ppRef ? "matched" : "moved";
    for (const m of members) fates.set(key(m.role, m.section, m.item), { kind, group: index, pp: ppRef });
    if (decision.action === "add") additions.push({ group: index, members, decision });
  });
  // With nothing moved, there are no common provisions for a recalling item to point to.
  if (!decisions.some((d) => d.action === "add" || d.action === "noc")) {
    for (const d of decisions) if (d.action === "recalling") d.action = "kept-recalling";
    fates.clear();
  }

  // --- Resolution 140: the existing text, NOC, and the additions under their keyword families.
  const ppCitations = citationIndex(pp);
  const ppSections: PlannedSection[] = pp.sections.map((s, si) => ({
    mark: "NOC",
    origin: si,
    keyword: s.keyword,
    family: s.family,
    kind: s.kind,
    items: s.items.map((it, ii) => keptItem({ section: si, item: ii }, it)),
  }));
  const firstRole = SECTOR_ROLES[0] as SectorRole;
  const memberOf = (a: { members: ItemRef[] }, role: SectorRole) =>
    a.members.find((m) => m.role === role) as ItemRef;
  additions.sort((a, b) => {
    const x = memberOf(a, firstRole);
    const y = memberOf(b, firstRole);
    return x.section - y.section || x.item - y.item;
  });
  for (const addition of additions) {
    const group = analysis.common[addition.group] as CommonGroup;
    const derived = SECTOR_ROLES.map((role) => {
      const ref = memberOf(addition, role);
      const doc = byRole[role];
      return {
        role,
        ref,
        doc,
        item: itemAt(doc, ref) as Item,
        ...deriveWording(doc, role, itemAt(doc, ref) as Item, opts, citations),
      };
    });
    let chosen = derived[0] as (typeof derived)[number];
    if (group.kind === "variant") {
      const choice = chooseVariant(
        derived.map((d) => ({
          role: d.role,
          text: [d.wording.text, ...d.wording.subitems.map((s) => s.text)].join(" "),
          item: d.item,
        })),
        opts.terms,
      );
      chosen = derived.find((d) => d.role === choice.role) as (typeof derived)[number];
      addition.decision.choice = { wording: choice.role, sharedBy: choice.sharedBy, reason: choice.reason };
      chosen.review.push({
        rule: "variant-choice",
        message: `variant: ${choice.reason}; differences ${describeDifferences(group) || "(none listed)"}`,
      });
    }
    const review = [...chosen.review];
    const refs = findCrossReferences(
      chosen.item.source,
      chosen.doc.sections.map((s) => s.keyword),
    );
    if (refs.length > 0) {
      const names = refs.map((r) => `${r.keyword} ${r.label}`).join(", ");
      review.push({
        rule: "cross-reference",
        message: `refers to ${names} of ${chosen.doc.file}; rewrite the reference`,
      });
      diagnostics.push(
        diagnostic(
          RULES.crossReferenceMoved,
          chosen.doc.file,
          { line: chosen.item.line, column: chosen.item.column },
          `item moved to Resolution 140 refers to ${names} of this resolution; rewrite the reference in Resolution 140`,
        ),
      );
    }
    let target = -1;
    ppSections.forEach((s, index) => {
      if (s.family === group.family) target = index;
    });
    if (target < 0) {
      const section = chosen.doc.sections[chosen.ref.section] as Section;
      const keyword = neutralWording(baseKeyword(section.keyword), chosen.role, opts.terms).text;
      target = insertionIndex(ppSections, group.family, section.kind);
      ppSections.splice(target, 0, {
        mark: "ADD",
        origin: null,
        keyword,
        family: group.family,
        kind: section.kind,
        items: [],
      });
    }
    for (const note of sameCitations(ppCitations, group.family, chosen.wording)) review.push(note);
    const planned = newItem(
      chosen.wording,
      review,
      SECTOR_ROLES.map((r) => memberOf(addition, r)),
    );
    (ppSections[target] as PlannedSection).items.push(planned);
  }

  // --- The Sector resolutions: suppress, add the recalling item, drop empty keyword groups.
  const sectors = {} as Record<SectorRole, PlannedDocument>;
  for (const role of SECTOR_ROLES) {
    const doc = byRole[role];
    const sections: PlannedSection[] = doc.sections.map((s, si) => ({
      mark: "NOC",
      origin: si,
      keyword: s.keyword,
      family: s.family,
      kind: s.kind,
      items: s.items.map((it, ii) => {
        const planned = keptItem({ section: si, item: ii }, it);
        if (fates.has(key(role, si, ii))) {
          planned.mark = "SUP";
          planned.label = null;
        }
        return planned;
      }),
    }));
    const suppressed = sections.some((s) => s.items.some((i) => i.mark === "SUP"));
    if (suppressed) placeRecallingItem(doc, role, sections, fates, opts.revision);
    for (const s of sections) {
      if (s.items.length > 0 && s.items.every((i) => i.mark === "SUP")) s.mark = "SUP";
    }
    sectors[role] = { role, input: doc, sections, header: [] };
    if (suppressed) noteOtherCitations(doc, sections, diagnostics);
  }
  const ppDoc: PlannedDocument = {
    role: "pp",
    input: pp,
    sections: ppSections,
    header: headerChanges(pp, opts.revision),
  };
  if (
    opts.revision &&
    !ppDoc.header.some((h) => h.part === "heading") &&
    !pp.heading?.includes(opts.revision)
  ) {
    diagnostics.push(
      diagnostic(
        RULES.planHeading,
        pp.file,
        null,
        `no revision found in the heading to update to "${opts.revision}"; check the heading`,
      ),
    );
  }

  for (const planned of [ppDoc, ...SECTOR_ROLES.map((r) => sectors[r])]) {
    assignLabels(planned);
    assignEndings(planned);
    for (const s of planned.sections) {
      if (s.mark === "NOC" && s.items.some((i) => i.mark !== "NOC")) s.mark = "MOD";
    }
  }
  for (const role of SECTOR_ROLES) assignCrossReferences(sectors[role], fates, diagnostics);
  for (const planned of [ppDoc, ...SECTOR_ROLES.map((r) => sectors[r])]) {
    for (const s of planned.sections) {
      for (const it of s.items) {
        const changed =
          it.oldLabel !== it.label ||
          it.ending !== null ||
          it.subLabels.length > 0 ||
          it.crossReferences.some((c) => c.to !== null);
        if (it.mark === "NOC" && changed) it.mark = "MOD";
      }
      if (s.mark === "NOC" && s.items.some((i) => i.mark !== "NOC")) s.mark = "MOD";
    }
  }

  // --- Where every input item went.
  const placements: Placement[] = [];
  // Indexes of the planned documents, built once: where each input item and each new item stands.
  type At = { section: number; item: number; planned: PlannedItem };
  const byOrigin = new Map<PlannedDocument, Map<string, At>>();
  const bySource = new Map<string, At>();
  const recallingOf = new Map<PlannedDocument, At>();
  for (const planned of [ppDoc, ...SECTOR_ROLES.map((r) => sectors[r])]) {
    const index = new Map<string, At>();
    planned.sections.forEach((s, si) => {
      s.items.forEach((it, ii) => {
        const at = { section: si, item: ii, planned: it };
        if (it.origin) index.set(`${it.origin.section}/${it.origin.item}`, at);
        for (const r of it.origin === null ? it.sources : [])
          bySource.set(key(r.role, r.section, r.item), at);
        if (it.wording !== null && it.mark !== "SUP" && !recallingOf.has(planned))
          recallingOf.set(planned, at);
      });
    });
    byOrigin.set(planned, index);
  }
  const locate = (planned: PlannedDocument, origin: { section: number; item: number }) =>
    byOrigin.get(planned)?.get(`${origin.section}/${origin.item}`) ?? null;
  const locateAddition = (ref: ItemRef) => bySource.get(key(ref.role, ref.section, ref.item)) ?? null;
  const locateRecalling = (planned: PlannedDocument) => recallingOf.get(planned) ?? null;
  for (const role of ROLES) {
    const doc = byRole[role];
    const planned = role === "pp" ? ppDoc : sectors[role];
    doc.sections.forEach((section, si) => {
      section.items.forEach((_, ii) => {
        const from = refOf(doc, role, si, ii);
        const fate = role === "pp" ? undefined : fates.get(key(role, si, ii));
        let to: Destination | null = null;
        if (!fate) {
          const at = locate(planned, { section: si, item: ii });
          if (at)
            to = {
              kind: "kept",
              document: role,
              section: at.section,
              item: at.item,
              label: at.planned.label,
            };
        } else if (fate.kind === "moved") {
          const at = locateAddition(from);
          if (at)
            to = {
              kind: "moved",
              document: "pp",
              section: at.section,
              item: at.item,
              label: at.planned.label,
            };
        } else if (fate.kind === "matched" && fate.pp) {
          const at = locate(ppDoc, fate.pp);
          if (at)
            to = {
              kind: "matched",
              document: "pp",
              section: at.section,
              item: at.item,
              label: at.planned.label,
              pp: fate.pp,
            };
        } else if (fate.kind === "recalled") {
          const at = locateRecalling(planned);
          if (at)
            to = {
              kind: "recalled",
              document: role as SectorRole,
              section: at.section,
              item: at.item,
              label: at.planned.label,
            };
        }
        if (!to) return; // verifyPlan reports the item as lost.
        placements.push({ from, to, group: fate?.group ?? null });
        if (fate) {
          const own = locate(planned, { section: si, item: ii });
          if (own) own.planned.placement = placements.length - 1;
        }
      });
    });
  }
  for (const a of additions) {
    const at = locateAddition(memberOf(a, firstRole));
    if (at) {
      a.decision.section = at.section;
      a.decision.item = at.item;
    }
  }

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

/** The recalling item takes the place of a common item that recalled Resolution 140, else is added. */
function placeRecallingItem(
  doc: Resolution,
  role: SectorRole,
  sections: PlannedSection[],
  fates: Map<string, Fate>,
  revision: string,
): void {
  const wording: Wording = { text: recallingWording(revision), subitems: [] };
  const note: ReviewNote = {
    rule: "cites-resolution-140",
    message: "new recalling item pointing to the provisions now common in Resolution 140",
  };
  const isRecalling = (s: PlannedSection) => s.kind === "preambular" && s.family === "recalling";
  for (const s of sections) {
    if (!isRecalling(s)) continue;
    const replaced = s.items.find(
      (i) => i.origin && fates.get(key(role, i.origin.section, i.origin.item))?.kind === "recalled",
    );
    if (replaced) {
      replaced.mark = "MOD";
      replaced.label = replaced.oldLabel;
      replaced.wording = wording;
      replaced.review.push({
        ...note,
        message: `${note.message}; replaces the item that recalled Resolution 140`,
      });
      return;
    }
  }
  const recalled = sections.flatMap((s) =>
    s.items.filter(
      (i) => i.origin && fates.get(key(role, i.origin.section, i.origin.item))?.kind === "recalled",
    ),
  );
  if (recalled.length > 0) {
    note.message += `; replaces ${recalled.map((i) => `${doc.sections[i.origin?.section ?? 0]?.keyword} ${i.oldLabel ?? ""}`.trim()).join(", ")}`;
  }
  const target = sections.find(isRecalling);
  const item = newItem(wording, [note], []);
  if (target) {
    const firstSuppressed = target.items.findIndex((i) => i.mark === "SUP");
    target.items.splice(Math.max(firstSuppressed, 0), 0, item);
    return;
  }
  const at = insertionIndex(sections, "recalling", "preambular");
  sections.splice(at, 0, {
    mark: "ADD",
    origin: null,
    keyword: "recalling",
    family: "recalling",
    kind: "preambular",
    items: [item],
  });
}

/** A kept item that also recalls Resolution 140 now stands beside the new recalling item. */
function noteOtherCitations(doc: Resolution, sections: PlannedSection[], diagnostics: Diagnostic[]): void {
  for (const s of sections) {
    for (const i of s.items) {
      if (i.mark === "SUP" || i.wording || !i.origin) continue;
      const item = itemAt(doc, i.origin) as Item;
      if (citesResolution140(item)) {
        diagnostics.push(
          diagnostic(
            RULES.recallingDuplicate,
            doc.file,
            { line: item.line, column: item.column },
            "this item also cites Resolution 140; consider merging it into the new recalling item",
          ),
        );
      }
    }
  }
}

/**
 * Re-letters or re-numbers the sections whose items changed, in the section's own scheme (a new
 * section: a), b) ... or 1, 2 ...). A lone item keeps its label: drafters often drop it, but a labelled
 * item (with its sub-items) reads back unambiguously.
 */
function assignLabels(planned: PlannedDocument): void {
  const doc = planned.input;
  for (const s of planned.sections) {
    const live = s.items.filter((i) => i.mark !== "SUP");
    const input = s.origin === null ? null : (doc.sections[s.origin] as Section);
    const changed = !input || live.length !== input.items.length || live.some((i) => i.origin === null);
    if (!changed) continue;
    let scheme: LabelScheme = input ? sectionScheme(input) : defaultScheme(s.kind);
    if (scheme === "none" && live.length > 1 && (!input || input.items.length <= 1))
      scheme = defaultScheme(s.kind);
    live.forEach((item, k) => {
      item.label = scheme === "none" ? null : canonicalLabel(scheme, k + 1);
      if (item.wording) {
        const number = item.label && schemeOfLabel(item.label) === "numbers" ? item.label : "1";
        item.wording.subitems = item.wording.subitems.map((sub) => ({
          ...sub,
          label: sub.label && /^\d+\.\d+/.test(sub.label) ? sub.label.replace(/^\d+/, number) : sub.label,
        }));
      } else if (item.origin) {
        const source = itemAt(doc, item.origin) as Item;
        item.subLabels = renumberSubitems(source, item.label ?? (source.label ? "1" : null));
      }
    });
  }
}

/** End punctuation follows each item's new place; an unchanged place keeps the text as written. */
function assignEndings(planned: PlannedDocument): void {
  const doc = planned.input;
  const usesAnd = (section: Section | null) =>
    (section ? [section] : doc.sections).some((s) =>
      s.items.some((i) => /;\s*(and|or)\s*$/i.test(findEnding(i.source).text)),
    );
  const before = positions(doc.sections.map((s) => s.items.length));
  const live = planned.sections.map((s) => s.items.filter((i) => i.mark !== "SUP"));
  const after = positions(live.map((items) => items.length));
  planned.sections.forEach((s, si) => {
    const input = s.origin === null ? null : (doc.sections[s.origin] as Section);
    const and = usesAnd(input);
    (live[si] as PlannedItem[]).forEach((item, k) => {
      const now = (after[si] as Position[])[k] as Position;
      const wanted = endingFor(now, and);
      if (item.wording) {
        item.newEnding = wanted;
        return;
      }
      if (!item.origin) return;
      const was = (before[item.origin.section] as Position[])[item.origin.item] as Position;
      if (endingFor(was, and) === wanted) return;
      const source = (itemAt(doc, item.origin) as Item).source;
      const found = findEnding(source);
      if (found.text === ":" || asEnding(found.text) === wanted) return;
      item.ending = { from: found.text, to: wanted, start: found.start, end: found.end };
    });
  });
}

/** "resolves 3" follows the renumbering; a reference to a suppressed item is reported. */
function assignCrossReferences(
  planned: PlannedDocument,
  fates: Map<string, Fate>,
  diagnostics: Diagnostic[],
): void {
  const doc = planned.input;
  const keywords = doc.sections.map((s) => s.keyword);
  const plannedOf = new Map<string, PlannedItem>();
  for (const s of planned.sections)
    for (const i of s.items) if (i.origin) plannedOf.set(`${i.origin.section}/${i.origin.item}`, i);
  for (const s of planned.sections) {
    for (const item of s.items) {
      if (item.mark === "SUP" || item.wording || !item.origin) continue;
      const source = itemAt(doc, item.origin) as Item;
      for (const ref of findCrossReferences(source.source, keywords)) {
        const sectionIndex = doc.sections.findIndex(
          (x) => x.keyword.toLowerCase() === ref.keyword.toLowerCase(),
        );
        const section = doc.sections[sectionIndex];
        if (!section) continue;
        const [head, ...rest] = ref.canonical.split(".");
        const targetIndex = section.items.findIndex(
          (i) => i.label === (rest.length > 0 ? head : ref.canonical),
        );
        if (targetIndex < 0) continue;
        const target = refOf(doc, planned.role, sectionIndex, targetIndex);
        const targetPlanned = plannedOf.get(`${sectionIndex}/${targetIndex}`);
        const fate = fates.get(key(planned.role, sectionIndex, targetIndex));
        const newLabel = targetPlanned && targetPlanned.mark !== "SUP" ? targetPlanned.label : null;
        let to: string | null = null;
        if (newLabel !== null) {
          const canonical = rest.length > 0 ? [newLabel, ...rest].join(".") : newLabel;
          if (canonical === ref.canonical) continue;
          to = writeLike(ref.label, canonical);
        }
        item.crossReferences.push({
          start: ref.start,
          end: ref.end,
          keyword: ref.keyword,
          from: ref.label,
          to,
          target,
        });
        if (to === null) {
          const why =
            !targetPlanned || targetPlanned.mark === "SUP"
              ? fate?.kind === "matched"
                ? "an item suppressed because Resolution 140 already has it"
                : fate?.kind === "recalled"
                  ? "an item replaced by the new recalling item"
                  : "an item moved to Resolution 140"
              : `the only item left under "${ref.keyword}", which has no label now`;
          diagnostics.push(
            diagnostic(
              RULES.crossReferenceSuppressed,
              doc.file,
              { line: source.line, column: source.column },
              `"${ref.keyword} ${ref.label}" refers to ${why}; rewrite the reference`,
            ),
          );
        }
      }
    }
  }
}

/** A label in the style of the reference: "(b)" -> "(c)", "b)" -> "c)", "b\)" -> "c\)". */
function writeLike(written: string, canonical: string): string {
  const core = canonical.replace(/\)$/, "");
  if (/^\(/.test(written)) return `(${core})`;
  if (/\\\)$/.test(written)) return `${core}\\)`;
  return canonicalReferenceLabel(canonical) === canonical && /\)$/.test(written) ? `${core})` : canonical;
}

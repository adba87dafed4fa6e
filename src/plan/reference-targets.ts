/**
 * Where each internal reference of a kept Sector item points once items have moved, and how it must
 * read: "resolves 3" follows its item's new number; a reference to an item that moved (or that
 * Resolution 140 already had) points to its place there, "resolves 7 of Resolution 140 (Rev. [Place],
 * [Year])"; a reference to the only item left in its group, which has no label any more, names the
 * keyword alone. A reference never silently changes its target: every label of a list or a range is
 * followed, and one whose place cannot be named is bracketed for review and reported.
 */
import { diagnostic, RULES } from "../diagnostics/index.js";
import type { Diagnostic, Item, Resolution } from "../model.js";
import {
  canonicalReferenceLabel,
  type FoundReference,
  findReferenceGroups,
  type ReferenceGroup,
} from "./cross-references.js";
import { type Fates, itemAt, itemKey, refOf } from "./planned.js";
import type { CrossReference, PlannedDocument, PlannedItem } from "./types.js";

/** An input item a reference names, with the sub-item part of the label ("3.2" -> ["2"]). */
interface Target {
  section: number;
  item: number;
  rest: string[];
  /** The label written for it; null for an item inside a range ("c)" in "b) to d)"). */
  written: FoundReference | null;
}

/** Where a target stands now: in the same text or in Resolution 140, under which keyword, with which label. */
interface Place {
  inResolution140: boolean;
  /** Index of its planned section, in its planned document. */
  section: number;
  item: number;
  keyword: string;
  label: string | null;
}

/** What reference rewriting needs besides the Sector's own plan. */
export interface ReferenceContext {
  pp: PlannedDocument;
  /** The coming revision of Resolution 140, as cited ("Rev. [Place], [Year]"). */
  revision: string;
}

/** Rewrites the references of every kept item of a shortened Sector text; one that cannot be named is reported. */
export function assignCrossReferences(
  planned: PlannedDocument,
  fates: Fates,
  context: ReferenceContext,
  diagnostics: Diagnostic[],
): void {
  const doc = planned.input;
  const keywords = doc.sections.map((s) => s.keyword);
  const places = new PlaceFinder(planned, fates, context.pp);
  planned.sections.forEach((s, si) => {
    s.items.forEach((item, ii) => {
      if (item.mark === "SUP" || item.wording || !item.origin) return;
      const source = itemAt(doc, item.origin) as Item;
      for (const group of findReferenceGroups(source.source, keywords)) {
        const targets = targetsOf(doc, group);
        if (!targets) continue;
        const where = targets.map((t) => places.of(t));
        const changes = rewrite(source.source, group, targets, where, { section: si, item: ii }, context);
        for (const c of changes) {
          item.crossReferences.push({
            ...c,
            target: refOf(doc, planned.role, targets[0]?.section ?? 0, targets[0]?.item ?? 0),
          });
        }
        if (changes.some((c) => c.to === null)) {
          diagnostics.push(
            diagnostic(
              RULES.crossReferenceSuppressed,
              doc.file,
              { line: source.line, column: source.column },
              `"${source.source.slice(group.start, group.end)}" refers to an item whose new place cannot be named; it is bracketed: rewrite the reference`,
            ),
          );
        }
      }
    });
  });
}

/** The items a reference names, a range expanded to every item in it; null when a label names no item. */
function targetsOf(doc: Resolution, group: ReferenceGroup): Target[] | null {
  const section = doc.sections.findIndex((x) => x.keyword.toLowerCase() === group.keyword.toLowerCase());
  const items = doc.sections[section]?.items;
  if (!items) return null;
  const named: Target[] = [];
  for (const label of group.labels) {
    const [head, ...rest] = label.canonical.split(".");
    const item = items.findIndex((i) => i.label === (rest.length > 0 ? head : label.canonical));
    if (item < 0) return null;
    named.push({ section, item, rest, written: label });
  }
  const targets: Target[] = [];
  named.forEach((t, k) => {
    const previous = named[k - 1];
    if (k > 0 && group.ranges[k - 1] && previous && t.rest.length === 0 && previous.rest.length === 0)
      for (let i = previous.item + 1; i < t.item; i++)
        targets.push({ section, item: i, rest: [], written: null });
    targets.push(t);
  });
  return targets;
}

/** Where the input items of a Sector text stand now: in the shortened text or in Resolution 140. */
class PlaceFinder {
  private readonly here = new Map<string, { section: number; item: number; planned: PlannedItem }>();
  private readonly ppByOrigin = new Map<string, { section: number; item: number; planned: PlannedItem }>();
  private readonly ppBySource = new Map<string, { section: number; item: number; planned: PlannedItem }>();
  private recalling: { section: number; item: number; planned: PlannedItem } | null = null;

  constructor(
    private readonly planned: PlannedDocument,
    private readonly fates: Fates,
    private readonly pp: PlannedDocument,
  ) {
    planned.sections.forEach((s, si) => {
      s.items.forEach((it, ii) => {
        const at = { section: si, item: ii, planned: it };
        if (it.origin) this.here.set(`${it.origin.section}/${it.origin.item}`, at);
        // The recalling item: the one item of a Sector text in derived wording.
        if (it.wording && it.mark !== "SUP") this.recalling ??= at;
      });
    });
    pp.sections.forEach((s, si) => {
      s.items.forEach((it, ii) => {
        const at = { section: si, item: ii, planned: it };
        if (it.origin) this.ppByOrigin.set(`${it.origin.section}/${it.origin.item}`, at);
        for (const r of it.sources) this.ppBySource.set(itemKey(r.role, r.section, r.item), at);
      });
    });
  }

  of(target: Target): Place | null {
    const own = this.here.get(`${target.section}/${target.item}`);
    if (own && own.planned.mark !== "SUP") return this.place(false, own);
    const key = itemKey(this.planned.role, target.section, target.item);
    const fate = this.fates.get(key);
    if (fate?.kind === "moved") return this.place(true, this.ppBySource.get(key));
    if (fate?.kind === "matched" && fate.pp)
      return this.place(true, this.ppByOrigin.get(`${fate.pp.section}/${fate.pp.item}`));
    if (fate?.kind === "recalled") return this.place(false, this.recalling ?? undefined);
    return null;
  }

  private place(
    inResolution140: boolean,
    at: { section: number; item: number; planned: PlannedItem } | undefined,
  ): Place | null {
    if (!at || at.planned.mark === "SUP") return null;
    const doc = inResolution140 ? this.pp : this.planned;
    const keyword = doc.sections[at.section]?.keyword ?? "";
    return { inResolution140, section: at.section, item: at.item, keyword, label: at.planned.label };
  }
}

type Change = Omit<CrossReference, "target">;

/** How one reference reads now: its labels renumbered in place, or the whole reference rewritten. */
function rewrite(
  source: string,
  group: ReferenceGroup,
  targets: readonly Target[],
  where: readonly (Place | null)[],
  at: { section: number; item: number },
  context: ReferenceContext,
): Change[] {
  const written = source.slice(group.start, group.tail?.end ?? group.end);
  if (where.some((w) => w === null)) {
    const from = source.slice(group.start, group.end);
    return [
      { start: group.start, end: group.end, keyword: group.keyword, from, to: null, status: "target-gone" },
    ];
  }
  const places = where as Place[];
  const first = places[0] as Place;
  const sameGroup = places.every((p) => !p.inResolution140 && p.section === first.section);
  // In its own group, still labelled: each label follows its item.
  if (sameGroup && first.keyword.toLowerCase() === group.keyword.toLowerCase()) {
    if (places.every((p) => p.label !== null)) return renumbered(group, targets, places);
    // The only item left in its group has no label: the reference names the keyword alone.
    const to = keywordAs(group, first.keyword);
    const end = group.end;
    return [
      {
        start: group.start,
        end,
        keyword: group.keyword,
        from: source.slice(group.start, end),
        to,
        status: "renumbered",
      },
    ];
  }
  const to = composed(group, targets, places, at, context);
  const end = group.tail?.end ?? group.end;
  return [{ start: group.start, end, keyword: group.keyword, from: written, to, status: "resolution-140" }];
}

/** Each written label of the reference replaced by its item's new label, where that changed. */
function renumbered(group: ReferenceGroup, targets: readonly Target[], places: readonly Place[]): Change[] {
  const changes: Change[] = [];
  targets.forEach((target, k) => {
    const label = target.written;
    if (!label) return;
    const canonical = [(places[k] as Place).label as string, ...target.rest].join(".");
    if (canonical === label.canonical) return;
    changes.push({
      start: label.start,
      end: label.end,
      keyword: group.keyword,
      from: label.label,
      to: writeLike(label.label, canonical),
      status: "renumbered",
    });
  });
  return changes;
}

/** The keyword written with the emphasis the reference gave it. */
export function keywordAs(group: ReferenceGroup, keyword: string): string {
  return `${group.emphasis}${keyword}${group.emphasis.split("").reverse().join("")}`;
}

/**
 * A reference some of whose items now stand in Resolution 140, written again: the items under one
 * keyword of one text named together with their keyword and labels, those in Resolution 140 followed
 * by "of Resolution 140 (revision)", those still here by "above" or "below".
 */
function composed(
  group: ReferenceGroup,
  targets: readonly Target[],
  places: readonly Place[],
  at: { section: number; item: number },
  context: ReferenceContext,
): string {
  // Items under one keyword of one text are named together, in the order they first appear.
  const runs: { place: Place; labels: string[]; all: Place[] }[] = [];
  places.forEach((p, k) => {
    const run = runs.find(
      (r) => r.place.inResolution140 === p.inResolution140 && r.place.section === p.section,
    );
    const label = p.label === null ? null : [p.label, ...(targets[k] as Target).rest].join(".");
    if (run) {
      run.all.push(p);
      if (label !== null && !run.labels.includes(label)) run.labels.push(label);
    } else runs.push({ place: p, labels: label === null ? [] : [label], all: [p] });
  });
  const style = group.labels[0]?.label ?? "";
  const hasHere = runs.some((r) => !r.place.inResolution140);
  const phrases = runs.map(({ place, labels, all }) => {
    const written = labels.map((l) => writeLike(style, l));
    const list =
      written.length === 0 ? "" : ` ${listOf(written, group.ranges.some(Boolean) && consecutive(labels))}`;
    const head = `${keywordAs(group, place.keyword)}${list}`;
    if (place.inResolution140) return `${head} of Resolution 140 (${context.revision})`;
    if (!hasHere) return head;
    const before = (p: Place) => p.section < at.section || (p.section === at.section && p.item < at.item);
    if (all.every(before)) return `${head} above`;
    if (!all.some(before)) return `${head} below`;
    return `${head} of this resolution`;
  });
  return listOf(phrases, false);
}

/** Labels as a reference lists them: "b)", "b) and c)", "b) to d)" (a range written as one, when still unbroken). */
export function labelList(written: readonly string[], range: boolean, canonical: readonly string[]): string {
  return listOf(written, range && consecutive(canonical));
}

/** "a", "a and b", "a, b and c"; a range of three or more consecutive labels as "a to c". */
function listOf(parts: readonly string[], range: boolean): string {
  if (range && parts.length >= 3) return `${parts[0]} to ${parts[parts.length - 1]}`;
  if (parts.length <= 1) return parts[0] ?? "";
  return `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}

/** Labels that follow one another with no gap: "b)", "c)", "d)" or "2", "3", "4". */
function consecutive(labels: readonly string[]): boolean {
  const ordinal = (l: string) =>
    /^\d+$/.test(l) ? Number(l) : /^[a-z]\)$/.test(l) ? l.charCodeAt(0) : Number.NaN;
  return labels.every((l, k) => k === 0 || ordinal(l) === ordinal(labels[k - 1] as string) + 1);
}

/** A label in the style of the reference: "(b)" -> "(c)", "b)" -> "c)", "b\)" -> "c\)". */
export function writeLike(written: string, canonical: string): string {
  const core = canonical.replace(/\)$/, "");
  if (!/^[a-z]+\)$/.test(canonical)) return canonical;
  if (/^\(/.test(written)) return `(${core})`;
  if (/\\\)$/.test(written)) return `${core}\\)`;
  return canonicalReferenceLabel(canonical);
}

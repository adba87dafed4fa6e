/**
 * Once items have moved, each planned document is brought in order: labels follow the new places
 * (re-lettered, re-numbered), so does end punctuation, and what changed is marked MOD.
 */
import type { Item, Resolution, Section } from "../model.js";
import {
  canonicalLabel,
  defaultScheme,
  type LabelScheme,
  renumberSubitems,
  schemeOfLabel,
  sectionScheme,
} from "./labels.js";
import { itemAt, liveItems } from "./planned.js";
import { asEnding, endingFor, findEnding, type Position, positions } from "./punctuation.js";
import type { PlannedDocument, PlannedItem, PlannedSection } from "./types.js";

/**
 * Re-letters or re-numbers the sections whose items changed, in the section's own scheme (a new
 * section: a), b) ... or 1, 2 ...). A changed section left with one item writes it without a label, as
 * ITU does ("*recalling* Resolution 140 ..."), unless the label is needed: sub-items are numbered after
 * it ("1.1"), or it is a list marker that the item's block depends on ("- a)", or "1." before an item of
 * several paragraphs).
 */
export function assignLabels(planned: PlannedDocument): void {
  const doc = planned.input;
  for (const s of planned.sections) {
    const live = liveItems(s);
    const input = s.origin === null ? null : (doc.sections[s.origin] as Section);
    const changed = !input || live.length !== input.items.length || live.some((i) => i.origin === null);
    if (!changed) continue;
    let scheme: LabelScheme = input ? sectionScheme(input) : defaultScheme(s.kind);
    if (scheme === "none" && live.length > 1 && (!input || input.items.length <= 1))
      scheme = defaultScheme(s.kind);
    const lone = live.length === 1 && !needsLabel(doc, live[0] as PlannedItem);
    live.forEach((item, k) => {
      item.label = scheme === "none" || lone ? null : canonicalLabel(scheme, k + 1);
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

/**
 * Whether the only item of a group keeps a label: its sub-items are numbered after it ("1.1") or are
 * dash paragraphs (read back as items of their own under an unlabelled one), or the label is a list
 * marker the item's blocks need.
 */
function needsLabel(doc: Resolution, item: PlannedItem): boolean {
  const subitems = item.wording
    ? item.wording.subitems.map((s) => s.label)
    : item.origin
      ? (itemAt(doc, item.origin) as Item).subitems.map((s) => s.label)
      : [];
  if (subitems.some((l) => l !== null && (/^\d+\.\d+/.test(l) || l === "–"))) return true;
  if (!item.origin) return false;
  const source = itemAt(doc, item.origin) as Item;
  const at = source.labelSpan?.start.offset;
  if (at === undefined) return false;
  const before = doc.source.slice(doc.source.lastIndexOf("\n", at - 1) + 1, at);
  if (/[-*+][ \t]+$/.test(before)) return true;
  // An ordered-list marker ("1.", "2)") can go when the item is one paragraph without sub-items: the
  // text then reads back as the group's only item (its later lines are unindented by the renderer). An
  // item of several blocks, or with sub-items, depends on its list to hold them.
  const listMarker = /^\d+[.)]$/.test(source.labelRaw ?? "");
  return listMarker && (source.subitems.length > 0 || /\n[ \t]*\n/.test(source.source.trimEnd()));
}

/** End punctuation follows each item's new place; an unchanged place keeps the text as written. */
export function assignEndings(planned: PlannedDocument): void {
  const doc = planned.input;
  const usesAnd = (section: Section | null) =>
    (section ? [section] : doc.sections).some((s) =>
      s.items.some((i) => /;\s*(and|or)\s*$/i.test(findEnding(i.source).text)),
    );
  const before = positions(doc.sections.map((s) => s.items.length));
  const live = planned.sections.map(liveItems);
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
      item.ending = {
        from: source.slice(found.start, found.end),
        to: found.marks + wanted,
        start: found.start,
        end: found.end,
      };
    });
  });
}

/** A kept item whose label, ending, sub-labels or references change is MOD. */
export function markChangedItems(planned: PlannedDocument): void {
  for (const s of planned.sections) {
    for (const it of s.items) {
      const changed =
        it.oldLabel !== it.label ||
        it.ending !== null ||
        it.subLabels.length > 0 ||
        it.citationChanges.length > 0 ||
        it.crossReferences.length > 0;
      if (it.mark === "NOC" && changed) it.mark = "MOD";
    }
    markChangedSection(s);
  }
}

/** A kept keyword group with an item that is not NOC is MOD. */
export function markChangedSections(planned: PlannedDocument): void {
  for (const s of planned.sections) markChangedSection(s);
}

function markChangedSection(s: PlannedSection): void {
  if (s.mark === "NOC" && s.items.some((i) => i.mark !== "NOC")) s.mark = "MOD";
}

/**
 * References inside a moved item ("as in resolves 3 above"): they named items of the Sector text it
 * came from. Where every item they name moved into Resolution 140 too, they take the labels those items
 * have there; otherwise they stand in [brackets] with a note, for the drafters to rewrite.
 */
import { diagnostic, RULES } from "../diagnostics/index.js";
import type { SectorTerms } from "../domain/sector-terms.js";
import type { Diagnostic, Item, Resolution, Role, SectorRole } from "../model.js";
import { findReferenceGroups, type ReferenceGroup } from "./cross-references.js";
import { neutralWording } from "./neutral.js";
import { type Fates, itemAt, itemKey } from "./planned.js";
import { keywordAs, labelList, writeLike } from "./reference-targets.js";
import type { PlannedDocument, PlannedItem, Wording } from "./types.js";

/** Rewrites or brackets the references inside each item added to Resolution 140. */
export function resolveMovedReferences(
  pp: PlannedDocument,
  byRole: Record<Role, Resolution>,
  fates: Fates,
  terms: SectorTerms,
  diagnostics: Diagnostic[],
): void {
  const bySource = new Map<string, { section: number; item: number; planned: PlannedItem }>();
  pp.sections.forEach((s, si) => {
    s.items.forEach((it, ii) => {
      for (const r of it.sources)
        bySource.set(itemKey(r.role, r.section, r.item), { section: si, item: ii, planned: it });
    });
  });
  pp.sections.forEach((s, si) => {
    s.items.forEach((it, ii) => {
      const from = it.wordingFrom;
      if (!from || !it.wording || from.role === "pp") return;
      const doc = byRole[from.role];
      const role = from.role as SectorRole;
      // The keywords as the Sector writes them, and as neutral wording may have made them.
      const keywords = new Map<string, number>();
      doc.sections.forEach((x, k) => {
        keywords.set(x.keyword.toLowerCase(), k);
        keywords.set(neutralWording(x.keyword, role, terms).text.toLowerCase(), k);
      });
      const unresolved: string[] = [];
      const rewrite = (text: string) => {
        let out = text;
        const groups = findReferenceGroups(text, [...keywords.keys()]);
        for (const group of [...groups].reverse()) {
          const to = inResolution140(group, keywords, doc, role, fates, bySource, pp, {
            section: si,
            item: ii,
          });
          const written = text.slice(group.start, group.tail?.end ?? group.end);
          if (to === null) unresolved.push(written);
          const replacement = to ?? `[${written}]`;
          out = out.slice(0, group.start) + replacement + out.slice(group.tail?.end ?? group.end);
        }
        return out;
      };
      const wording: Wording = it.wording;
      it.wording = {
        text: rewrite(wording.text),
        subitems: wording.subitems.map((x) => ({ ...x, text: rewrite(x.text) })),
      };
      if (unresolved.length === 0) return;
      const names = unresolved.reverse().join(", ");
      it.review.push({
        rule: "cross-reference",
        message: `refers to ${names} of ${doc.file}, which did not move with it: bracketed, rewrite the reference`,
      });
      const item = itemAt(doc, from) as Item;
      diagnostics.push(
        diagnostic(
          RULES.crossReferenceMoved,
          doc.file,
          { line: item.line, column: item.column },
          `item moved to Resolution 140 refers to ${names} of this resolution; rewrite the reference in Resolution 140`,
        ),
      );
    });
  });
}

/** The reference as Resolution 140 must write it, when every item it names moved there; else null. */
function inResolution140(
  group: ReferenceGroup,
  keywords: ReadonlyMap<string, number>,
  doc: Resolution,
  role: SectorRole,
  fates: Fates,
  bySource: ReadonlyMap<string, { section: number; item: number; planned: PlannedItem }>,
  pp: PlannedDocument,
  at: { section: number; item: number },
): string | null {
  const section = keywords.get(group.keyword.toLowerCase());
  const items = section === undefined ? undefined : doc.sections[section]?.items;
  if (section === undefined || !items) return null;
  const places: { section: number; item: number; label: string }[] = [];
  let all = true;
  group.labels.forEach((label, k) => {
    const index = items.findIndex((i) => i.label === label.canonical);
    const previous = group.labels[k - 1];
    const ranged = k > 0 && group.ranges[k - 1] && previous;
    const from = ranged ? items.findIndex((i) => i.label === previous.canonical) + 1 : index;
    if (index < 0) all = false;
    for (let i = from; i <= index; i++) {
      const key = itemKey(role, section, i);
      const placed = fates.get(key)?.kind === "moved" ? bySource.get(key) : undefined;
      if (placed?.planned.label)
        places.push({ section: placed.section, item: placed.item, label: placed.planned.label });
      else all = false;
    }
  });
  if (!all) return null;
  const first = places[0];
  if (!first || places.some((p) => p.section !== first.section)) return null;
  const style = group.labels[0]?.label ?? "";
  const labels = [...new Set(places.map((p) => p.label))];
  const head = `${keywordAs(group, pp.sections[first.section]?.keyword ?? group.keyword)} ${labelList(
    labels.map((l) => writeLike(style, l)),
    group.ranges.some(Boolean),
    labels,
  )}`;
  if (!group.tail) return head;
  const before = places.every(
    (p) => p.section < at.section || (p.section === at.section && p.item < at.item),
  );
  const after = places.every((p) => p.section > at.section || (p.section === at.section && p.item > at.item));
  return before ? `${head} above` : after ? `${head} below` : head;
}

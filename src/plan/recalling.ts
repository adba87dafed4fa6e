/**
 * The recalling item of each shortened Sector resolution: exactly one item recalling Resolution 140 and
 * the provisions now common in it. It takes the place of a common item that recalled Resolution 140;
 * else a *recalling* item of the Sector's own that cites Resolution 140 stays, its citation brought to
 * the coming revision; else it is added under "recalling" (created if the Sector has none).
 */
import { diagnostic, RULES } from "../diagnostics/index.js";
import { findCitations, updateCitations } from "../domain/citations.js";
import type { Diagnostic, Item, Resolution, SectorRole } from "../model.js";
import { insertionIndex } from "./keywords.js";
import { type Fates, itemAt, itemKey, newItem } from "./planned.js";
import type { PlannedItem, PlannedSection, ReviewNote, Wording } from "./types.js";

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

const isRecallingSection = (s: PlannedSection) => s.kind === "preambular" && s.family === "recalling";

/** The recalling item takes the place of a common item that recalled Resolution 140, else is added. */
export function placeRecallingItem(
  doc: Resolution,
  role: SectorRole,
  sections: PlannedSection[],
  fates: Fates,
  revision: string,
): void {
  const wording: Wording = { text: recallingWording(revision), subitems: [] };
  const note: ReviewNote = {
    rule: "cites-resolution-140",
    message: "new recalling item pointing to the provisions now common in Resolution 140",
  };
  const wasRecalled = (i: PlannedItem) =>
    i.origin !== null && fates.get(itemKey(role, i.origin.section, i.origin.item))?.kind === "recalled";
  for (const s of sections) {
    if (!isRecallingSection(s)) continue;
    const replaced = s.items.find(wasRecalled);
    if (replaced) {
      replaced.mark = "MOD";
      replaced.label = replaced.oldLabel;
      replaced.wording = wording;
      replaced.recalling = true;
      replaced.review.push({
        ...note,
        message: `${note.message}; replaces the item that recalled Resolution 140`,
      });
      return;
    }
  }
  const recalled = sections.flatMap((s) => s.items.filter(wasRecalled));
  if (recalled.length === 0 && keepOwnRecalling(doc, sections, revision)) return;
  if (recalled.length > 0) {
    note.message += `; replaces ${recalled.map((i) => `${doc.sections[i.origin?.section ?? 0]?.keyword} ${i.oldLabel ?? ""}`.trim()).join(", ")}`;
  }
  addRecallingItem(sections, { ...newItem(wording, [note], []), recalling: true });
}

/**
 * A kept *recalling* item of the Sector's own that cites Resolution 140 (one the other Sectors do not
 * share) stays the Sector's one recalling item: its citations of Resolution 140 are brought to
 * `revision` (MOD), and no second one is added. False when the Sector has none.
 */
function keepOwnRecalling(doc: Resolution, sections: PlannedSection[], revision: string): boolean {
  for (const s of sections) {
    if (!isRecallingSection(s)) continue;
    for (const planned of s.items) {
      if (planned.mark === "SUP" || planned.wording || !planned.origin) continue;
      const item = itemAt(doc, planned.origin) as Item;
      if (!citesResolution140(item)) continue;
      planned.recalling = true;
      planned.citationChanges = resolution140Changes(item.source, revision);
      if (planned.citationChanges.length > 0) planned.mark = "MOD";
      return true;
    }
  }
  return false;
}

/**
 * The citations of Resolution 140 in `source` not yet in `revision`, brought to it. Only the place and
 * year change ("Rev. Dubai, 2018" -> "Rev. [Place], [Year]" changes "Dubai, 2018"), as in headings.
 */
function resolution140Changes(source: string, revision: string) {
  return findCitations(source)
    .filter((c) => c.key === "140" && c.suffix === null && c.revision !== revision)
    .map((c) => {
      if (c.revision === null) return { start: c.start, end: c.end, from: "", to: ` (${revision})` };
      const rev = /^rev\.\s*/i.exec(c.revision)?.[0] ?? "";
      const keep = rev && /^rev\.\s*/i.test(revision) ? rev.length : 0;
      const to = keep ? revision.replace(/^rev\.\s*/i, "") : revision;
      return { start: c.start + keep, end: c.end, from: c.revision.slice(keep), to };
    });
}

/** The plain text of a kept recalling item, with its Resolution 140 citations updated. */
export function recallingText(item: Item, revision: string): string {
  return updateCitations(item.text, { PP: { "140": revision } }, "PP").text;
}

/** Before the first suppressed item under "recalling", or in a new "recalling" group in canonical order. */
function addRecallingItem(sections: PlannedSection[], item: PlannedItem): void {
  const target = sections.find(isRecallingSection);
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
export function noteOtherCitations(
  doc: Resolution,
  sections: PlannedSection[],
  diagnostics: Diagnostic[],
): void {
  for (const s of sections) {
    for (const i of s.items) {
      if (i.mark === "SUP" || i.wording || i.recalling || !i.origin) continue;
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

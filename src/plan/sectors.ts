/**
 * The shortened Sector resolutions: the items of the groups that move are suppressed, the recalling
 * item is placed, and a keyword group left with no item is suppressed with them. Labels and end
 * punctuation follow later, for every document alike (src/plan/relabel.ts).
 */
import type { Diagnostic, Resolution, SectorRole } from "../model.js";
import { type Fates, itemKey, keptSections } from "./planned.js";
import { noteOtherCitations, placeRecallingItem } from "./recalling.js";
import type { PlannedDocument } from "./types.js";

export function shortenSector(
  doc: Resolution,
  role: SectorRole,
  fates: Fates,
  revision: string,
  diagnostics: Diagnostic[],
): PlannedDocument {
  const sections = keptSections(doc, (si, ii) => fates.has(itemKey(role, si, ii)));
  const suppressed = sections.some((s) => s.items.some((i) => i.mark === "SUP"));
  if (suppressed) placeRecallingItem(doc, role, sections, fates, revision);
  for (const s of sections) {
    if (s.items.length > 0 && s.items.every((i) => i.mark === "SUP")) s.mark = "SUP";
  }
  if (suppressed) noteOtherCitations(doc, sections, diagnostics);
  return { role, input: doc, sections, header: [], definitions: [], droppedExtras: [] };
}

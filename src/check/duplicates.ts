/**
 * `duplicate-of-parent`: a Sector item that says what a Resolution 140 item already says. Two tests:
 *
 * - the item's comparable text (src/normalize: Sector terms, citation revisions, labels, markup and
 *   end punctuation set aside) equals a Resolution 140 item's, under a keyword of the same kind;
 * - with the option `linked` (default), the item is a member of an identical common group that the
 *   analysis links to a Resolution 140 item (similar wording: the group `propose` suppresses).
 *
 * In both, an operative item counts only when the Resolution 140 keyword line reaches at least the
 * same addressee: "invites Member States" does not cover "invites Member States and Sector Members".
 */
import { diagnostic, RULES } from "../diagnostics/index.js";
import { KEYWORD_MODIFIERS } from "../domain/keywords.js";
import type { SectorTerms } from "../domain/sector-terms.js";
import type { AlignResult, Item, Resolution, Section, SectorRole } from "../model.js";
import { SECTOR_ROLES } from "../model.js";
import { comparisonWords, normalizeItem, normalizeText } from "../normalize/index.js";
import { placeName } from "./places.js";
import type { Finding } from "./types.js";

interface PpEntry {
  section: Section;
  item: Item;
}

const MODIFIERS = new Set(
  [...KEYWORD_MODIFIERS.before, ...KEYWORD_MODIFIERS.after].flatMap((m) => m.split(" ")),
);

/** The words of a keyword line that say who is addressed: modifiers dropped, Sector terms as placeholders. */
function keywordWords(keyword: string, terms: SectorTerms): Set<string> {
  return new Set(comparisonWords(normalizeText(keyword, { terms }).text).filter((w) => !MODIFIERS.has(w)));
}

/**
 * Whether the Resolution 140 keyword covers the Sector's: preambular keywords always do (the same
 * statement may stand under *considering* in one text and *recognizing* in another); an operative
 * one must have every word of the Sector's (same verb, same or wider addressee).
 */
export function addresseeCovered(sector: Section, pp: Section, terms: SectorTerms): boolean {
  if (sector.kind !== pp.kind) return false;
  if (sector.kind === "preambular") return true;
  const wide = keywordWords(pp.keyword, terms);
  for (const word of keywordWords(sector.keyword, terms)) if (!wide.has(word)) return false;
  return true;
}

export function duplicatesOfParent(
  byRole: Partial<Record<SectorRole | "pp", Resolution>>,
  terms: SectorTerms,
  analysis: AlignResult | null,
  linked: boolean,
): Finding[] {
  const pp = byRole.pp;
  if (!pp) return [];
  const index = new Map<string, PpEntry[]>();
  for (const section of pp.sections) {
    for (const item of section.items) {
      const norm = normalizeItem(item, { terms });
      if (norm.words.length === 0) continue;
      const list = index.get(norm.text) ?? [];
      list.push({ section, item });
      index.set(norm.text, list);
    }
  }
  const findings: Finding[] = [];
  const reported = new Set<Item>();
  const report = (doc: Resolution, section: Section, item: Item, target: PpEntry, how: string) => {
    reported.add(item);
    const label = target.item.label ? ` ${target.item.label}` : "";
    findings.push({
      ...diagnostic(
        RULES.duplicateOfParent,
        doc.file,
        { line: item.line, column: item.column },
        `${item.label ? `Item "${item.label}"` : "The item"} of "${section.keyword}" ${how} Resolution 140 ${target.section.keyword}${label} (${placeName(pp.file, target.item.line, pp)}) already says.`,
      ),
      related: [
        {
          file: pp.file,
          line: target.item.line,
          column: target.item.column,
          message: `Resolution 140 ${target.section.keyword}${label}`,
        },
      ],
    });
  };
  for (const role of SECTOR_ROLES) {
    const doc = byRole[role];
    if (!doc) continue;
    for (const section of doc.sections) {
      for (const item of section.items) {
        const norm = normalizeItem(item, { terms });
        const target = index.get(norm.text)?.find((entry) => addresseeCovered(section, entry.section, terms));
        if (target) report(doc, section, item, target, "says what");
      }
    }
  }
  if (linked && analysis) {
    for (const group of analysis.common) {
      if (group.kind !== "identical" || !group.pp) continue;
      const ppSection = pp.sections[group.pp.section];
      const ppItem = ppSection?.items[group.pp.item];
      if (!ppSection || !ppItem) continue;
      for (const member of group.members) {
        const doc = byRole[member.role];
        const section = doc?.sections[member.section];
        const item = section?.items[member.item];
        if (!doc || !section || !item || reported.has(item)) continue;
        if (!addresseeCovered(section, ppSection, terms)) continue;
        report(
          doc,
          section,
          item,
          { section: ppSection, item: ppItem },
          "is common to the three Sectors and close to what",
        );
      }
    }
  }
  return findings;
}

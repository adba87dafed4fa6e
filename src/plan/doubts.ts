/**
 * Words of a Sector text that no neutral rewrite makes right in Resolution 140: they stay as written, in
 * [square brackets], with the reason (a flag), for the delegations to settle.
 */
import type { SectorTerms } from "../domain/sector-terms.js";
import type { SectorRole } from "../model.js";
import { flag, overlapsEdit, type Rewrite } from "./rewrite.js";
import type { TermUnit } from "./term-groups.js";

/** The Sector's abbreviations in the term table ("ITU-T", "TSB", "TSAG", "WTSA"), longest first. */
function abbreviations(role: SectorRole, terms: SectorTerms): string[] {
  const found = new Set<string>();
  for (const concept of terms.concepts) {
    for (const form of concept.forms[role]) {
      const core = form.replace(/^the\s+/i, "");
      if (/^\p{Lu}[\p{Lu}\d-]*$/u.test(core)) found.add(core);
    }
  }
  return [...found].sort((a, b) => b.length - a.length);
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A Sector name inside a compound word ("ITU-T-led", "TSB-managed"): no neutral form fits there. */
export function flagCompounds(r: Rewrite, role: SectorRole, terms: SectorTerms): void {
  for (const abbreviation of abbreviations(role, terms)) {
    const compound = new RegExp(
      `(?<![\\p{L}\\p{N}-])${escapeRegExp(abbreviation)}(?:-\\p{L}[\\p{L}\\p{N}]*)+`,
      "gu",
    );
    for (const m of r.view.matchAll(compound)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (overlapsEdit(r.edits, start, end)) continue;
      flag(
        r,
        start,
        end,
        "neutral-wording",
        `${abbreviation} inside a compound word: reword it for the three Sectors`,
      );
    }
  }
}

/**
 * Words that point back at the Sector text itself: "this resolution" (in Resolution 140 it would mean
 * Resolution 140) and "the other Sectors" (Resolution 140 speaks for all three).
 */
export function flagSelfReferences(r: Rewrite): void {
  for (const m of r.view.matchAll(/\b(?:this|the present)\s+resolution\b/giu)) {
    const start = m.index ?? 0;
    flag(
      r,
      start,
      start + m[0].length,
      "this-resolution",
      `"${m[0]}" would mean Resolution 140 there: name the resolution meant`,
    );
  }
  for (const m of r.view.matchAll(/\b(?:the\s+)?other\s+(?:two\s+)?(?:Sectors|Bureaux)\b/gu)) {
    const start = m.index ?? 0;
    flag(
      r,
      start,
      start + m[0].length,
      "neutral-wording",
      `Resolution 140 speaks for the three Sectors, so "${m[0]}" has no meaning there: redraft (e.g. "one another")`,
    );
  }
}

/**
 * Another Sector named in a text that now speaks for the three Sectors ("the three Sectors shall
 * cooperate with ITU-D"): the three include it, so the text needs redrafting.
 */
export function flagOtherSectors(r: Rewrite, units: readonly TermUnit[], role: SectorRole): void {
  for (const unit of units) {
    const span =
      unit.kind === "other"
        ? { start: unit.occurrence.start, end: unit.occurrence.end, roles: [unit.occurrence.role] }
        : unit.kind === "list" && !unit.members.some((m) => m.role === role)
          ? { start: unit.start, end: unit.end, roles: unit.members.map((m) => m.role) }
          : null;
    if (!span || overlapsEdit(r.edits, span.start, span.end)) continue;
    flag(
      r,
      span.start,
      span.end,
      "neutral-wording",
      `names ${span.roles.join(" and ")}, which "the three Sectors" already include: redraft`,
    );
  }
}

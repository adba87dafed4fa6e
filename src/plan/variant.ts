/**
 * The wording of a variant group moved with --include-variants: the wording most Sectors share, else
 * the one closest to the other two by the scores align groups by (src/align/similarity.ts).
 */
import { pairScore, type Scorable, scorableItem } from "../align/similarity.js";
import type { SectorTerms } from "../domain/sector-terms.js";
import { type CommonGroup, type Item, SECTOR_ROLES, type SectorRole } from "../model.js";
import type { GroupDecision } from "./types.js";

export interface VariantWording {
  role: SectorRole;
  /** The derived wording, item and sub-items joined. */
  text: string;
  /** The Sector's item, as align compared it. */
  item: Item;
}

export type VariantChoice = NonNullable<GroupDecision["choice"]>;

/** The words of a wording, to tell whether two Sectors wrote the same. */
function wordingKey(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Whose wording a variant group takes, and why. */
export function chooseVariant(wordings: VariantWording[], terms: SectorTerms): VariantChoice {
  const byKey = new Map<string, SectorRole[]>();
  for (const w of wordings) {
    const k = wordingKey(w.text);
    byKey.set(k, [...(byKey.get(k) ?? []), w.role]);
  }
  const largest = [...byKey.values()].sort((a, b) => b.length - a.length)[0] ?? [];
  if (largest.length >= 2) {
    return {
      wording: largest[0] as SectorRole,
      sharedBy: largest,
      reason: `the wording ${largest.join(" and ")} share`,
    };
  }
  const best = closestToOthers(wordings, terms);
  return {
    wording: best,
    sharedBy: [best],
    reason: `no two Sectors agree; the ${best} wording is the closest to the other two`,
  };
}

/** The member with the highest total score against the others (the first of equals). */
function closestToOthers(wordings: VariantWording[], terms: SectorTerms): SectorRole {
  const scored = wordings.map((w) => scorableItem(w.item, terms));
  let best = (wordings[0] as VariantWording).role;
  let bestScore = -1;
  wordings.forEach((w, i) => {
    const mine = scored[i] as Scorable;
    const score = scored.reduce((sum, other, j) => (j === i ? sum : sum + pairScore(mine, other)), 0);
    if (score > bestScore + 1e-9) {
      best = w.role;
      bestScore = score;
    }
  });
  return best;
}

/** The group's word differences, for the review note: 'ITU-R "should" / ITU-T "shall"; ...'. */
export function describeDifferences(group: CommonGroup): string {
  return group.differences
    .map((d) =>
      SECTOR_ROLES.filter((r) => d.readings[r] !== undefined)
        .map((r) => `${r} ${d.readings[r] ? `"${d.readings[r]}"` : "(nothing)"}`)
        .join(" / "),
    )
    .join("; ");
}

/** "the Sectors place it differently: ITU-R *considering*, ITU-T *recognizing*, ITU-D *considering*". */
export function placementNote(group: CommonGroup): string {
  const where = group.members.map((m) => `${m.role} *${m.keyword}*`).join(", ");
  return `the Sectors place it under different keywords: ${where}`;
}

/**
 * The canonical order of keyword groups (docs/domain.md "Anatomy"), used to place a keyword group that a
 * document lacks: preambular keywords first, in this order, then operative ones.
 */
import { KEYWORD_MODIFIERS, OPERATIVE_VERBS, PREAMBULAR_KEYWORDS } from "../domain/keywords.js";
import type { SectionKind } from "../model.js";

/** Keyword tables in the order a resolution uses them; the data lives in src/data/keywords.ts. */
export const PREAMBULAR_ORDER: readonly string[] = PREAMBULAR_KEYWORDS.map((k) =>
  k.family.replace(/-/g, " "),
);
export const OPERATIVE_ORDER: readonly string[] = OPERATIVE_VERBS.map((v) => v.family.replace(/-/g, " "));

/** The keyword a family starts with: "instructs-director" -> "instructs", "noting" -> "noting". */
function baseOf(family: string): string {
  const words = family.toLowerCase().replace(/-/g, " ").split(/\s+/);
  for (const list of [PREAMBULAR_ORDER, OPERATIVE_ORDER]) {
    const hit = list.find((k) => words.slice(0, k.split(" ").length).join(" ") === k);
    if (hit) return hit;
  }
  return words[0] ?? family;
}

/** The rank of a family in the canonical order within its kind; unknown families come last. */
export function familyRank(family: string, kind: SectionKind): number {
  const list = kind === "preambular" ? PREAMBULAR_ORDER : OPERATIVE_ORDER;
  const at = list.indexOf(baseOf(family));
  return at < 0 ? list.length : at;
}

/**
 * Where a new keyword group of `family` goes among existing ones (given in document order): after the
 * last group of the same kind that comes no later in the canonical order, else before the first group of
 * that kind; preambular groups before operative ones.
 */
export function insertionIndex(
  existing: readonly { family: string; kind: SectionKind }[],
  family: string,
  kind: SectionKind,
): number {
  const rank = familyRank(family, kind);
  let after = -1;
  let firstOfKind = -1;
  let firstOperative = -1;
  existing.forEach((s, index) => {
    if (s.kind === "operative" && firstOperative < 0) firstOperative = index;
    if (s.kind !== kind) return;
    if (firstOfKind < 0) firstOfKind = index;
    if (familyRank(s.family, s.kind) <= rank) after = index;
  });
  if (after >= 0) return after + 1;
  if (firstOfKind >= 0) return firstOfKind;
  if (kind === "preambular") return firstOperative >= 0 ? firstOperative : existing.length;
  return existing.length;
}

/** "recognizing further" -> "recognizing", "further noting" -> "noting": the keyword for a new group. */
export function baseKeyword(keyword: string): string {
  let base = keyword.trim();
  for (const modifier of KEYWORD_MODIFIERS.before)
    base = base.replace(new RegExp(`^${modifier}\\s+`, "i"), "");
  for (const modifier of KEYWORD_MODIFIERS.after)
    base = base.replace(new RegExp(`\\s+${modifier}\\b`, "i"), "");
  return base.trim();
}

/** Modifiers that only place a group in a sequence ("recalling further"): a new group goes without them. */
const SEQUENCE_MODIFIERS = new Set(["further", "also", "furthermore"]);

/**
 * What a preambular keyword says beyond its family: "noting with satisfaction" -> "with satisfaction",
 * "recalling further" -> "" (a place in a sequence, not a meaning).
 */
export function meaningModifier(keyword: string): string {
  const words = keyword.trim().toLowerCase().replace(/\s+/g, " ");
  for (const modifier of KEYWORD_MODIFIERS.after) {
    if (SEQUENCE_MODIFIERS.has(modifier)) continue;
    if (new RegExp(`\\s${modifier}$`).test(words)) return modifier;
  }
  return "";
}

/**
 * The keyword of a keyword group created for a moved item: without a modifier that places it in a
 * sequence ("recognizing further" -> "recognizing"), with one that adds to its meaning ("noting with
 * satisfaction" stays).
 */
export function newGroupKeyword(keyword: string): string {
  let base = keyword.trim();
  for (const modifier of KEYWORD_MODIFIERS.before)
    if (SEQUENCE_MODIFIERS.has(modifier)) base = base.replace(new RegExp(`^${modifier}\\s+`, "i"), "");
  for (const modifier of KEYWORD_MODIFIERS.after)
    if (SEQUENCE_MODIFIERS.has(modifier)) base = base.replace(new RegExp(`\\s+${modifier}\\b`, "i"), "");
  return base.trim();
}

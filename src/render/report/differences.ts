/**
 * The words of each wording in a group that the others do not share, marked for the report: a word of
 * a difference align found is a variant word (with its class when known); any other unshared word was
 * set aside by normalization (a Sector term, a citation revision).
 */
import { diffArrays } from "diff";
import type { CommonGroup, Role, SectorRole } from "../../model.js";

/** A difference of wording: editorial (the drafters may harmonize it) or substantive (delegations decide). */
export type DifferenceClass = "editorial" | "substantive";

/** A word of a wording, and whether it differs from the other wordings of its group. */
export interface Token {
  text: string;
  /** Space written before it. */
  space: string;
  /**
   * no: shared; set-aside: differs only in what comparison sets aside (Sector names, citation
   * revisions, case, punctuation); variant: one of the group's word differences.
   */
  differs: "no" | "set-aside" | "variant";
  class: DifferenceClass | null;
}

export interface ReportWording {
  role: Role;
  /** The file the wording stands in, and its 1-based line there (null where unknown). */
  file: string;
  line: number | null;
  label: string | null;
  keyword: string;
  /** The plain text, label and sub-items included. */
  text: string;
  tokens: Token[];
}

const TOKEN = /\S+/g;
const comparable = (t: string) =>
  t
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/^[("“]+|[)"”,;:.]+$/g, "");

export function tokenize(text: string): { text: string; space: string }[] {
  const out: { text: string; space: string }[] = [];
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    out.push({ text: m[0], space: text.slice(last, m.index) });
    last = (m.index ?? 0) + m[0].length;
  }
  return out;
}

/** Which tokens of `mine` the other wording does not have at the same place. */
function unmatched(mine: readonly string[], other: readonly string[]): boolean[] {
  const flags = mine.map(() => true);
  let k = 0;
  for (const part of diffArrays(mine as string[], other as string[])) {
    if (part.removed) {
      k += part.count ?? part.value.length;
      continue;
    }
    if (part.added) continue;
    for (let j = 0; j < (part.count ?? part.value.length); j++) flags[k + j] = false;
    k += part.count ?? part.value.length;
  }
  return flags;
}

/** Marks the words of each wording that the others do not share; variant words where align found a difference. */
export function markDifferences(
  wordings: ReportWording[],
  group: CommonGroup,
  classes: readonly (DifferenceClass | null)[],
): void {
  const words = wordings.map((w) => tokenize(w.text));
  const keys = words.map((ws) => ws.map((t) => comparable(t.text)));
  wordings.forEach((w, k) => {
    const flags = (keys[k] as string[]).map(() => false);
    keys.forEach((other, j) => {
      if (j === k) return;
      unmatched(keys[k] as string[], other).forEach((f, i) => {
        if (f) flags[i] = true;
      });
    });
    // The group's own differences (normalized words), for this member's Sector.
    const readings = group.differences.map((d, i) => ({
      words: new Set(
        (d.readings[w.role as SectorRole] ?? "")
          .split(/\s+/)
          .map(comparable)
          .filter((x) => x !== ""),
      ),
      class: classes[i] ?? null,
    }));
    w.tokens = (words[k] ?? []).map((t, i) => {
      // The label is where the item stands, not what it says.
      if (!flags[i] || (i === 0 && w.label !== null && t.text === w.label))
        return { ...t, differs: "no", class: null };
      const key = keys[k]?.[i] ?? "";
      // A raw word may hold punctuation the comparison splits off ("alert(\"x\")" vs "alert", "x").
      const hit =
        group.kind === "variant"
          ? readings.find(
              (r) => r.words.has(key) || [...r.words].some((w) => w.length > 2 && key.includes(w)),
            )
          : undefined;
      return hit
        ? { ...t, differs: "variant", class: hit.class }
        : { ...t, differs: "set-aside", class: null };
    });
  });
}

/**
 * The word differences between the wordings of a group, aligned across the members: each difference
 * is one place in the text with what each member has there. Computed on the normalized text, which is
 * still readable (Sector terms appear as ⟨sector⟩ ...), so a difference is never a Sector name or a
 * citation revision; it is what the drafters have to harmonize.
 *
 * Method: the first member (ITU-R when present) is the base; jsdiff's `diffArrays` aligns it with each
 * other member over word and punctuation tokens (the tokens `diffWords` uses, without the spaces).
 * Base tokens that every member keeps are anchors; between two anchors, each member's tokens are its
 * reading of that place.
 */
// The array diff alone: the package index loads every diff and the patch code (19 modules).
import { diffArrays } from "diff/lib/diff/array.js";
import type { SectorRole, WordDifference } from "../model.js";
import { comparisonTokens } from "../normalize/index.js";

/** The tokens of a normalized text; normalization spaces them by one rule, so unequal texts differ here. */
export const diffTokens = comparisonTokens;

/** Joins tokens back into readable text: no space before punctuation or after an opening bracket. */
export function joinTokens(tokens: readonly string[]): string {
  let out = "";
  for (const token of tokens) {
    if (out === "" || /^[,;:.!?)\]]$/.test(token) || /[([]$/.test(out)) out += token;
    else out += ` ${token}`;
  }
  return out;
}

export interface Wording {
  role: SectorRole;
  /** The normalized, readable text. */
  text: string;
}

export function wordDifferences(wordings: readonly Wording[]): WordDifference[] {
  if (wordings.length < 2) return [];
  const [base, ...others] = wordings as [Wording, ...Wording[]];
  const baseTokens = diffTokens(base.text);
  const otherTokens = others.map((o) => diffTokens(o.text));
  // For each other member: the index of its token matched to each base token, or -1.
  const matches = otherTokens.map((tokens) => matchIndices(baseTokens, tokens));
  const anchors: number[] = [-1];
  for (let i = 0; i < baseTokens.length; i++) {
    if (matches.every((m) => (m[i] as number) >= 0)) anchors.push(i);
  }
  anchors.push(baseTokens.length);
  const at = (member: number, anchor: number): number => {
    if (anchor < 0) return -1;
    if (anchor >= baseTokens.length) return (otherTokens[member] as string[]).length;
    return (matches[member] as number[])[anchor] as number;
  };
  const differences: WordDifference[] = [];
  for (let k = 0; k + 1 < anchors.length; k++) {
    const a = anchors[k] as number;
    const b = anchors[k + 1] as number;
    const readings: Partial<Record<SectorRole, string>> = {
      [base.role]: joinTokens(baseTokens.slice(a + 1, b)),
    };
    others.forEach((o, m) => {
      readings[o.role] = joinTokens((otherTokens[m] as string[]).slice(at(m, a) + 1, at(m, b)));
    });
    const values = Object.values(readings);
    if (values.every((v) => v === values[0])) continue;
    differences.push({
      readings,
      before: a >= 0 ? (baseTokens[a] as string) : "",
      after: b < baseTokens.length ? (baseTokens[b] as string) : "",
    });
  }
  return differences;
}

function matchIndices(base: string[], other: string[]): number[] {
  const result = new Array<number>(base.length).fill(-1);
  let i = 0;
  let j = 0;
  for (const change of diffArrays(base, other)) {
    const n = change.count ?? change.value.length;
    if (change.added) j += n;
    else if (change.removed) i += n;
    else {
      for (let k = 0; k < n; k++) result[i + k] = j + k;
      i += n;
      j += n;
    }
  }
  return result;
}

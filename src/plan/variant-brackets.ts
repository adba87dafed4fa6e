/**
 * A variant moved with --include-variants takes one Sector's wording (src/plan/variant.ts); the words
 * the Sectors do not all share are still to be agreed, so they stand in [square brackets]: the chosen
 * wording's own words where another Sector wrote something else ("[shall] contribute"), and words only
 * another Sector wrote, at their place ("to [continue to] contribute"). The review note lists each
 * Sector's reading.
 */
import { diffArrays } from "diff";
import { applyTextEdits, bracketed, type TextEdit } from "./rewrite.js";
import { proseView } from "./sentence.js";
import type { Wording } from "./types.js";

interface Token {
  start: number;
  end: number;
  /** What two Sectors' words are compared by: letters and digits, in lower case. */
  key: string;
}

const WORD = /[\p{L}\p{N}]+(?:[-'’/.][\p{L}\p{N}]+)*/gu;

function tokens(text: string): Token[] {
  const { view } = proseView(text);
  return [...view.matchAll(WORD)].map((m) => ({
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
    key: m[0].normalize("NFKC").toLowerCase().replace(/’/g, "'"),
  }));
}

/** The chosen text with its differences from the others in brackets, and the bracketed words. */
function bracketText(chosen: string, others: readonly string[]): { text: string; bracketed: string[] } {
  const mine = tokens(chosen);
  const differs = new Set<number>();
  // Words only another Sector has, by the index of the chosen word they come before.
  const extra = new Map<number, string>();
  for (const other of others) {
    const theirs = tokens(other);
    let i = 0;
    let j = 0;
    const changes = diffArrays(
      mine.map((t) => t.key),
      theirs.map((t) => t.key),
    );
    changes.forEach((change, c) => {
      const n = change.count ?? change.value.length;
      if (change.removed) for (let k = i; k < i + n; k++) differs.add(k);
      // Words another Sector has where the chosen wording has none (not a replacement of its own).
      const replaces = changes[c - 1]?.removed || changes[c + 1]?.removed;
      if (change.added && !replaces && !extra.has(i)) {
        const words = theirs.slice(j, j + n);
        extra.set(i, other.slice((words[0] as Token).start, (words[n - 1] as Token).end));
      }
      if (!change.added) i += n;
      if (!change.removed) j += n;
    });
  }
  const edits: TextEdit[] = [];
  for (let k = 0; k < mine.length; k++) {
    if (!differs.has(k)) continue;
    let last = k;
    while (differs.has(last + 1)) last++;
    edits.push(bracketed(chosen, (mine[k] as Token).start, (mine[last] as Token).end));
    k = last;
  }
  for (const [at, words] of extra) {
    if (differs.has(at) || differs.has(at - 1)) continue;
    const before = mine[at];
    const offset = before ? before.start : (mine[mine.length - 1]?.end ?? chosen.length);
    edits.push({ start: offset, end: offset, text: before ? `[${words}] ` : ` [${words}]` });
  }
  return { text: applyTextEdits(chosen, edits), bracketed: edits.map((e) => e.text.trim()) };
}

/**
 * The chosen wording of a variant with the words the Sectors do not all share in brackets, compared
 * with the other Sectors' wordings (item with item, sub-item with sub-item when they have as many).
 */
export function bracketVariantDifferences(
  chosen: Wording,
  others: readonly Wording[],
): { wording: Wording; bracketed: string[] } {
  const item = bracketText(
    chosen.text,
    others.map((o) => o.text),
  );
  const bracketedWords = [...item.bracketed];
  const subitems = chosen.subitems.map((s, k) => {
    const comparable = others.filter((o) => o.subitems.length === chosen.subitems.length);
    const sub = bracketText(
      s.text,
      comparable.map((o) => (o.subitems[k] as Wording["subitems"][number]).text),
    );
    bracketedWords.push(...sub.bracketed);
    return { ...s, text: sub.text };
  });
  return { wording: { text: item.text, subitems }, bracketed: bracketedWords };
}

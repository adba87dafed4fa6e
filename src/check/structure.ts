/**
 * Rules on one resolution's structure, computed from the parsed model: end-of-item punctuation
 * (`end-punctuation`) and internal references that name no item (`cross-reference`). Keyword lines
 * without items (`empty-keyword-group`) are the parser's warning, which `check` reports with the others.
 */
import { diagnostic, RULES } from "../diagnostics/index.js";
import type { Item, Resolution } from "../model.js";
import { canonicalReferenceLabel, findCrossReferences } from "../plan/cross-references.js";
import { itemParts, itemPlace, placeAt } from "./places.js";
import type { Finding } from "./types.js";

type Place = "inner" | "last-in-section" | "last";

const EXPECTED: Record<Place, { allowed: RegExp; want: string; where: string }> = {
  inner: {
    allowed: /^(?:;|;\s*(?:and|or))$/i,
    want: '";" (or "; and")',
    where: "an item followed by another",
  },
  "last-in-section": { allowed: /^,$/, want: '","', where: "the last item of a keyword group" },
  last: { allowed: /^\.$/, want: '"."', where: "the very last item" },
};

/** The end punctuation of a plain text: "; and", "; or", or its last ";", ",", ".", ":" ("" if none). */
export function endingOf(text: string): string {
  const body = text.replace(/[\s*_]+$/u, "");
  const joined = /[;,]\s*(?:and|or)$/i.exec(body);
  if (joined) return joined[0];
  const last = body.slice(-1);
  return ";,.:".includes(last) && last !== "" ? last : "";
}

/** Where an item's text ends: its last sub-item (at any depth), or the item itself. */
function lastPart(item: Item): Item {
  let part = item;
  while (part.subitems.length > 0) part = part.subitems[part.subitems.length - 1] as Item;
  return part;
}

export function endPunctuation(resolution: Resolution): Finding[] {
  const findings: Finding[] = [];
  const filled = resolution.sections.filter((s) => s.items.length > 0);
  filled.forEach((section, s) => {
    section.items.forEach((item, k) => {
      const place: Place =
        k < section.items.length - 1 ? "inner" : s === filled.length - 1 ? "last" : "last-in-section";
      const part = lastPart(item);
      const ending = endingOf(part.text);
      const expected = EXPECTED[place];
      if (expected.allowed.test(ending.replace(/\s+/g, " "))) return;
      const name = item.label
        ? `Item "${item.label}" of "${section.keyword}"`
        : `The item of "${section.keyword}"`;
      const found = ending === "" ? "has no end punctuation" : `ends with "${ending}"`;
      findings.push(
        diagnostic(
          RULES.endPunctuation,
          resolution.file,
          part === item ? itemPlace(item) : itemPlace(part),
          `${name} ${found}; ${expected.where} takes ${expected.want}.`,
        ),
      );
    });
  });
  return findings;
}

/**
 * Whether a text may hold a reference to one of the keywords: every reference, "resolves 3" or
 * "paragraph 3 of resolves", names its keyword, so a text without the first word of any keyword
 * holds none. A cheap test before `findCrossReferences`, whose case-insensitive Unicode patterns cost
 * more to compile than to run: most items name no keyword, and then they are never compiled. Both
 * compare the keyword lower-cased (`toLowerCase`), so the quick test misses nothing the full one finds.
 */
function referenceFilter(keywords: readonly string[]): (text: string) => boolean {
  const words = keywords.map((k) => k.trim().split(/\s+/)[0]?.toLowerCase() ?? "").filter((w) => w !== "");
  return (text) => {
    const lower = text.toLowerCase();
    return words.some((w) => lower.includes(w));
  };
}

export function crossReferences(resolution: Resolution): Finding[] {
  const labels = new Map<string, Set<string>>();
  for (const section of resolution.sections) {
    const key = section.keyword.replace(/\s+/g, " ").toLowerCase();
    const set = labels.get(key) ?? new Set<string>();
    for (const item of section.items) {
      for (const part of itemParts(item)) if (part.label) set.add(canonicalReferenceLabel(part.label));
    }
    labels.set(key, set);
  }
  const keywords = resolution.sections.map((s) => s.keyword);
  const mayReference = referenceFilter(keywords);
  const findings: Finding[] = [];
  for (const section of resolution.sections) {
    for (const item of section.items) {
      for (const part of itemParts(item)) {
        if (!mayReference(part.text)) continue;
        for (const ref of findCrossReferences(part.text, keywords)) {
          const known = labels.get(ref.keyword.replace(/\s+/g, " ").toLowerCase());
          const label = ref.canonical.replace(/\\/g, "");
          if (!known || known.has(label) || known.has(label.replace(/\)$/, ""))) continue;
          findings.push(
            diagnostic(
              RULES.crossReference,
              resolution.file,
              referencePlace(resolution, part, ref.keyword, ref.label),
              `"${ref.keyword} ${ref.label}" refers to no item: "${ref.keyword}" has no item ${label}.`,
            ),
          );
        }
      }
    }
  }
  return findings;
}

/** The place of a reference in the source: the label after the keyword in the item's Markdown. */
function referencePlace(resolution: Resolution, item: Item, keyword: string, label: string) {
  const source = item.source.toLowerCase();
  const at = source.search(
    new RegExp(
      keyword
        .toLowerCase()
        .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
        .replace(/\s+/g, "\\s+"),
    ),
  );
  if (at < 0) return itemPlace(item);
  const labelAt = source.indexOf(label.toLowerCase(), at + keyword.length);
  return placeAt(resolution, item.span.start.offset + (labelAt < 0 ? at : labelAt));
}

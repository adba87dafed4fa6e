/**
 * Internal cross-references: "resolves 3", "recognizing b) and c)", "paragraph 2 of resolves",
 * "instructs the Director of the Telecommunication Standardization Bureau 1". They name a keyword of the
 * same resolution and labels under it; a reference followed by "of Resolution ..." points elsewhere and
 * is left alone. When items move, a reference follows its target's new label; one whose target has
 * gone is reported and left as written.
 */
import { diagnostic, RULES } from "../diagnostics/index.js";
import type { Diagnostic, Item, Resolution } from "../model.js";
import { type Fate, type Fates, itemAt, itemKey, refOf } from "./planned.js";
import type { PlannedDocument, PlannedItem } from "./types.js";

export interface FoundReference {
  /** Offsets of the label in the text. */
  start: number;
  end: number;
  /** The keyword as the document writes it (the matching section's keyword). */
  keyword: string;
  /** The label as written ("3", "b)", "(b)", "1.2"). */
  label: string;
  /** The canonical label: "b)" for "(b)" and "b)", digits unchanged. */
  canonical: string;
}

const LABEL = String.raw`(?:\d+(?:\.\d+)*|\([a-z]{1,2}\)|[a-z]{1,2}\\?\))`;
const JOIN = String.raw`(?:\s*,\s*|\s+(?:and|or|to)\s+|\s*[-–]\s*)`;
// Emphasis may wrap the keyword: "*resolves* 3", "_recognizing_ b)".
const EMPH = "[*_]{0,2}";

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
}

export function canonicalReferenceLabel(label: string): string {
  const letter = /^\(?([a-z]{1,2})\\?\)$/.exec(label);
  return letter ? `${letter[1]})` : label;
}

// Words after which the labels belong to another document.
const ELSEWHERE =
  /^\s*(?:of|in)\s+(?:(?:the\s+)?(?:Resolution|Decision|Recommendation|Opinion)s?\b|(?:the\s+)?(?:WSIS|Tunis|Geneva|UNGA)\b)/i;
const THIS_RESOLUTION = /^\s*(?:of|in)\s+(?:this|the present)\s+resolution/i;

const cache = new Map<string, { forward: RegExp; backward: RegExp }>();

/** The two patterns for a list of keywords (longest first), compiled once per list. */
function compiled(keywords: readonly string[]): { forward: RegExp; backward: RegExp } {
  const cacheKey = keywords.join("\u0000");
  const hit = cache.get(cacheKey);
  if (hit) return hit;
  const alternatives = keywords.map(escapeRegExp).join("|");
  const forward = new RegExp(
    String.raw`(?<![\p{L}\p{N}])${EMPH}(${alternatives})${EMPH}\s+(${LABEL}(?:${JOIN}${LABEL})*)(?![\p{L}\p{N}])`,
    "giu",
  );
  const backward = new RegExp(
    String.raw`\b(?:paragraphs?|sub-paragraphs?|items?)\s+(${LABEL}(?:${JOIN}${LABEL})*)\s+(?:of|under|in)\s+${EMPH}(${alternatives})${EMPH}(?![\p{L}\p{N}])`,
    "giu",
  );
  if (cache.size > 64) cache.clear();
  const patterns = { forward, backward };
  cache.set(cacheKey, patterns);
  return patterns;
}

/** All references to the given keywords in `text`, one per label, left to right. */
export function findCrossReferences(text: string, keywords: readonly string[]): FoundReference[] {
  const unique = [...new Set(keywords.map((k) => k.trim()).filter((k) => k.length > 0))];
  if (unique.length === 0) return [];
  // Longest keyword first, so "recognizing further" wins over "recognizing".
  unique.sort((a, b) => b.length - a.length);
  const { forward, backward } = compiled(unique);
  const found: FoundReference[] = [];
  const taken: [number, number][] = [];
  const collect = (keywordWritten: string, list: string, listStart: number, after: string) => {
    if (ELSEWHERE.test(after) && !THIS_RESOLUTION.test(after)) return;
    const keyword = unique.find((k) => k.toLowerCase() === keywordWritten.replace(/\s+/g, " ").toLowerCase());
    if (!keyword) return;
    for (const m of list.matchAll(new RegExp(LABEL, "g"))) {
      const start = listStart + (m.index ?? 0);
      found.push({
        start,
        end: start + m[0].length,
        keyword,
        label: m[0],
        canonical: canonicalReferenceLabel(m[0]),
      });
    }
  };
  for (const m of text.matchAll(forward)) {
    const list = m[2] as string;
    const listStart = (m.index ?? 0) + m[0].length - list.length;
    taken.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
    collect(m[1] as string, list, listStart, text.slice((m.index ?? 0) + m[0].length));
  }
  for (const m of text.matchAll(backward)) {
    const at = m.index ?? 0;
    if (taken.some(([s, e]) => at < e && s < at + m[0].length)) continue;
    const list = m[1] as string;
    const listStart = at + m[0].indexOf(list);
    collect(m[2] as string, list, listStart, text.slice(at + m[0].length));
  }
  return found.sort((a, b) => a.start - b.start);
}

/** "resolves 3" follows the renumbering; a reference to a suppressed item is reported. */
export function assignCrossReferences(
  planned: PlannedDocument,
  fates: Fates,
  diagnostics: Diagnostic[],
): void {
  const doc = planned.input;
  const keywords = doc.sections.map((s) => s.keyword);
  const plannedOf = new Map<string, PlannedItem>();
  for (const s of planned.sections)
    for (const i of s.items) if (i.origin) plannedOf.set(`${i.origin.section}/${i.origin.item}`, i);
  for (const s of planned.sections) {
    for (const item of s.items) {
      if (item.mark === "SUP" || item.wording || !item.origin) continue;
      const source = itemAt(doc, item.origin) as Item;
      for (const ref of findCrossReferences(source.source, keywords)) {
        const found = referencedItem(doc, ref);
        if (!found) continue;
        const { section, item: index, rest } = found;
        const target = refOf(doc, planned.role, section, index);
        const now = plannedOf.get(`${section}/${index}`);
        // A target still here has a label: it was found by its label, and a section with labelled items
        // keeps labelling them (a lone item keeps its label, src/plan/relabel.ts). Without one, it has gone.
        const label = now && now.mark !== "SUP" ? now.label : null;
        const record = (to: string | null) =>
          item.crossReferences.push({
            start: ref.start,
            end: ref.end,
            keyword: ref.keyword,
            from: ref.label,
            to,
            target,
          });
        if (label !== null) {
          const canonical = rest.length > 0 ? [label, ...rest].join(".") : label;
          if (canonical !== ref.canonical) record(writeLike(ref.label, canonical));
          continue;
        }
        record(null);
        const why = goneBecause(fates.get(itemKey(planned.role, section, index)));
        diagnostics.push(
          diagnostic(
            RULES.crossReferenceSuppressed,
            doc.file,
            { line: source.line, column: source.column },
            `"${ref.keyword} ${ref.label}" refers to ${why}; rewrite the reference`,
          ),
        );
      }
    }
  }
}

/**
 * The input item a reference names (section and item index), and the sub-item part of its label
 * ("1.2" -> ["2"]), or null when its keyword has no item with that label.
 */
function referencedItem(
  doc: Resolution,
  ref: FoundReference,
): { section: number; item: number; rest: string[] } | null {
  const section = doc.sections.findIndex((x) => x.keyword.toLowerCase() === ref.keyword.toLowerCase());
  const items = doc.sections[section]?.items;
  if (!items) return null;
  const [head, ...rest] = ref.canonical.split(".");
  const item = items.findIndex((i) => i.label === (rest.length > 0 ? head : ref.canonical));
  return item < 0 ? null : { section, item, rest };
}

/** Why the target of a reference is no longer in its resolution. */
function goneBecause(fate: Fate | undefined): string {
  if (fate?.kind === "matched") return "an item suppressed because Resolution 140 already has it";
  if (fate?.kind === "recalled") return "an item replaced by the new recalling item";
  return "an item moved to Resolution 140";
}

/** A label in the style of the reference: "(b)" -> "(c)", "b)" -> "c)", "b\)" -> "c\)". */
function writeLike(written: string, canonical: string): string {
  const core = canonical.replace(/\)$/, "");
  if (/^\(/.test(written)) return `(${core})`;
  if (/\\\)$/.test(written)) return `${core}\\)`;
  return canonicalReferenceLabel(canonical) === canonical && /\)$/.test(written) ? `${core})` : canonical;
}

/**
 * Internal cross-references as written: "resolves 3", "recognizing b) and c)", "recognizing b) to d)",
 * "paragraph 2 of resolves", "instructs the Director of the Telecommunication Standardization Bureau
 * 1". They name a keyword of the same resolution and labels under it; a reference followed by "of
 * Resolution ..." points elsewhere and is left alone. Where each points once items have moved is
 * src/plan/reference-targets.ts.
 */

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

/** One reference as written: a keyword and its labels ("resolves 2 and 3", "paragraphs 2 to 4 of resolves"). */
export interface ReferenceGroup {
  /** From the keyword (or "paragraph") to the last label or keyword, emphasis included. */
  start: number;
  end: number;
  /** "forward": "resolves 3"; "backward": "paragraph 3 of resolves". */
  form: "forward" | "backward";
  /** The keyword as the document writes it (the matching section's keyword). */
  keyword: string;
  /** Emphasis written around the keyword ("*", "**", "_" or ""). */
  emphasis: string;
  labels: FoundReference[];
  /** What stands between two labels: a range ("to", "-", "–") or a list (",", "and", "or"). */
  ranges: boolean[];
  /** Words after it that place it in this text ("above", "below", "of this resolution"), or null. */
  tail: { start: number; end: number } | null;
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
const THIS_RESOLUTION = /^\s*(?:of|in)\s+(?:this|the present)\s+resolution\b/i;
const TAIL = /^\s+(?:above|below)\b|^\s*(?:of|in)\s+(?:this|the present)\s+resolution\b/i;

const cache = new Map<string, { forward: RegExp; backward: RegExp }>();

/** The two patterns for a list of keywords (longest first), compiled once per list. */
function compiled(keywords: readonly string[]): { forward: RegExp; backward: RegExp } {
  const cacheKey = keywords.join("\u0000");
  const hit = cache.get(cacheKey);
  if (hit) return hit;
  const alternatives = keywords.map(escapeRegExp).join("|");
  const forward = new RegExp(
    String.raw`(?<![\p{L}\p{N}])(${EMPH})(${alternatives})${EMPH}\s+(${LABEL}(?:${JOIN}${LABEL})*)(?![\p{L}\p{N}])`,
    "giu",
  );
  const backward = new RegExp(
    String.raw`\b(?:paragraphs?|sub-paragraphs?|items?)\s+(${LABEL}(?:${JOIN}${LABEL})*)\s+(?:of|under|in)\s+(${EMPH})(${alternatives})${EMPH}(?![\p{L}\p{N}])`,
    "giu",
  );
  if (cache.size > 64) cache.clear();
  const patterns = { forward, backward };
  cache.set(cacheKey, patterns);
  return patterns;
}

/** Every reference to the given keywords in `text`, as written, left to right. */
export function findReferenceGroups(text: string, keywords: readonly string[]): ReferenceGroup[] {
  const unique = [...new Set(keywords.map((k) => k.trim()).filter((k) => k.length > 0))];
  if (unique.length === 0) return [];
  // Longest keyword first, so "recognizing further" wins over "recognizing".
  unique.sort((a, b) => b.length - a.length);
  const { forward, backward } = compiled(unique);
  const found: ReferenceGroup[] = [];
  const collect = (
    form: ReferenceGroup["form"],
    at: number,
    whole: string,
    keywordWritten: string,
    emphasis: string,
    list: string,
    listStart: number,
  ) => {
    const end = at + whole.length;
    const after = text.slice(end);
    if (ELSEWHERE.test(after) && !THIS_RESOLUTION.test(after)) return;
    const keyword = unique.find((k) => k.toLowerCase() === keywordWritten.replace(/\s+/g, " ").toLowerCase());
    if (!keyword) return;
    const labels: FoundReference[] = [];
    const ranges: boolean[] = [];
    let previousEnd = -1;
    for (const m of list.matchAll(new RegExp(LABEL, "g"))) {
      const start = listStart + (m.index ?? 0);
      if (previousEnd >= 0) ranges.push(/^\s*(?:[-–]|to)\s*$/i.test(text.slice(previousEnd, start)));
      labels.push({
        start,
        end: start + m[0].length,
        keyword,
        label: m[0],
        canonical: canonicalReferenceLabel(m[0]),
      });
      previousEnd = start + m[0].length;
    }
    const tail = TAIL.exec(after);
    found.push({
      start: at,
      end,
      form,
      keyword,
      emphasis,
      labels,
      ranges,
      tail: tail ? { start: end, end: end + tail[0].length } : null,
    });
  };
  for (const m of text.matchAll(forward)) {
    const list = m[3] as string;
    const at = m.index ?? 0;
    collect("forward", at, m[0], m[2] as string, m[1] as string, list, at + m[0].length - list.length);
  }
  for (const m of text.matchAll(backward)) {
    const at = m.index ?? 0;
    if (found.some((g) => at < g.end && g.start < at + m[0].length)) continue;
    const list = m[1] as string;
    collect("backward", at, m[0], m[3] as string, m[2] as string, list, at + m[0].indexOf(list));
  }
  return found.sort((a, b) => a.start - b.start);
}

/** All references to the given keywords in `text`, one per label, left to right. */
export function findCrossReferences(text: string, keywords: readonly string[]): FoundReference[] {
  return findReferenceGroups(text, keywords)
    .flatMap((g) => g.labels)
    .sort((a, b) => a.start - b.start);
}

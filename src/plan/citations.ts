/**
 * Citations of resolutions and their revisions (DOMAIN.md "Citations"): "Resolution 140 (Rev. Dubai,
 * 2018)", "Resolutions 70 (Rev. Dubai, 2018) and 71", "Resolution ITU-R 61-2". Revisions of the same
 * resolution are the same reference; consolidated text cites the newest one found in the inputs. A UNGA
 * resolution ("70/125") is another document and is never touched.
 */
import type { Resolution } from "../model.js";

export interface FoundCitation {
  /** "140", or "ITU-R 61" for ITU-R resolutions. */
  key: string;
  /** Offsets of the revision as written ("Rev. Dubai, 2018" or "2"), or of where none is written. */
  start: number;
  end: number;
  revision: string | null;
  year: number | null;
  /** ITU-R revision count ("61-2" -> 2). */
  suffix: number | null;
}

const ONE = String.raw`(ITU-R\s+)?(\d+)(?![\d/])(?:-(\d+))?(?:\s*\(((?:Rev\.\s*)?[^()]*?,\s*(\d{4}))\))?`;
const LIST = new RegExp(String.raw`\bResolutions?\s+${ONE}((?:(?:\s*,\s*|\s+and\s+)${ONE})*)`, "g");
const REST = new RegExp(String.raw`(?:\s*,\s*|\s+and\s+)${ONE}`, "gy");

function toCitation(whole: string, g: (string | undefined)[], base: number): FoundCitation {
  const [itur, number, suffix, revision, year] = g;
  const key = itur !== undefined ? `ITU-R ${number}` : (number as string);
  if (suffix !== undefined) {
    const at = base + whole.lastIndexOf(`-${suffix}`) + 1;
    return { key, start: at, end: at + suffix.length, revision: suffix, year: null, suffix: Number(suffix) };
  }
  if (revision !== undefined) {
    const at = base + whole.lastIndexOf(revision);
    return { key, start: at, end: at + revision.length, revision, year: Number(year), suffix: null };
  }
  const at = base + whole.length;
  return { key, start: at, end: at, revision: null, year: null, suffix: null };
}

export function findCitations(text: string): FoundCitation[] {
  const found: FoundCitation[] = [];
  for (const m of text.matchAll(LIST)) {
    const start = m.index ?? 0;
    const rest = m[6] ?? "";
    const first = m[0].slice(0, m[0].length - rest.length);
    found.push(toCitation(first, m.slice(1, 6), start));
    const base = start + first.length;
    REST.lastIndex = 0;
    for (let r = REST.exec(rest); r !== null; r = REST.exec(rest)) {
      found.push(toCitation(r[0], r.slice(1, 6), base + (r.index ?? 0)));
    }
  }
  return found;
}

/** The newest revision of each cited resolution: by year, or by ITU-R revision count. */
export function newestCitations(documents: readonly Resolution[]): Record<string, string> {
  const best = new Map<string, { revision: string; rank: number }>();
  const consider = (key: string, revision: string, rank: number) => {
    const current = best.get(key);
    if (!current || rank > current.rank) best.set(key, { revision, rank });
  };
  for (const doc of documents) {
    // The document itself: its heading is a citation of its own revision.
    if (doc.number && doc.revision) {
      const rev = doc.revision;
      if (rev.suffix !== undefined && doc.role === "ITU-R")
        consider(`ITU-R ${doc.number}`, String(rev.suffix), rev.suffix);
      else if (rev.year !== undefined)
        consider(doc.number, revisionAsCited(rev.text, rev.place, rev.year), rev.year);
    }
    for (const section of doc.sections) {
      for (const item of section.items) {
        for (const text of [item.text, ...item.subitems.map((s) => s.text)]) {
          for (const c of findCitations(text)) {
            if (c.revision === null) continue;
            consider(c.key, c.revision, c.suffix ?? c.year ?? 0);
          }
        }
      }
    }
  }
  return Object.fromEntries(
    [...best.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, v.revision]),
  );
}

/** "REV. GENEVA, 2022" (a heading) as a citation writes it: "Rev. Geneva, 2022". */
export function revisionAsCited(text: string, place: string | undefined, year: number): string {
  if (text !== text.toUpperCase()) return text.replace(/^\(|\)$/g, "");
  const rev = /^\(?\s*REV\./i.test(text);
  const where = place ?? text.replace(/^\(?\s*(REV\.)?\s*/i, "").replace(/,?\s*\d{4}\)?\s*$/, "");
  const titled = where
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
  return `${rev ? "Rev. " : ""}${titled}, ${year}`;
}

/**
 * Rewrites every citation in `text` to the newest revision in `newest`. Returns the text and what
 * changed ("Resolution 75: Rev. Hammamet, 2016 -> Rev. Geneva, 2022").
 */
export function updateCitations(
  text: string,
  newest: Record<string, string>,
): { text: string; changes: string[] } {
  const changes: string[] = [];
  let out = text;
  const citations = findCitations(text).filter((c) => c.revision !== null);
  for (const c of citations.sort((a, b) => b.start - a.start)) {
    const target = newest[c.key];
    if (!target || target === c.revision) continue;
    out = out.slice(0, c.start) + target + out.slice(c.end);
    changes.unshift(`Resolution ${c.key}: ${c.revision} -> ${target}`);
  }
  return { text: out, changes };
}

/**
 * Citation rules over the source of each draft: a revision not written "(Rev. Place, Year)"
 * (`citation-malformed`), a resolution cited in an older revision than the newest cited for it in the
 * files checked (`citation-outdated`), and Resolution 140 cited in another revision than the target
 * (`citation-target`). A citation names a document of a body: "Resolution 71 ... of the
 * Plenipotentiary Conference" is not WTDC Resolution 71; an unqualified citation is of the citing
 * document's own body, as ITU texts write them.
 */
import { diagnostic, RULES } from "../diagnostics/index.js";
import { type Body, bodyNamedAfter, ROLE_BODY } from "../domain/bodies.js";
import type { Resolution } from "../model.js";
import { placeAt, placeName } from "./places.js";
import type { Finding } from "./types.js";

const BODY_LABEL: Record<Body, string> = {
  PP: "the Plenipotentiary Conference",
  RA: "the Radiocommunication Assembly",
  WTSA: "WTSA",
  WTDC: "WTDC",
  Council: "the Council",
};

/** One cited revision, in the source. */
export interface SourceCitation {
  resolution: Resolution;
  body: Body;
  /** "140", "ITU-R 61". */
  number: string;
  /** The revision as written ("Rev. Dubai, 2018", "-2"), null when none is written. */
  revision: string | null;
  /** Year, or ITU-R revision count: what makes one revision newer. Null when pending or absent. */
  rank: number | null;
  /** Offset of the revision (or of the number) in the source. */
  offset: number;
  /** The document's own heading, not a citation in its text. */
  heading: boolean;
}

const WELL_FORMED = /^rev\.\s*(?:\p{L}[\p{L}\s.'’-]*|\[[^\]]*\])\s*,\s*(?:\d{4}|\[[^\]]*\])$/iu;
const PENDING = /\[[^\]]*\]/;

/** Every "(Rev ...)" in the source whose words are not "Rev. Place, Year" or the pending form. */
export function malformedCitations(resolution: Resolution): Finding[] {
  const findings: Finding[] = [];
  for (const m of resolution.source.matchAll(/\(\s*rev\b[^()]{0,80}\)/giu)) {
    const inner = m[0]
      .slice(1, -1)
      .replace(/\\([[\]])/g, "$1")
      .replace(/\s+/g, " ")
      .trim();
    if (WELL_FORMED.test(inner)) continue;
    findings.push(
      diagnostic(
        RULES.citationMalformed,
        resolution.file,
        placeAt(resolution, m.index ?? 0),
        `"${m[0].replace(/\s+/g, " ")}" is not a revision as ITU cites it: write "(Rev. Place, Year)", or "(Rev. [Place], [Year])" while pending.`,
      ),
    );
  }
  return findings;
}

const ONE = String.raw`(ITU-R\s+)?(\d+)(?![\d/])(?:-(\d+))?(?:\s*\(\s*(Rev\.?\s*[^()]*?)\s*\))?`;
const LIST = new RegExp(String.raw`\bResolutions?\s+${ONE}((?:(?:\s*,\s*|\s+and\s+)${ONE})*)`, "g");
const REST = new RegExp(String.raw`(?:\s*,\s*|\s+and\s+)${ONE}`, "gy");

/** The citations in a resolution's text (its own heading included, marked). */
export function sourceCitations(resolution: Resolution): SourceCitation[] {
  const own = resolution.role ? ROLE_BODY[resolution.role] : null;
  const found: SourceCitation[] = [];
  if (own && resolution.number && resolution.revision) {
    const rev = resolution.revision;
    const rank = rev.suffix ?? rev.year ?? null;
    found.push({
      resolution,
      body: own,
      number: resolution.role === "ITU-R" ? `ITU-R ${resolution.number}` : resolution.number,
      revision: rev.text,
      rank,
      offset: 0,
      heading: true,
    });
  }
  const text = resolution.source;
  // The heading, title and preamble stand before the first keyword: the document's own, not citations.
  const bodyStart = resolution.sections[0]?.span.start.offset ?? 0;
  for (const m of text.matchAll(LIST)) {
    const start = m.index ?? 0;
    if (start < bodyStart) continue;
    const rest = m[6] ?? "";
    const end = start + m[0].length;
    const named = bodyNamedAfter(text, end);
    const body = named === null ? own : named.body === "this" ? own : named.body;
    const parts: { groups: (string | undefined)[]; at: number }[] = [{ groups: m.slice(1, 6), at: start }];
    const base = end - rest.length;
    REST.lastIndex = 0;
    for (let r = REST.exec(rest); r !== null; r = REST.exec(rest)) {
      parts.push({ groups: r.slice(1, 6), at: base + (r.index ?? 0) });
    }
    for (const { groups, at } of parts) {
      const [itur, number, suffix, revision] = groups;
      const b: Body | null = itur !== undefined ? "RA" : body;
      if (b === null || number === undefined) continue;
      const key = itur !== undefined ? `ITU-R ${number}` : number;
      let rank: number | null = null;
      let written: string | null = null;
      if (suffix !== undefined) {
        rank = Number(suffix);
        written = `-${suffix}`;
      } else if (revision !== undefined) {
        written = revision.replace(/\s+/g, " ");
        const year = /,\s*(\d{4})$/.exec(written);
        rank = year && !PENDING.test(written) ? Number(year[1]) : null;
      }
      const offset = revision !== undefined ? text.indexOf(revision, at) : at;
      found.push({ resolution, body: b, number: key, revision: written, rank, offset, heading: false });
    }
  }
  return found;
}

const cite = (c: SourceCitation) =>
  c.number.startsWith("ITU-R")
    ? `Resolution ${c.number}${c.revision ?? ""}`
    : `Resolution ${c.number}${c.revision ? ` (${c.revision})` : ""}`;

/** Citations older than the newest cited for the same document of the same body, in the files given. */
export function outdatedCitations(all: readonly SourceCitation[]): Finding[] {
  const newest = new Map<string, SourceCitation>();
  for (const c of all) {
    if (c.rank === null) continue;
    const key = `${c.body}|${c.number}`;
    const current = newest.get(key);
    if (!current || c.rank > (current.rank as number)) newest.set(key, c);
  }
  const findings: Finding[] = [];
  for (const c of all) {
    if (c.heading || c.rank === null) continue;
    // Resolution 140 has its own rule: the revision the drafts should cite is configured.
    if (c.body === "PP" && c.number === "140") continue;
    const best = newest.get(`${c.body}|${c.number}`);
    if (!best || (best.rank as number) <= c.rank) continue;
    findings.push({
      ...diagnostic(
        RULES.citationOutdated,
        c.resolution.file,
        placeAt(c.resolution, c.offset),
        `${cite(c)} of ${BODY_LABEL[c.body]} is an older revision than ${cite(best)}, cited in ${whereCited(best)}.`,
      ),
      related: [relatedPlace(best, `the newest revision cited: ${cite(best)}`)],
    });
  }
  return findings;
}

/** Comparable words of a revision: "Rev. Dubai, 2018" and "REV. DUBAI, 2018" are one. */
function revisionKey(revision: string): string {
  return revision
    .toLowerCase()
    .replace(/^rev\.?\s*/, "")
    .replace(/[\s,]+/g, " ")
    .trim();
}

/**
 * Citations of Resolution 140 in a revision other than the target. With a target (`--revision`, the
 * config's `revision:`, the rule's option), any other revision is reported. Without one, the drafts
 * may cite the newest revision in the files checked (Resolution 140's heading, or the newest year
 * cited) or the pending "Rev. [Place], [Year]" that `propose` writes for the coming revision; an
 * older one is reported (docs/check.md, "The target revision of Resolution 140").
 */
export function targetCitations(all: readonly SourceCitation[], target: string | null): Finding[] {
  const ofResolution140 = all.filter((c) => c.body === "PP" && c.number === "140");
  const cited = ofResolution140.filter((c) => !c.heading && c.revision !== null);
  if (target !== null) {
    const want = revisionKey(target);
    return cited
      .filter((c) => revisionKey(c.revision as string) !== want)
      .map((c) =>
        diagnostic(
          RULES.citationTarget,
          c.resolution.file,
          placeAt(c.resolution, c.offset),
          `Resolution 140 is cited as "${c.revision}"; the target revision is "${target}".`,
        ),
      );
  }
  let newest: SourceCitation | null = null;
  for (const c of ofResolution140) {
    if (c.rank !== null && (newest === null || c.rank > (newest.rank as number))) newest = c;
  }
  if (newest === null) return [];
  const best = newest;
  return cited
    .filter((c) => c.rank !== null && c.rank < (best.rank as number))
    .map((c) => ({
      ...diagnostic(
        RULES.citationTarget,
        c.resolution.file,
        placeAt(c.resolution, c.offset),
        `Resolution 140 is cited as "${c.revision}", older than "${best.revision}" in ${whereCited(best)}; cite that, or the pending "Rev. [Place], [Year]", or name the target with --revision.`,
      ),
      related: [
        relatedPlace(best, `the newest revision of Resolution 140 in the files checked: ${best.revision}`),
      ],
    }));
}

/** "res-140.md (its heading)", "wtsa-75.md:12", "wtsa-75.docx ¶9". */
function whereCited(c: SourceCitation): string {
  if (c.heading) return `${c.resolution.file} (its heading)`;
  return placeName(c.resolution.file, placeAt(c.resolution, c.offset).line, c.resolution);
}

/** The place of a citation as a finding's related location. */
function relatedPlace(c: SourceCitation, message: string): NonNullable<Finding["related"]>[number] {
  const place = c.heading ? { line: 1, column: 1 } : placeAt(c.resolution, c.offset);
  return { file: c.resolution.file, line: place.line, column: place.column, message };
}

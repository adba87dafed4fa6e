import { parseRevisionWords, REVISION_YEAR } from "../domain/citations.js";
import type { Revision, Span } from "../model.js";
import type { Unit } from "./lines.js";
import { collapse } from "./plain-text.js";
import { type SourceText, spanOf } from "./source.js";

/** What stands before the first keyword: "RESOLUTION 75 (REV. GENEVA, 2022)", the title, the preamble. */
export interface Front {
  heading: string | null;
  number: string | null;
  revision: Revision | null;
  title: string | null;
  preamble: string | null;
  /** Where the body text read as each part stands (front matter may still override the text). */
  spans: FrontSpans;
  /** The units read as heading, revision, title or preamble; the caller keeps the others as extras. */
  used: Set<Unit>;
}

export interface FrontSpans {
  heading: Span | null;
  /** "REV. GENEVA, 2022" in the heading's parentheses. */
  headingRevision: Span | null;
  title: Span | null;
  preamble: Span | null;
  /** "Geneva, 2022" in the preamble's last parentheses. */
  preambleMeeting: Span | null;
}

const HEADING = /^resolution\s+(?:(itu-[rtd])\s+)?(\d{1,4})(?:\s*-\s*(\d{1,2}))?\b\s*(?:\((.*)\))?/i;
const PARENTHESIZED = /^\((.*)\)[.,]?$/;
const PREAMBLE = /^the\b.*\b(assembly|conference)\b/i;
/**
 * A place and year in parentheses, as the heading writes its revision ("(REV. GENEVA, 2022)", or
 * "(REV. [PLACE], [YEAR])" while pending).
 */
const HEADING_REVISION = new RegExp(
  String.raw`\(\s*((?:REV\.|Rev\.)?\s*[^()]*?,\s*${REVISION_YEAR})\s*\)`,
  "i",
);
/** The last "(Place, Year)" of the preamble, the meeting that adopted the text (on one line). */
const PREAMBLE_MEETING = new RegExp(String.raw`\(([^()\r\n]*?,[^\S\r\n]*${REVISION_YEAR})\)[^()]*$`);

/** A paragraph of front text: consecutive lines of one block. */
interface Group {
  units: Unit[];
  text: string;
}

/**
 * Reads the heading, revision, title and preamble from the text units before the first keyword.
 * The heading is the first line starting "Resolution"; a "(Rev. ...)" line right after it gives the
 * revision; the preamble is the last paragraph naming an assembly or conference (or ending with ",");
 * the title is the first other paragraph between them. Front matter fields override all of these.
 */
export function readFront(
  units: readonly Unit[],
  frontMatter: Record<string, unknown> | null,
  source: SourceText,
): Front {
  const front: Front = {
    heading: null,
    number: null,
    revision: null,
    title: null,
    preamble: null,
    spans: { heading: null, headingRevision: null, title: null, preamble: null, preambleMeeting: null },
    used: new Set(),
  };
  const groups = groupUnits(units.filter((unit) => unit.kind === "text" && unit.text !== ""));
  const headingIndex = groups.findIndex((group) => HEADING.test((group.units[0] as Unit).text));
  let after = groups.slice(headingIndex + 1);
  if (headingIndex >= 0) {
    // Lines hard-wrapped under the heading, without a blank line, are the next paragraph.
    after = [...readHeading(front, groups[headingIndex] as Group, source), ...after];
    after = readRevisionLine(front, after);
  }
  const preambleIndex = findPreamble(after, front.heading !== null);
  const preamble = after[preambleIndex];
  if (preamble) {
    front.preamble = preamble.text;
    front.spans.preamble = groupSpan(preamble, source);
    front.spans.preambleMeeting = matchSpan(PREAMBLE_MEETING, front.spans.preamble, source);
    for (const unit of preamble.units) front.used.add(unit);
  }
  const titleGroup = after.find(
    (group, index) =>
      index !== preambleIndex &&
      !PARENTHESIZED.test(group.text) &&
      index < (preambleIndex < 0 ? after.length : preambleIndex),
  );
  if (titleGroup && (front.heading !== null || preambleIndex >= 0)) {
    front.title = titleGroup.text;
    front.spans.title = groupSpan(titleGroup, source);
    for (const unit of titleGroup.units) front.used.add(unit);
  }
  applyFrontMatter(front, frontMatter);
  return front;
}

function groupUnits(units: readonly Unit[]): Group[] {
  const groups: Group[] = [];
  for (const unit of units) {
    const last = groups[groups.length - 1];
    const lastUnit = last?.units[last.units.length - 1];
    if (last && lastUnit && !unit.blockStart && unit.block === lastUnit.block) last.units.push(unit);
    else groups.push({ units: [unit], text: "" });
  }
  for (const group of groups) group.text = collapse(group.units.map((unit) => unit.text).join(" "));
  return groups;
}

function groupSpan(group: Group, source: SourceText): Span {
  const first = group.units[0] as Unit;
  const last = group.units[group.units.length - 1] as Unit;
  return spanOf(source, first.spanStart, last.end);
}

/** Where the first group of `pattern` stands inside `within`, or null. */
function matchSpan(pattern: RegExp, within: Span, source: SourceText): Span | null {
  const match = pattern.exec(source.text.slice(within.start.offset, within.end.offset));
  const found = match?.[1];
  if (!match || found === undefined) return null;
  const start = within.start.offset + match.index + match[0].indexOf(found);
  return spanOf(source, start, start + found.length);
}

/** Reads the heading line of `group`; returns the group's other lines as groups of their own. */
function readHeading(front: Front, group: Group, source: SourceText): Group[] {
  const headingUnit = group.units[0] as Unit;
  const headingText = collapse(headingUnit.text);
  const match = HEADING.exec(headingText) as RegExpExecArray;
  front.heading = headingText;
  front.number = match[2] ?? null;
  const suffix = match[3] ? Number(match[3]) : null;
  front.revision = combineRevision(suffix, match[4] ?? null);
  front.spans.heading = spanOf(source, headingUnit.spanStart, headingUnit.end);
  front.spans.headingRevision = matchSpan(HEADING_REVISION, front.spans.heading, source);
  front.used.add(headingUnit);
  const rest = group.units.slice(1);
  return rest.length > 0 ? groupUnits(rest) : [];
}

/** A "(Rev. Geneva, 2022)" line right under the heading gives the revision; returns the groups after it. */
function readRevisionLine(front: Front, after: Group[]): Group[] {
  const revisionGroup = after[0];
  const inner = revisionGroup ? PARENTHESIZED.exec(revisionGroup.text)?.[1] : undefined;
  if (!revisionGroup || inner === undefined) return after;
  if (!/^rev\b/i.test(inner) && !(front.revision === null && /\d{4}$/.test(inner))) return after;
  front.revision = combineRevision(front.revision?.suffix ?? null, inner);
  for (const unit of revisionGroup.units) front.used.add(unit);
  return after.slice(1);
}

/** The last paragraph naming an assembly or conference, else a last one ending with ","; -1 for none. */
function findPreamble(after: readonly Group[], hasHeading: boolean): number {
  for (let i = after.length - 1; i >= 0; i--) {
    if (PREAMBLE.test((after[i] as Group).text)) return i;
  }
  const lastIndex = after.length - 1;
  const last = after[lastIndex];
  return last && /,$/.test(last.text) && (lastIndex > 0 || hasHeading) ? lastIndex : -1;
}

function applyFrontMatter(front: Front, frontMatter: Record<string, unknown> | null): void {
  if (!frontMatter) return;
  const number = frontMatter.number;
  if (typeof number === "string" || typeof number === "number") {
    const match = /^\s*(?:itu-[rtd]\s+)?(\d{1,4})(?:\s*-\s*(\d{1,2}))?\s*$/i.exec(String(number));
    if (match) {
      front.number = match[1] ?? null;
      if (match[2]) front.revision = combineRevision(Number(match[2]), null);
    } else front.number = String(number).trim();
  }
  const revision = frontMatter.revision;
  if (typeof revision === "string" && revision.trim() !== "") {
    const text = revision.trim();
    front.revision = /^-\s*\d+$/.test(text)
      ? combineRevision(Number(text.replace(/\D/g, "")), null)
      : combineRevision(front.revision?.suffix ?? null, text);
  }
  for (const field of ["title", "heading", "preamble"] as const) {
    const value = frontMatter[field];
    if (typeof value === "string" && value.trim() !== "") front[field] = collapse(value);
  }
}

/** A revision from the ITU-R "-2" suffix and/or "Rev. Geneva, 2022" words. */
function combineRevision(suffix: number | null, words: string | null): Revision | null {
  const revision = words ? parseRevisionWords(words) : null;
  if (suffix === null) return revision;
  return { ...revision, text: `-${suffix}`, suffix };
}

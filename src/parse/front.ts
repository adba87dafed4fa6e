import { parseRevisionWords } from "../domain/citations.js";
import type { Revision } from "../model.js";
import type { Unit } from "./lines.js";
import { collapse } from "./plain-text.js";

/** What stands before the first keyword: "RESOLUTION 75 (REV. GENEVA, 2022)", the title, the preamble. */
export interface Front {
  heading: string | null;
  number: string | null;
  revision: Revision | null;
  title: string | null;
  preamble: string | null;
  /** The units read as heading, revision, title or preamble; the caller keeps the others as extras. */
  used: Set<Unit>;
}

const HEADING = /^resolution\s+(?:(itu-[rtd])\s+)?(\d{1,4})(?:\s*-\s*(\d{1,2}))?\b\s*(?:\((.*)\))?/i;
const PARENTHESIZED = /^\((.*)\)[.,]?$/;
const PREAMBLE = /^the\b.*\b(assembly|conference)\b/i;

/** A paragraph of front text: consecutive lines of one block. */
interface Group {
  units: Unit[];
  text: string;
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

/**
 * Reads the heading, revision, title and preamble from the text units before the first keyword.
 * The heading is the first line starting "Resolution"; a "(Rev. ...)" line right after it gives the
 * revision; the preamble is the last paragraph naming an assembly or conference (or ending with ",");
 * the title is the first other paragraph between them. Front matter fields override all of these.
 */
export function readFront(units: readonly Unit[], frontMatter: Record<string, unknown> | null): Front {
  const front: Front = {
    heading: null,
    number: null,
    revision: null,
    title: null,
    preamble: null,
    used: new Set(),
  };
  const textUnits = units.filter((unit) => unit.kind === "text" && unit.text !== "");
  let groups = groupUnits(textUnits);

  const headingIndex = groups.findIndex((group) => HEADING.test((group.units[0] as Unit).text));
  if (headingIndex >= 0) {
    const group = groups[headingIndex] as Group;
    const headingUnit = group.units[0] as Unit;
    const headingText = collapse(headingUnit.text);
    const match = HEADING.exec(headingText) as RegExpExecArray;
    front.heading = headingText;
    front.number = match[2] ?? null;
    const suffix = match[3] ? Number(match[3]) : null;
    front.revision = combineRevision(suffix, match[4] ?? null);
    front.used.add(headingUnit);
    // Lines hard-wrapped under the heading, without a blank line, are the next paragraph.
    const rest = group.units.slice(1);
    groups = [
      ...groups.slice(0, headingIndex + 1),
      ...(rest.length > 0 ? groupUnits(rest) : []),
      ...groups.slice(headingIndex + 1),
    ];
  }

  let after = groups.slice(headingIndex + 1);
  const revisionGroup = after[0];
  if (front.heading && revisionGroup && PARENTHESIZED.test(revisionGroup.text)) {
    const inner = (PARENTHESIZED.exec(revisionGroup.text) as RegExpExecArray)[1] as string;
    if (/^rev\b/i.test(inner) || (front.revision === null && /\d{4}$/.test(inner))) {
      front.revision = combineRevision(front.revision?.suffix ?? null, inner);
      for (const unit of revisionGroup.units) front.used.add(unit);
      after = after.slice(1);
    }
  }

  let preambleIndex = -1;
  for (let i = after.length - 1; i >= 0 && preambleIndex < 0; i--) {
    if (PREAMBLE.test((after[i] as Group).text)) preambleIndex = i;
  }
  if (preambleIndex < 0) {
    const lastIndex = after.length - 1;
    const last = after[lastIndex];
    if (last && /,$/.test(last.text) && (lastIndex > 0 || front.heading !== null)) preambleIndex = lastIndex;
  }
  const preamble = after[preambleIndex];
  if (preamble) {
    front.preamble = preamble.text;
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
    for (const unit of titleGroup.units) front.used.add(unit);
  }

  applyFrontMatter(front, frontMatter);
  return front;
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

/**
 * The marks of the revision Markdown (docs/domain.md "ITU proposal conventions"): margin marks
 * (`**ADD**`, `**MOD**`, `**(MOD)**`, `**SUP**`; none on an unchanged provision) and CriticMarkup
 * revision marks (`{++added++}`, `{--deleted--}`, `{~~old~>new~~}`, `{>>note<<}`).
 */
import type { Mark, PlannedItem, ReviewNote } from "../plan/types.js";

/** A margin mark as printed: the plan's mark, or (MOD) for a change of label or punctuation only. */
export type MarginMark = Exclude<Mark, "NOC"> | "(MOD)";

import { escapeCriticMarkup as safe } from "./critic-markup.js";

/**
 * Wraps each line's content in `open`...`close`: CriticMarkup does not span paragraphs or list items.
 * The first line starts at the item's label and is wrapped whole; the indentation and list markers of
 * the following lines stay outside, so lists keep their shape.
 */
function wrapLines(text: string, open: string, close: string): string {
  return text
    .split(/(\r?\n)/)
    .map((part, index) => {
      if (/^\r?\n$/.test(part) || part.trim() === "") return part;
      const lead =
        index === 0 ? /^()(.*?)([ \t]*)$/ : /^([ \t]*(?:[-*+][ \t]+|\d+[.)][ \t]+)?)(.*?)([ \t]*)$/;
      const m = lead.exec(part) as RegExpExecArray;
      return `${m[1]}${open}${m[2]}${close}${m[3]}`;
    })
    .join("");
}

// The text inside a mark is source text (or quotes it): its own CriticMarkup delimiters are escaped
// (`safe`, ./critic-markup.ts), so the only marks a reader finds are the ones made here.

/** Deleted text, line by line. */
export const del = (text: string) => wrapLines(safe(text), "{--", "--}");
/** Added text, line by line. */
export const ins = (text: string) => wrapLines(safe(text), "{++", "++}");
/** A substitution within a line: added, deleted or replaced. */
export const sub = (from: string, to: string) =>
  from === "" ? `{++${safe(to)}++}` : to === "" ? `{--${safe(from)}--}` : `{~~${safe(from)}~>${safe(to)}~~}`;
/** The review notes of an item, as one comment after it. */
export const comment = (notes: readonly ReviewNote[]) =>
  notes.length === 0 ? "" : ` {>>Review: ${safe(notes.map((n) => n.message).join("; "))}<<}`;
/**
 * The comments after an item: where a moved provision went or came from (capitalized: "Moved to
 * Resolution 140, considering d)"), then its review notes.
 */
export const itemComments = (item: PlannedItem) =>
  (item.note ? ` {>>${safe(`${item.note.charAt(0).toUpperCase()}${item.note.slice(1)}`)}<<}` : "") +
  comment(item.review);
/** A margin mark before an item or keyword. */
export const mark = (m: string) => `**${m}** `;

/**
 * An item's margin mark: none when it is unchanged; (MOD) when only its label, sub-labels, end
 * punctuation or references renumbered with it changed (an editorial change); else the plan's mark.
 */
export function marginMark(item: PlannedItem): MarginMark | null {
  if (item.mark === "NOC") return null;
  if (item.mark !== "MOD") return item.mark;
  const editorial =
    item.wording === null &&
    !item.recalling &&
    (item.citationChanges ?? []).length === 0 &&
    item.crossReferences.every((c) => c.to === null || /^[\w.()]+$/.test(c.to));
  return editorial ? "(MOD)" : "MOD";
}

/** Whether a line opens a list item ("- ", "2.\t"): a margin mark after it leaves it one. */
export const opensListItem = (line: string) => /^[ \t]{0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/.test(line);

/** Indentation of four columns or more (a tab counts as four): an indented code block after a blank line. */
const CODE_INDENT = /^(?: {4,}| {0,3}\t)[ \t]*/;

/**
 * Where a line after a blank line is indented as code (four columns or more), the indentation's
 * length by the line's offset in `text`. A margin mark before a label that was a list marker
 * ("**SUP** 2.\tthat ...") makes the item a paragraph, so its indented sub-paragraphs would read as
 * an indented code block; they start at the margin instead, as in print.
 */
export function codeIndents(text: string): { at: number; length: number }[] {
  const found: { at: number; length: number }[] = [];
  let offset = 0;
  let blankBefore = false;
  for (const line of text.split("\n")) {
    const indent = CODE_INDENT.exec(line)?.[0] ?? "";
    if (blankBefore && indent && line.trim() !== "") found.push({ at: offset, length: indent.length });
    blankBefore = line.trim() === "";
    offset += line.length + 1;
  }
  return found;
}

/** `text` without the indentation `codeIndents` finds. */
export function flatten(text: string): string {
  let out = text;
  for (const { at, length } of codeIndents(text).reverse()) out = out.slice(0, at) + out.slice(at + length);
  return out;
}

/**
 * A whole block (a keyword line, a new item) marked and wrapped, after `prefix` (a list marker or
 * indentation written before it): an ATX heading's `#`s stay before the mark, so the heading stays a
 * heading and no literal "###" shows inside CriticMarkup; outside a list item, later lines are flattened.
 */
export function markBlock(m: string, content: string, wrap: (text: string) => string, prefix = ""): string {
  const lead = /^#{1,6}[ \t]+/.exec(content)?.[0] ?? "";
  const rest = content.slice(lead.length);
  return prefix + lead + mark(m) + wrap(opensListItem(prefix) ? rest : flatten(rest));
}

/**
 * A margin mark written before a label ("**MOD** 2) to ...") is not a list marker, so the items of a
 * tight list would run together into one paragraph when the Markdown is rendered. Each marked line
 * gets a blank line before it, so every provision is its own paragraph, as in the printed proposal.
 */
export function separateMarkedItems(text: string, eol: string): string {
  const lines = text.split(eol);
  const out: string[] = [];
  for (const line of lines) {
    const previous = out[out.length - 1];
    if (MARKED_LINE.test(line) && previous !== undefined && previous.trim() !== "") out.push("");
    out.push(line);
  }
  return out.join(eol);
}

const MARKED_LINE = /^\*\*(ADD|MOD|\(MOD\)|SUP|NOC)\*\* /;

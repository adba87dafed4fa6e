/**
 * The marks of the revision Markdown: margin marks (`**ADD**`, `**MOD**`, `**NOC**`, `**SUP**`) and
 * CriticMarkup revision marks (`{++added++}`, `{--deleted--}`, `{~~old~>new~~}`, `{>>review<<}`).
 */
import type { ReviewNote } from "../plan/types.js";
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
/** A margin mark before an item or keyword. */
export const mark = (m: string) => `**${m}** `;

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

const MARKED_LINE = /^\*\*(ADD|MOD|SUP|NOC)\*\* /;

/**
 * A planned document as paragraphs of runs marked inserted, deleted or unchanged: the form the HTML
 * report and the Word proposals share. It is read from the revision Markdown the Markdown renderer
 * writes (src/render/markdown.ts), so the three outputs cannot disagree: CriticMarkup becomes run
 * kinds, `{>>...<<}` comments, the margin marks a paragraph attribute, and the Markdown syntax
 * (list markers, headings, emphasis, escapes, links) is taken off, emphasis kept as italic and bold.
 *
 * Accepting every change (dropping deleted runs and deleted paragraphs) gives, paragraph by
 * paragraph, the clean proposed text; rejecting every change gives the input.
 */
import type { Resolution } from "../../model.js";
import type { PlannedDocument } from "../../plan/types.js";
import { unescapeCriticMarkup } from "../critic-markup.js";
import type { MarginMark } from "../marks.js";
import {
  charsLike,
  concat,
  concatStyled,
  DEL,
  INS,
  ITALIC,
  inline,
  type Kind,
  lastKind,
  type Marked,
  type Run,
  rangesWithout,
  restyle,
  SAME,
  type Styled,
  SUPERSCRIPT,
  slice,
  textWithout,
  toRuns,
  uniform,
} from "./marked-text.js";

export type { Run, RunKind } from "./marked-text.js";

export type ParagraphRole =
  | "heading"
  | "title"
  | "preamble"
  | "keyword"
  | "item"
  | "subitem"
  | "text"
  | "footnote";

export interface RevisionParagraph {
  role: ParagraphRole;
  /** The margin mark of the provision (ADD, MOD, (MOD), SUP); null on an unchanged one. */
  mark: MarginMark | null;
  /** Text runs; a label is followed by one tab ("a)\tthat ..."). */
  runs: Run[];
  /** Review notes on this paragraph (CriticMarkup comments, "Review: " taken off). */
  comments: string[];
  /** The whole paragraph is new (its paragraph mark too) or removed; null when it stays. */
  change: "inserted" | "deleted" | null;
  /** Sub-item depth (0 for items and everything else). */
  level: number;
}

export interface RevisionDocument {
  /** The proposal unit's mark: MOD when the document changes, NOC when it does not. */
  unitMark: "MOD" | "NOC";
  /** The proposal identifier after the unit's mark ("ACP/64A1/1"), or null. */
  identifier: string | null;
  paragraphs: RevisionParagraph[];
  /** The *Reasons:* text after "Reasons:", or null. */
  reasons: string | null;
}

interface Line extends Marked {
  comments: string[];
}

const CRITIC_CLOSE: Record<string, string> = { "{++": "++}", "{--": "--}", "{~~": "~~}", "{>>": "<<}" };

/** CriticMarkup to lines of marked text (carriage returns dropped); comments collected by line. */
function tokenize(text: string): Line[] {
  const lines: Line[] = [];
  let pieces: { text: string; kind: Kind }[] = [];
  let comments: string[] = [];
  const endLine = () => {
    lines.push({ ...concat(pieces.map((p) => uniform(p.text, p.kind))), comments });
    pieces = [];
    comments = [];
  };
  const push = (s: string, kind: Kind) => {
    s.split("\n").forEach((part, k) => {
      if (k > 0) endLine();
      const piece = part.replace(/\r/g, "");
      if (piece !== "") pieces.push({ text: piece, kind });
    });
  };
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf("{", i);
    if (open < 0) {
      push(text.slice(i), SAME);
      break;
    }
    push(text.slice(i, open), SAME);
    const tag = text.slice(open, open + 3);
    const close = CRITIC_CLOSE[tag];
    const end = close ? text.indexOf(close, open + 3) : -1;
    if (!close || end < 0) {
      push("{", SAME);
      i = open + 1;
      continue;
    }
    const body = text.slice(open + 3, end);
    if (tag === "{++") push(body, INS);
    else if (tag === "{--") push(body, DEL);
    else if (tag === "{~~") {
      const arrow = body.indexOf("~>");
      push(arrow < 0 ? body : body.slice(0, arrow), DEL);
      if (arrow >= 0) push(body.slice(arrow + 2), INS);
    } else {
      // A comment: the spaces and tabs written before it belong to it.
      while (pieces.length > 0) {
        const last = pieces[pieces.length - 1] as { text: string };
        last.text = last.text.replace(/[ \t]+$/, "");
        if (last.text !== "") break;
        pieces.pop();
      }
      comments.push(unescapeCriticMarkup(body.replace(/^Review:\s*/, "")));
    }
    i = end + 3;
  }
  endLine();
  return lines;
}

const LIST_MARKER = /^([-*+]|\d{1,3}[.)])[ \t\u00a0]+/;
const MARGIN_MARK = /^\*\*(ADD|MOD|\(MOD\)|NOC|SUP)\*\*(?:[ \t]+|$)/;
const HEADING = /^#{1,6}[ \t]+/;
const QUOTE = /^>[ \t]?/;
/** A label at the start of an item's text, then its separator. */
const LABEL =
  /^(\(?[a-z]{1,2}\)|\(?[a-z] bis\)|\(?[ivxlc]+\)|\(\d+\)|\d+(?:\.\d+)*(?:bis)?[.)]?|[–—-])([ \t\u00a0]+)/;
/** A line that opens a sub-item of its own (roman, dash or decimal labels) rather than continuing a paragraph. */
const SUBITEM_START = /^(\(?[ivxlc]+\)|[–—-]|\d+\.\d+)[ \t\u00a0]/;
/** The text of a paragraph with every change accepted (or rejected). */
export function acceptedText(p: { runs: readonly Run[] }): string {
  return p.runs
    .filter((r) => r.kind !== "del")
    .map((r) => r.text)
    .join("");
}
export function rejectedText(p: { runs: readonly Run[] }): string {
  return p.runs
    .filter((r) => r.kind !== "ins")
    .map((r) => r.text)
    .join("");
}

/**
 * One channel's label separator (code unit indexes in `chars`), when the channel's text (the code
 * units whose kind is not `drop`) starts with a label.
 */
function labelSeparator(chars: Styled, drop: Kind): { separator: number[]; drop: number[] } {
  const ranges = rangesWithout(chars, drop);
  const text = ranges.map(([start, end]) => chars.text.slice(start, end)).join("");
  const trimmed = text.length - text.trimStart().length;
  const m = LABEL.exec(text.slice(trimmed));
  if (!m) return { separator: [], drop: [] };
  /** The index in `chars` of the channel's code unit `offset`. */
  const index = (offset: number): number => {
    let before = 0;
    for (const [start, end] of ranges) {
      if (offset < before + end - start) return start + offset - before;
      before += end - start;
    }
    return -1;
  };
  const from = trimmed + (m[1] as string).length;
  const separator: number[] = [];
  for (let o = from; o < from + (m[2] as string).length; o++) separator.push(index(o));
  // "2." and "2)" at the start of a line are Markdown list markers: the label is the number.
  const listMarker = /^\d+[.)]$/.test(m[1] as string) ? [index(from - 1)] : [];
  return { separator, drop: listMarker };
}

/** "a) that" -> "a)\tthat", in the old and the new text alike. */
function tabAfterLabel(chars: Styled): Styled {
  const drop = new Set<number>();
  const tab = new Set<number>();
  for (const { separator, drop: marker } of [labelSeparator(chars, INS), labelSeparator(chars, DEL)]) {
    if (separator.length === 0) continue;
    tab.add(separator[0] as number);
    for (const k of [...separator.slice(1), ...marker]) drop.add(k);
  }
  const parts: Styled[] = [];
  let from = 0;
  for (const k of [...new Set([...drop, ...tab])].sort((x, y) => x - y)) {
    parts.push(slice(chars, from, k));
    if (tab.has(k)) parts.push(charsLike(chars, k, "\t"));
    from = k + 1;
  }
  if (parts.length === 0) return chars;
  parts.push(slice(chars, from));
  return concatStyled(parts);
}

const norm = (s: string | null | undefined) =>
  (s ?? "")
    .replace(/[\s\u00a0]+/g, " ")
    .trim()
    .toLowerCase();

/** The keywords a reader may meet in this document (as written in the input, and those the plan adds). */
function keywordsOf(planned: PlannedDocument): Set<string> {
  const words = new Set<string>();
  for (const s of planned.input.sections) words.add(norm(s.keyword));
  for (const s of planned.sections) words.add(norm(s.keyword));
  return words;
}

interface Draft {
  /** The paragraph's lines, joined by a space when it is read (a label table after *Reasons* never is). */
  lines: Marked[];
  comments: string[];
  mark: MarginMark | "NOC" | null;
  heading: boolean;
  list: "ordered" | "bullet" | null;
  indent: number;
}

/**
 * A sub-item: indented under its item, or labelled with a dash or "1.1", or a roman label right after
 * an item ending with ":" (or after another sub-item); "c)" after "b)" is a letter, not a roman number.
 */
function isSubitem(d: Draft, text: string, previous: RevisionParagraph | undefined): boolean {
  if (d.indent > 1) return true;
  if (/^([–—-]|\d+\.\d+)[ \t\u00a0]/.test(text)) return true;
  if (!/^\(?[ivxlc]+\)[ \t\u00a0]/.test(text) || !previous) return false;
  if (previous.role === "subitem") return true;
  const before = acceptedText(previous).trim() || rejectedText(previous).trim();
  return previous.role === "item" && before.endsWith(":");
}

/** The lines of a revision text as draft paragraphs, and the unit's mark and identifier before them. */
function readDrafts(lines: readonly Line[]): {
  drafts: Draft[];
  unitMark: "MOD" | "NOC";
  identifier: string | null;
} {
  let unitMark: "MOD" | "NOC" = "NOC";
  let identifier: string | null = null;
  const drafts: Draft[] = [];
  let open: Draft | null = null;
  let inFence = false;
  for (const line of lines) {
    let chars: Marked = line;
    let s = chars.text;
    if (s.trim() === "" && line.comments.length === 0) {
      if (!inFence) open = null;
      continue;
    }
    if (/^\s*(```|~~~)/.test(s)) inFence = !inFence;
    const take = (n: number) => {
      chars = slice(chars, n);
      s = chars.text;
    };
    const indent = /^[ \t]*/.exec(s)?.[0].length ?? 0;
    take(indent);
    let list: Draft["list"] = null;
    let mark: Draft["mark"] = null;
    let heading = false;
    let orderedNumber: Marked | null = null;
    const listAt = () => {
      const m = LIST_MARKER.exec(s);
      if (!m || list) return;
      list = /\d/.test(m[1] as string) ? "ordered" : "bullet";
      if (list === "ordered") orderedNumber = slice(chars, 0, (m[1] as string).length - 1);
      take(m[0].length);
    };
    listAt();
    const marked = MARGIN_MARK.exec(s);
    if (marked) {
      mark = marked[1] as Draft["mark"];
      take(marked[0].length);
      // The unit's mark before the heading, with its proposal identifier ("**MOD** ACP/64A1/1").
      const id = /^(\S+\/\d+)[ \t]*$/.exec(s);
      if (drafts.length === 0 && (mark === "MOD" || mark === "NOC") && (id || s.trim() === "")) {
        if (mark === "MOD") unitMark = "MOD";
        if (id) identifier = id[1] as string;
        continue;
      }
      listAt();
    }
    const h = HEADING.exec(s);
    if (h) {
      heading = true;
      take(h[0].length);
      chars = slice(chars, 0, s.replace(/[ \t]+#+[ \t]*$/, "").length);
      s = chars.text;
    }
    // A heading's margin mark stands after its "#"s ("### **SUP** {--noting--}").
    const headingMark = h && mark === null ? MARGIN_MARK.exec(s) : null;
    if (headingMark) {
      mark = headingMark[1] as Draft["mark"];
      take(headingMark[0].length);
    }
    const q = QUOTE.exec(s);
    if (q) take(q[0].length);
    if (s.trim() === "" && line.comments.length === 0) continue;
    // An ordered list item is labelled by its number unless its text starts with a label of its own.
    if (orderedNumber && !LABEL.test(s)) {
      const number: Marked = orderedNumber;
      chars = concat([number, uniform(" ", (number.kinds[0] as Kind | undefined) ?? SAME), chars]);
    }
    const startsNew =
      open === null ||
      inFence ||
      list !== null ||
      mark !== null ||
      heading ||
      open.heading ||
      SUBITEM_START.test(s) ||
      /^\[\^[^\]]+\]:/.test(s);
    if (startsNew) {
      open = { lines: [chars], comments: [...line.comments], mark, heading, list, indent };
      drafts.push(open);
    } else if (open) {
      open.lines.push(uniform(" ", lastKind(open.lines)), chars);
      open.comments.push(...line.comments);
    }
  }
  return { drafts, unitMark, identifier };
}

/** Reads a revision Markdown text (src/render/markdown.ts) into paragraphs. */
export function readRevision(revision: string, planned: PlannedDocument): RevisionDocument {
  const doc: Resolution = planned.input;
  const lines = tokenize(revision.replace(/^\uFEFF/, ""));
  // Front matter is metadata, not text of the resolution.
  let start = 0;
  if (lines[0]?.text === "---") {
    const close = lines.findIndex((l, k) => k > 0 && /^(---|\.\.\.)$/.test(l.text));
    if (close > 0) start = close + 1;
  }
  const { drafts, unitMark, identifier } = readDrafts(lines.slice(start));

  const keywords = keywordsOf(planned);
  const paragraphs: RevisionParagraph[] = [];
  let reasons: string | null = null;
  let seenKeyword = false;
  let headingSeen = false;
  for (const d of drafts) {
    // What follows the *Reasons* (a Sector's table of old and new labels) is not part of the unit.
    if (reasons !== null) break;
    // Trailing blanks off; runs of spaces left as written.
    const chars = concat(d.lines);
    let end = chars.text.length;
    while (end > 0 && /\s/.test(chars.text[end - 1] as string)) end--;
    const whole = chars.text.slice(0, end);
    let styled = inline(slice(chars, 0, end));
    const plainOld = norm(textWithout(styled, INS));
    const plainNew = norm(textWithout(styled, DEL));
    if (/^\*Reasons:\*/.test(whole) || /^_Reasons:_/.test(whole)) {
      reasons = textWithout(styled, DEL)
        .replace(/^Reasons:\s*/, "")
        .trim();
      continue;
    }
    const bare = (t: string) => t.replace(/[,:;.]$/, "");
    let role: ParagraphRole;
    if (/^\[\^[^\]]+\]:/.test(whole)) role = "footnote";
    else if (keywords.has(bare(plainOld)) || keywords.has(bare(plainNew))) {
      role = "keyword";
      seenKeyword = true;
    } else if (!seenKeyword && !headingSeen && /^resolution\b/.test(plainOld || plainNew)) {
      role = "heading";
      headingSeen = true;
    } else if (!seenKeyword && doc.title && (plainOld === norm(doc.title) || plainNew === norm(doc.title))) {
      role = "title";
    } else if (
      !seenKeyword &&
      doc.preamble &&
      (plainOld === norm(doc.preamble) || plainNew === norm(doc.preamble))
    ) {
      role = "preamble";
    } else if (seenKeyword && isSubitem(d, plainOld || plainNew, paragraphs[paragraphs.length - 1])) {
      role = "subitem";
    } else if (seenKeyword && (LABEL.test(plainOld) || LABEL.test(plainNew) || d.list !== null)) {
      role = "item";
    } else role = seenKeyword ? "item" : "text";
    // A bullet without a label of its own is labelled by a dash, as the parser reads it ("- text": "–").
    if (
      styled.text !== "" &&
      d.list === "bullet" &&
      role.endsWith("item") &&
      !LABEL.test(plainOld || plainNew)
    )
      styled = concatStyled([charsLike(styled, 0, "– "), styled]);
    if (role === "item" || role === "subitem") styled = tabAfterLabel(styled);
    if (role === "keyword") {
      styled = restyle(styled, (bits) => (bits & SUPERSCRIPT) | ITALIC);
    }
    const runs = toRuns(styled).filter((r) => r.text !== "");
    const content = runs.filter((r) => r.text.trim() !== "");
    const change =
      content.length > 0 && content.every((r) => r.kind === "ins")
        ? "inserted"
        : content.length > 0 && content.every((r) => r.kind === "del")
          ? "deleted"
          : null;
    if (change) {
      // A whole new (or removed) paragraph: its blanks go with it.
      for (const r of runs) r.kind = change === "inserted" ? "ins" : "del";
    }
    paragraphs.push({
      role,
      mark: d.mark === "NOC" ? null : d.mark,
      runs,
      comments: d.comments,
      change,
      level: role === "subitem" ? 1 : 0,
    });
  }
  return { unitMark, identifier, paragraphs, reasons };
}

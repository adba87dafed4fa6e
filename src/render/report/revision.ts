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

export type RunKind = "same" | "ins" | "del";

export interface Run {
  text: string;
  kind: RunKind;
  italic: boolean;
  bold: boolean;
  /** A footnote reference ("[^1]"), shown raised. */
  superscript: boolean;
  /** The footnote label on a reference ("1" for "[^1]", one run each) and on a definition's; else null. */
  note: string | null;
  /** The target of the link the text is in ("[text](url)", "<url>"), or null. */
  link: string | null;
}

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

interface Char {
  ch: string;
  kind: RunKind;
}

interface Line {
  chars: Char[];
  comments: string[];
}

/** CriticMarkup to characters with their kind; comments collected by line. */
function tokenize(text: string): Line[] {
  const lines: Line[] = [{ chars: [], comments: [] }];
  const current = () => lines[lines.length - 1] as Line;
  const push = (s: string, kind: RunKind) => {
    for (const ch of s) {
      if (ch === "\n") {
        lines.push({ chars: [], comments: [] });
        continue;
      }
      if (ch === "\r") continue;
      current().chars.push({ ch, kind });
    }
  };
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf("{", i);
    if (open < 0) {
      push(text.slice(i), "same");
      break;
    }
    push(text.slice(i, open), "same");
    const tag = text.slice(open, open + 3);
    const close = { "{++": "++}", "{--": "--}", "{~~": "~~}", "{>>": "<<}" }[tag];
    const end = close ? text.indexOf(close, open + 3) : -1;
    if (!close || end < 0) {
      push("{", "same");
      i = open + 1;
      continue;
    }
    const body = text.slice(open + 3, end);
    if (tag === "{++") push(body, "ins");
    else if (tag === "{--") push(body, "del");
    else if (tag === "{~~") {
      const arrow = body.indexOf("~>");
      push(arrow < 0 ? body : body.slice(0, arrow), "del");
      if (arrow >= 0) push(body.slice(arrow + 2), "ins");
    } else {
      // A comment: the space written before it belongs to it.
      const chars = current().chars;
      while (chars.length > 0 && /[ \t]/.test((chars[chars.length - 1] as Char).ch)) chars.pop();
      current().comments.push(unescapeCriticMarkup(body.replace(/^Review:\s*/, "")));
    }
    i = end + 3;
  }
  return lines;
}

const asString = (chars: readonly Char[]) => chars.map((c) => c.ch).join("");

const LIST_MARKER = /^([-*+]|\d{1,3}[.)])[ \t\u00a0]+/;
const MARGIN_MARK = /^\*\*(ADD|MOD|\(MOD\)|NOC|SUP)\*\*(?:[ \t]+|$)/;
const HEADING = /^#{1,6}[ \t]+/;
const QUOTE = /^>[ \t]?/;
/** A label at the start of an item's text, then its separator. */
const LABEL =
  /^(\(?[a-z]{1,2}\)|\(?[a-z] bis\)|\(?[ivxlc]+\)|\(\d+\)|\d+(?:\.\d+)*(?:bis)?[.)]?|[–—-])([ \t\u00a0]+)/;
/** A line that opens a sub-item of its own (roman, dash or decimal labels) rather than continuing a paragraph. */
const SUBITEM_START = /^(\(?[ivxlc]+\)|[–—-]|\d+\.\d+)[ \t\u00a0]/;
const ASCII_PUNCT = /[!-/:-@[-`{-~]/;

type Styled = Char & Omit<Run, "text" | "kind">;

/** Inline Markdown off: escapes, emphasis, links, footnote references, code spans. */
function inline(chars: readonly Char[]): Styled[] {
  const out: Styled[] = [];
  const s = asString(chars);
  let italic = false;
  let bold = false;
  let superscript = 0;
  let link: string | null = null;
  const linkEnds = new Map<number, number>();
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] as Char;
    const next = s[i + 1] ?? "";
    const prev = s[i - 1] ?? " ";
    const skipTo = linkEnds.get(i);
    if (skipTo !== undefined) {
      i = skipTo;
      link = null;
      continue;
    }
    if (c.ch === "\\" && ASCII_PUNCT.test(next)) {
      const n = chars[i + 1] as Char;
      out.push({ ch: n.ch, kind: n.kind, italic, bold, superscript: superscript > 0, note: null, link });
      i++;
      continue;
    }
    if ((c.ch === "*" && next === "*") || (c.ch === "_" && next === "_")) {
      bold = !bold;
      i++;
      continue;
    }
    if (c.ch === "*") {
      italic = !italic;
      continue;
    }
    if (c.ch === "_") {
      const opens = !italic && /[\s\p{P}]/u.test(prev) && /\S/.test(next);
      const closes = italic && (next === "" || /[\s\p{P}]/u.test(next));
      if (opens || closes) {
        italic = !italic;
        continue;
      }
    }
    if (c.ch === "`") continue;
    if (c.ch === "[") {
      const foot = /^\[\^([^\]\s]+)\]/.exec(s.slice(i));
      if (foot) {
        for (const f of chars.slice(i + 2, i + 2 + (foot[1] as string).length)) {
          out.push({ ...f, italic, bold, superscript: true, note: foot[1] as string, link });
        }
        i += foot[0].length - 1;
        // A footnote's text: "[^1]: text" reads "1<tab>text".
        if (out.length === (foot[1] as string).length && s[i + 1] === ":") {
          const tab = { ...(chars[i + 1] as Char), ch: "\t" };
          out.push({ ...tab, italic, bold, superscript: false, note: null, link });
          i += s[i + 2] === " " ? 2 : 1;
        }
        continue;
      }
      const linked = /^\[([^\]]*)\]\(([^)\s]*)(?:\s+"[^"]*")?\)/.exec(s.slice(i));
      if (linked) {
        linkEnds.set(i + 1 + (linked[1] as string).length, i + linked[0].length - 1);
        link = linked[2] as string;
        continue;
      }
    }
    if (c.ch === "<") {
      const auto = /^<((?:https?:|mailto:)[^>\s]*)>/.exec(s.slice(i));
      if (auto) {
        for (const a of chars.slice(i + 1, i + 1 + (auto[1] as string).length)) {
          out.push({ ...a, italic, bold, superscript: false, note: null, link: auto[1] as string });
        }
        i += auto[0].length - 1;
        continue;
      }
    }
    if (superscript > 0) superscript--;
    // A literal, not a spread of `c`: this runs once per character of every revision text, and V8
    // copies a spread object several times slower (on 4 x 4,000 items, propose took 31 s of CPU
    // with the spread and 19 s without; bench/propose.ts).
    out.push({ ch: c.ch, kind: c.kind, italic, bold, superscript: false, note: null, link });
  }
  return out;
}

function toRuns(chars: readonly Styled[]): Run[] {
  const runs: Run[] = [];
  for (const c of chars) {
    const last = runs[runs.length - 1];
    if (
      last &&
      last.kind === c.kind &&
      last.italic === c.italic &&
      last.bold === c.bold &&
      last.superscript === c.superscript &&
      last.link === c.link &&
      last.note === c.note &&
      (c.note === null || last.text.length < c.note.length)
    ) {
      last.text += c.ch;
    } else {
      const { ch, ...style } = c;
      runs.push({ text: ch, ...style });
    }
  }
  return runs;
}

/** The text of a paragraph with every change accepted (or rejected). */
export const acceptedText = (p: { runs: readonly Run[] }): string => textWithout(p.runs, "del");
export const rejectedText = (p: { runs: readonly Run[] }): string => textWithout(p.runs, "ins");
function textWithout(runs: readonly Run[], kind: RunKind): string {
  let text = "";
  for (const r of runs) if (r.kind !== kind) text += r.text;
  return text;
}

/** One channel's label separator (indexes in `chars`), when the channel's text starts with a label. */
function labelSeparator(
  chars: readonly Styled[],
  keep: (k: RunKind) => boolean,
): { separator: number[]; drop: number[] } {
  const index: number[] = [];
  let text = "";
  chars.forEach((c, k) => {
    if (keep(c.kind)) {
      index.push(k);
      text += c.ch;
    }
  });
  const trimmed = text.length - text.trimStart().length;
  const m = LABEL.exec(text.slice(trimmed));
  if (!m) return { separator: [], drop: [] };
  const from = trimmed + (m[1] as string).length;
  // "2." and "2)" at the start of a line are Markdown list markers: the label is the number.
  const listMarker = /^\d+[.)]$/.test(m[1] as string) ? [index[from - 1] as number] : [];
  return { separator: index.slice(from, from + (m[2] as string).length), drop: listMarker };
}

/** "a) that" -> "a)\tthat", in the old and the new text alike. */
function tabAfterLabel(chars: Styled[]): Styled[] {
  const oldSep = labelSeparator(chars, (k) => k !== "ins");
  const newSep = labelSeparator(chars, (k) => k !== "del");
  const drop = new Set<number>();
  const tab = new Set<number>();
  for (const { separator, drop: marker } of [oldSep, newSep]) {
    if (separator.length === 0) continue;
    tab.add(separator[0] as number);
    for (const k of [...separator.slice(1), ...marker]) drop.add(k);
  }
  return chars.flatMap((c, k) => (drop.has(k) && !tab.has(k) ? [] : tab.has(k) ? [{ ...c, ch: "\t" }] : [c]));
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
  chars: Char[];
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
    let chars = line.chars;
    let s = asString(chars);
    if (s.trim() === "" && line.comments.length === 0) {
      if (!inFence) open = null;
      continue;
    }
    if (/^\s*(```|~~~)/.test(s)) inFence = !inFence;
    const take = (n: number) => {
      chars = chars.slice(n);
      s = s.slice(n);
    };
    const indent = /^[ \t]*/.exec(s)?.[0].length ?? 0;
    take(indent);
    let list: Draft["list"] = null;
    let mark: Draft["mark"] = null;
    let heading = false;
    let orderedNumber: Char[] = [];
    const listAt = () => {
      const m = LIST_MARKER.exec(s);
      if (!m || list) return;
      list = /\d/.test(m[1] as string) ? "ordered" : "bullet";
      if (list === "ordered") orderedNumber = chars.slice(0, (m[1] as string).length - 1);
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
      chars = chars.filter((_, k) => !(k >= s.replace(/[ \t]+#+[ \t]*$/, "").length));
      s = asString(chars);
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
    if (list === "ordered" && !LABEL.test(s)) {
      chars = [...orderedNumber, { ch: " ", kind: orderedNumber[0]?.kind ?? "same" }, ...chars];
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
      open = { chars: [...chars], comments: [...line.comments], mark, heading, list, indent };
      drafts.push(open);
    } else if (open) {
      const joint = open.chars[open.chars.length - 1]?.kind ?? "same";
      open.chars.push({ ch: " ", kind: joint }, ...chars);
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
  if (asString(lines[0]?.chars ?? []) === "---") {
    const close = lines.findIndex((l, k) => k > 0 && /^(---|\.\.\.)$/.test(asString(l.chars)));
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
    while (d.chars.length > 0 && /\s/.test((d.chars[d.chars.length - 1] as Char).ch)) d.chars.pop();
    let styled = inline(d.chars);
    const plainOld = norm(rejectedText({ runs: toRuns(styled) }));
    const plainNew = norm(acceptedText({ runs: toRuns(styled) }));
    const whole = asString(d.chars);
    if (/^\*Reasons:\*/.test(whole) || /^_Reasons:_/.test(whole)) {
      reasons = acceptedText({ runs: toRuns(styled) })
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
    const first = styled[0];
    if (first && d.list === "bullet" && role.endsWith("item") && !LABEL.test(plainOld || plainNew))
      styled = [{ ...first, ch: "–", note: null, link: null }, { ...first, ch: " " }, ...styled];
    if (role === "item" || role === "subitem") styled = tabAfterLabel(styled);
    if (role === "keyword") styled = styled.map((c) => ({ ...c, italic: true, bold: false }));
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

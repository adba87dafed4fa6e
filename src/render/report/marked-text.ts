/**
 * Text whose every UTF-16 code unit carries a revision kind (unchanged, inserted, deleted) and, once
 * inline Markdown is read, a style (italic, bold, superscript): the working form of the revision
 * reader (src/render/report/revision.ts), and the reading of inline Markdown into styled runs. The
 * kinds and styles are strings of one character per code unit beside the text (sliced and joined with
 * it), not an object per character: a revision text of 4,000 items is millions of characters, and an
 * object for each made the report the largest part of `propose`'s memory (bench/propose.ts). Offsets
 * are UTF-16 code units, as JavaScript's strings count.
 */

/** What a run of text is in the revision: unchanged, inserted or deleted. */
export type RunKind = "same" | "ins" | "del";

/** The kind of a code unit, as a character of the `kinds` string. */
export type Kind = "0" | "1" | "2";
export const SAME: Kind = "0";
export const INS: Kind = "1";
export const DEL: Kind = "2";
const KIND_NAMES: Record<string, RunKind> = { "0": "same", "1": "ins", "2": "del" };

/** Style bits; a code unit's style is the character "0" + its bits in the `styles` string. */
export const ITALIC = 1;
export const BOLD = 2;
export const SUPERSCRIPT = 4;
const styleChar = (bits: number) => String.fromCharCode(48 + bits);

/** A text and, character for character, the kind of each of its code units. */
export interface Marked {
  text: string;
  kinds: string;
}

/** What a code unit belongs to beyond its style: a footnote reference (its label) or a link (its target). */
export interface Tag {
  note: string | null;
  link: string | null;
}

/**
 * A marked text with, character for character, the style of each code unit, and its tag: a character
 * whose code is 0 for none, else 1 + its index in `table` (one table for a paragraph, shared by its
 * slices; a footnote reference has an entry of its own, so that two references never make one run).
 */
export interface Styled extends Marked {
  styles: string;
  tags: string;
  table: readonly Tag[];
}

const NO_TAG = "\0";

/** `text`, every code unit of one kind. */
export function uniform(text: string, kind: Kind): Marked {
  return { text, kinds: kind.repeat(text.length) };
}

/** Code units `[from, to)` of a marked text. */
export function slice<T extends Marked>(m: T, from: number, to = m.text.length): T {
  const part: Marked = { text: m.text.slice(from, to), kinds: m.kinds.slice(from, to) };
  if (!("styles" in m)) return part as T;
  const styled = m as unknown as Styled;
  const tags = styled.tags.slice(from, to);
  return { ...part, styles: styled.styles.slice(from, to), tags, table: styled.table } as unknown as T;
}

/** Marked texts one after another. */
export function concat(parts: readonly Marked[]): Marked {
  return { text: parts.map((p) => p.text).join(""), kinds: parts.map((p) => p.kinds).join("") };
}

/** Styled texts one after another: slices of one paragraph's text (they share its table of tags). */
export function concatStyled(parts: readonly Styled[]): Styled {
  return {
    ...concat(parts),
    styles: parts.map((p) => p.styles).join(""),
    tags: parts.map((p) => p.tags).join(""),
    table: parts[0]?.table ?? [],
  };
}

/** Characters put before or in a styled text, with the kind and style of its code unit `at`, no tag. */
export function charsLike(m: Styled, at: number, text: string): Styled {
  const kind = m.kinds[at] ?? SAME;
  const style = m.styles[at] ?? styleChar(0);
  return {
    text,
    kinds: kind.repeat(text.length),
    styles: style.repeat(text.length),
    tags: NO_TAG.repeat(text.length),
    table: m.table,
  };
}

/** The kind of the last code unit of texts one after another, or SAME when they are all empty. */
export function lastKind(parts: readonly Marked[]): Kind {
  for (let k = parts.length - 1; k >= 0; k--) {
    const kinds = (parts[k] as Marked).kinds;
    if (kinds.length > 0) return kinds[kinds.length - 1] as Kind;
  }
  return SAME;
}

/** Every code unit of `m` restyled by `restyle` (from style bits to style bits). */
export function restyle(m: Styled, change: (bits: number) => number): Styled {
  return { ...m, styles: m.styles.replace(/[0-7]/g, (c) => styleChar(change(c.charCodeAt(0) - 48))) };
}

/**
 * Builds a styled text from code units of a source text, kept in order with a style, and characters
 * put in between: a stretch of consecutive code units of one style is one slice of the source.
 */
class StyledBuilder {
  private readonly texts: string[] = [];
  private readonly kinds: string[] = [];
  private readonly styles: string[] = [];
  private readonly tags: string[] = [];
  readonly table: Tag[] = [];
  private from = -1;
  private to = -1;
  private style = 0;
  private tag = NO_TAG;
  /** Code units so far. */
  length = 0;

  constructor(private readonly source: Marked) {}

  /** A new entry of the table of tags, as the tag character of the code units it marks. */
  newTag(tag: Tag): string {
    this.table.push(tag);
    return String.fromCharCode(this.table.length);
  }

  /** Code unit `k` of the source, with a style and a tag. */
  keep(k: number, style: number, tag: string): void {
    if (this.from >= 0 && k === this.to && style === this.style && tag === this.tag) this.to++;
    else {
      this.flush();
      this.from = k;
      this.to = k + 1;
      this.style = style;
      this.tag = tag;
    }
    this.length++;
  }

  /** A character that is not in the source (a tab for a footnote's colon). */
  put(text: string, kind: Kind, style: number): void {
    this.flush();
    this.texts.push(text);
    this.kinds.push(kind.repeat(text.length));
    this.styles.push(styleChar(style).repeat(text.length));
    this.tags.push(NO_TAG.repeat(text.length));
    this.length += text.length;
  }

  private flush(): void {
    if (this.from < 0) return;
    this.texts.push(this.source.text.slice(this.from, this.to));
    this.kinds.push(this.source.kinds.slice(this.from, this.to));
    this.styles.push(styleChar(this.style).repeat(this.to - this.from));
    this.tags.push(this.tag.repeat(this.to - this.from));
    this.from = -1;
  }

  build(): Styled {
    this.flush();
    return {
      text: this.texts.join(""),
      kinds: this.kinds.join(""),
      styles: this.styles.join(""),
      tags: this.tags.join(""),
      table: this.table,
    };
  }
}

/** The ranges `[start, end)` of code units whose kind is not `drop`. */
export function rangesWithout(m: Marked, drop: Kind): [number, number][] {
  const ranges: [number, number][] = [];
  let from = -1;
  for (let i = 0; i <= m.kinds.length; i++) {
    const keep = i < m.kinds.length && m.kinds[i] !== drop;
    if (keep && from < 0) from = i;
    else if (!keep && from >= 0) {
      ranges.push([from, i]);
      from = -1;
    }
  }
  return ranges;
}

/** The text of the code units whose kind is not `drop` (the accepted text drops DEL, the rejected INS). */
export function textWithout(m: Marked, drop: Kind): string {
  return rangesWithout(m, drop)
    .map(([start, end]) => m.text.slice(start, end))
    .join("");
}

/** A stretch of text of one kind and one style. */
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

const ASCII_PUNCT = /[!-/:-@[-`{-~]/;
const FOOTNOTE_REFERENCE = /\[\^([^\]\s]+)\]/y;
const INLINE_LINK = /\[([^\]]*)\]\(([^)\s]*)(?:\s+"[^"]*")?\)/y;
const AUTOLINK = /<((?:https?:|mailto:)[^>\s]*)>/y;

/** A sticky match of `re` at `at`. */
function matchAt(re: RegExp, s: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(s);
}

/**
 * Inline Markdown off: escapes, emphasis, links, footnote references, code spans. Each code unit kept
 * carries its kind and the style the Markdown around it gives.
 */
export function inline(m: Marked): Styled {
  const s = m.text;
  const out = new StyledBuilder(m);
  let italic = false;
  let bold = false;
  const style = (superscript: boolean) =>
    (italic ? ITALIC : 0) | (bold ? BOLD : 0) | (superscript ? SUPERSCRIPT : 0);
  // The tag of the link the text is in (NO_TAG outside links).
  let link = NO_TAG;
  const keep = (k: number, superscript: boolean, tag = link) => out.keep(k, style(superscript), tag);
  const linkTarget = () => (link === NO_TAG ? null : (out.table[link.charCodeAt(0) - 1] as Tag).link);
  const linkEnds = new Map<number, number>();
  for (let i = 0; i < s.length; i++) {
    const c = s[i] as string;
    const next = s[i + 1] ?? "";
    const prev = s[i - 1] ?? " ";
    const skipTo = linkEnds.get(i);
    if (skipTo !== undefined) {
      i = skipTo;
      link = NO_TAG;
      continue;
    }
    if (c === "\\" && ASCII_PUNCT.test(next)) {
      keep(i + 1, false);
      i++;
      continue;
    }
    if ((c === "*" && next === "*") || (c === "_" && next === "_")) {
      bold = !bold;
      i++;
      continue;
    }
    if (c === "*") {
      italic = !italic;
      continue;
    }
    if (c === "_") {
      const opens = !italic && /[\s\p{P}]/u.test(prev) && /\S/.test(next);
      const closes = italic && (next === "" || /[\s\p{P}]/u.test(next));
      if (opens || closes) {
        italic = !italic;
        continue;
      }
    }
    if (c === "`") continue;
    if (c === "[") {
      const foot = matchAt(FOOTNOTE_REFERENCE, s, i);
      if (foot) {
        const name = (foot[1] as string).length;
        const tag = out.newTag({ note: foot[1] as string, link: linkTarget() });
        for (let k = i + 2; k < i + 2 + name; k++) keep(k, true, tag);
        i += foot[0].length - 1;
        // A footnote's text: "[^1]: text" reads "1<tab>text".
        if (out.length === name && s[i + 1] === ":") {
          out.put("\t", m.kinds[i + 1] as Kind, style(false));
          i += s[i + 2] === " " ? 2 : 1;
        }
        continue;
      }
      const found = matchAt(INLINE_LINK, s, i);
      if (found) {
        linkEnds.set(i + 1 + (found[1] as string).length, i + found[0].length - 1);
        link = out.newTag({ note: null, link: found[2] as string });
        continue;
      }
    }
    if (c === "<") {
      const auto = matchAt(AUTOLINK, s, i);
      if (auto) {
        const tag = out.newTag({ note: null, link: auto[1] as string });
        for (let k = i + 1; k < i + 1 + (auto[1] as string).length; k++) keep(k, false, tag);
        i += auto[0].length - 1;
        continue;
      }
    }
    keep(i, false);
  }
  return out.build();
}

/** Consecutive code units of the same kind and style as one run. */
export function toRuns(styled: Styled): Run[] {
  const runs: Run[] = [];
  const { text, kinds, styles, tags, table } = styled;
  let from = 0;
  for (let i = 1; i <= text.length; i++) {
    if (
      i < text.length &&
      kinds.charCodeAt(i) === kinds.charCodeAt(from) &&
      styles.charCodeAt(i) === styles.charCodeAt(from) &&
      tags.charCodeAt(i) === tags.charCodeAt(from)
    )
      continue;
    if (i > from) {
      const st = styles.charCodeAt(from) - 48;
      const tag = tags.charCodeAt(from) === 0 ? null : table[tags.charCodeAt(from) - 1];
      runs.push({
        text: text.slice(from, i),
        kind: KIND_NAMES[kinds[from] as string] as RunKind,
        italic: (st & ITALIC) !== 0,
        bold: (st & BOLD) !== 0,
        superscript: (st & SUPERSCRIPT) !== 0,
        note: tag?.note ?? null,
        link: tag?.link ?? null,
      });
    }
    from = i;
  }
  return runs;
}

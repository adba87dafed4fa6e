/**
 * Text whose every UTF-16 code unit carries a revision kind (unchanged, inserted, deleted) and, once
 * inline Markdown is read, a style (italic, bold, superscript): the working form of the revision
 * reader (src/render/report/revision.ts), and the reading of inline Markdown into styled runs. The
 * kinds and styles are byte arrays beside one string, not an object per character: a revision text of
 * 4,000 items is millions of characters, and an object for each made the report the largest part of
 * `propose`'s memory (bench/propose.ts). Offsets are UTF-16 code units, as JavaScript's strings count.
 */

/** What a run of text is in the revision: unchanged, inserted or deleted. */
export type RunKind = "same" | "ins" | "del";

export const SAME = 0;
export const INS = 1;
export const DEL = 2;
export const KIND_NAMES: readonly RunKind[] = ["same", "ins", "del"];

/** Style bits. */
export const ITALIC = 1;
export const BOLD = 2;
export const SUPERSCRIPT = 4;

/** A text and the kind (SAME, INS, DEL) of each of its code units. */
export interface Marked {
  text: string;
  kinds: Uint8Array;
}

/** A marked text with the style bits of each code unit. */
export interface Styled extends Marked {
  styles: Uint8Array;
}

/** `text`, every code unit of one kind. */
export function uniform(text: string, kind: number): Marked {
  return { text, kinds: new Uint8Array(text.length).fill(kind) };
}

/** Code units `[from, to)` of a marked text (the kinds a view, not a copy). */
export function slice(m: Marked, from: number, to = m.text.length): Marked {
  return { text: m.text.slice(from, to), kinds: m.kinds.subarray(from, to) };
}

/** Marked texts one after another. */
export function concat(parts: readonly Marked[]): Marked {
  const text = parts.map((p) => p.text).join("");
  const kinds = new Uint8Array(text.length);
  let at = 0;
  for (const p of parts) {
    kinds.set(p.kinds, at);
    at += p.text.length;
  }
  return { text, kinds };
}

/** The kind of the last code unit of texts one after another, or SAME when they are all empty. */
export function lastKind(parts: readonly Marked[]): number {
  for (let k = parts.length - 1; k >= 0; k--) {
    const kinds = (parts[k] as Marked).kinds;
    if (kinds.length > 0) return kinds[kinds.length - 1] as number;
  }
  return SAME;
}

/**
 * Builds a styled text one code unit at a time, from code units of a source text; never longer than
 * `capacity` (the reader only drops or replaces characters).
 */
export class StyledBuilder {
  private readonly codes: Uint16Array;
  readonly kinds: Uint8Array;
  readonly styles: Uint8Array;
  length = 0;

  constructor(capacity: number) {
    this.codes = new Uint16Array(capacity);
    this.kinds = new Uint8Array(capacity);
    this.styles = new Uint8Array(capacity);
  }

  push(code: number, kind: number, style: number): void {
    this.codes[this.length] = code;
    this.kinds[this.length] = kind;
    this.styles[this.length] = style;
    this.length++;
  }

  build(): Styled {
    return {
      text: fromCodes(this.codes.subarray(0, this.length)),
      kinds: this.kinds.slice(0, this.length),
      styles: this.styles.slice(0, this.length),
    };
  }
}

/** The string of UTF-16 code units (lone surrogates kept as they are). */
function fromCodes(codes: Uint16Array): string {
  const CHUNK = 8192;
  let out = "";
  for (let i = 0; i < codes.length; i += CHUNK) {
    out += String.fromCharCode(...codes.subarray(i, i + CHUNK));
  }
  return out;
}

/** The text of the code units whose kind is not `drop` (the accepted text drops DEL, the rejected INS). */
export function textWithout(m: Marked, drop: number): string {
  let out = "";
  let from = -1;
  for (let i = 0; i <= m.kinds.length; i++) {
    const keep = i < m.kinds.length && m.kinds[i] !== drop;
    if (keep && from < 0) from = i;
    else if (!keep && from >= 0) {
      out += m.text.slice(from, i);
      from = -1;
    }
  }
  return out;
}

/** A stretch of text of one kind and one style. */
export interface Run {
  text: string;
  kind: RunKind;
  italic: boolean;
  bold: boolean;
  /** A footnote reference ("[^1]"), shown raised. */
  superscript: boolean;
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
  const out = new StyledBuilder(s.length);
  let italic = false;
  let bold = false;
  const style = (superscript: boolean) =>
    (italic ? ITALIC : 0) | (bold ? BOLD : 0) | (superscript ? SUPERSCRIPT : 0);
  const keep = (k: number, superscript: boolean) =>
    out.push(s.charCodeAt(k), m.kinds[k] as number, style(superscript));
  const linkEnds = new Map<number, number>();
  for (let i = 0; i < s.length; i++) {
    const c = s[i] as string;
    const next = s[i + 1] ?? "";
    const prev = s[i - 1] ?? " ";
    const skipTo = linkEnds.get(i);
    if (skipTo !== undefined) {
      i = skipTo;
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
        for (let k = i + 2; k < i + 2 + name; k++) keep(k, true);
        i += foot[0].length - 1;
        // A footnote's text: "[^1]: text" reads "1<tab>text".
        if (out.length === name && s[i + 1] === ":") {
          out.push(9, m.kinds[i + 1] as number, style(false));
          i += s[i + 2] === " " ? 2 : 1;
        }
        continue;
      }
      const link = matchAt(INLINE_LINK, s, i);
      if (link) {
        linkEnds.set(i + 1 + (link[1] as string).length, i + link[0].length - 1);
        continue;
      }
    }
    if (c === "<") {
      const auto = matchAt(AUTOLINK, s, i);
      if (auto) {
        for (let k = i + 1; k < i + 1 + (auto[1] as string).length; k++) keep(k, false);
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
  const { text, kinds, styles } = styled;
  let from = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i < text.length && kinds[i] === kinds[from] && styles[i] === styles[from]) continue;
    if (i > from) {
      const st = styles[from] as number;
      runs.push({
        text: text.slice(from, i),
        kind: KIND_NAMES[kinds[from] as number] as RunKind,
        italic: (st & ITALIC) !== 0,
        bold: (st & BOLD) !== 0,
        superscript: (st & SUPERSCRIPT) !== 0,
      });
    }
    from = i;
  }
  return runs;
}

/**
 * The `markup` rule: Markdown and HTML remnants in an item's text (emphasis, escapes, links, inline
 * code, tags, footnote references). It reads as these regular expressions, applied in turn:
 *
 *   /\[\^[^\]]*\]/g -> ""                                          footnote references
 *   /!?\[([^\]]*)\]\([^)]*\)/g -> "$1"                              links and images
 *   /<\/?[a-zA-Z][^>]*>/g -> ""                                     tags
 *   /`+/g -> ""                                                     code marks
 *   /\\([\\`*_{}[\]()#+\-.!|<>~"'])/g -> "$1"                       escapes
 *   /(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g -> "$2"                        strong
 *   /(^|[^\p{L}\p{N}*])\*(?=\S)(.+?)(?<=\S)\*(?![\p{L}\p{N}])/gu    emphasis with *
 *   /(^|[^\p{L}\p{N}_])_(?=\S)(.+?)(?<=\S)_(?![\p{L}\p{N}])/gu      emphasis with _
 *   /\*\*|__/g -> ""                                                strong marks left over
 *
 * but the ones that look ahead for a closing mark are scans that find each next mark once, because the
 * expressions try every opening mark against the rest of the line: 200,000 unclosed `*` took minutes
 * (test/normalize/markup.test.ts holds the two to the same results).
 */

export function markup(text: string): string {
  if (!/[*_`\\<[]/.test(text)) return text;
  let out = text;
  if (out.includes("[^")) out = footnotes(out);
  if (out.includes("[")) out = links(out);
  if (out.includes("<")) out = tags(out);
  out = out.replace(/`+/g, "").replace(/\\([\\`*_{}[\]()#+\-.!|<>~"'])/g, "$1");
  if (out.includes("**") || out.includes("__")) out = strong(out);
  if (out.includes("*")) out = emphasis(out, "*");
  if (out.includes("_")) out = emphasis(out, "_");
  return out.replace(/\*\*|__/g, "");
}

/** The first position at or after `p` where a test holds; each position is tested about once per pass. */
class Seeker {
  private from = -1;
  private found = -1;
  constructor(
    private readonly text: string,
    private readonly test: (at: number) => boolean,
  ) {}

  /** The first position >= p that passes, or -1. Cheap when the p asked for only grow. */
  next(p: number): number {
    if (this.from >= 0 && p >= this.from && (this.found < 0 || this.found >= p)) return this.found;
    let at = p;
    while (at < this.text.length && !this.test(at)) at++;
    this.from = p;
    this.found = at < this.text.length ? at : -1;
    return this.found;
  }
}

/** Replaces matches found by `match` (start, end, replacement), scanning left to right without overlap. */
function rewrite(
  text: string,
  candidates: (from: number) => number,
  match: (at: number, scan: number) => { start: number; end: number; value: string } | null,
): string {
  let out = "";
  let copied = 0;
  let scan = 0;
  for (let at = candidates(0); at >= 0; at = candidates(at + 1)) {
    const found = match(at, scan);
    if (!found) continue;
    out += text.slice(copied, found.start) + found.value;
    copied = found.end;
    scan = found.end;
    at = found.end - 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

const charIs = (text: string, ch: string) => (from: number) => text.indexOf(ch, from);

function footnotes(text: string): string {
  const close = new Seeker(text, (at) => text.charCodeAt(at) === 93);
  return rewrite(text, charIs(text, "[^"), (at, scan) => {
    if (at < scan) return null;
    const end = close.next(at + 2);
    return end < 0 ? null : { start: at, end: end + 1, value: "" };
  });
}

function links(text: string): string {
  const bracket = new Seeker(text, (at) => text.charCodeAt(at) === 93);
  const paren = new Seeker(text, (at) => text.charCodeAt(at) === 41);
  return rewrite(text, charIs(text, "["), (at, scan) => {
    if (at < scan) return null;
    const close = bracket.next(at + 1);
    if (close < 0 || text.charCodeAt(close + 1) !== 40) return null;
    const end = paren.next(close + 2);
    if (end < 0) return null;
    const start = at > scan && text.charCodeAt(at - 1) === 33 ? at - 1 : at;
    return { start, end: end + 1, value: text.slice(at + 1, close) };
  });
}

function tags(text: string): string {
  const close = new Seeker(text, (at) => text.charCodeAt(at) === 62);
  return rewrite(text, charIs(text, "<"), (at, scan) => {
    if (at < scan) return null;
    const name = text.charCodeAt(at + 1) === 47 ? at + 2 : at + 1;
    if (!/[a-zA-Z]/.test(text.charAt(name))) return null;
    const end = close.next(name + 1);
    return end < 0 ? null : { start: at, end: end + 1, value: "" };
  });
}

const SPACE = /\s/u;
const WORD = /[\p{L}\p{N}]/u;
const LINE_END = /[\n\r\u2028\u2029]/;

/** The character (code point) that starts at `at`, or "". */
function pointAt(text: string, at: number): string {
  const code = text.codePointAt(at);
  return code === undefined ? "" : String.fromCodePoint(code);
}

/** Where the character that ends just before `at` starts (a surrogate pair is one character). */
function pointBefore(text: string, at: number): number {
  const low = text.charCodeAt(at - 1);
  const high = text.charCodeAt(at - 2);
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? at - 2 : at - 1;
}

/** `**x**` and `__x__`: the first closing pair after the opening one, on the same line. */
function strong(text: string): string {
  const lineEnd = new Seeker(text, (at) => LINE_END.test(text.charAt(at)));
  const closers = ["*", "_"].map(
    (d) => new Seeker(text, (at) => text.startsWith(d + d, at) && at > 0 && !SPACE.test(text.charAt(at - 1))),
  ) as [Seeker, Seeker];
  const candidates = (from: number) => {
    for (let at = from; at < text.length - 1; at++) {
      const c = text.charCodeAt(at);
      if ((c === 42 || c === 95) && text.charCodeAt(at + 1) === c) return at;
    }
    return -1;
  };
  return rewrite(text, candidates, (at, scan) => {
    if (at < scan || SPACE.test(text.charAt(at + 2)) || at + 2 >= text.length) return null;
    const end = closers[text.charCodeAt(at) === 42 ? 0 : 1].next(at + 3);
    if (end < 0) return null;
    const line = lineEnd.next(at + 2);
    if (line >= 0 && line < end) return null;
    return { start: at, end: end + 2, value: text.slice(at + 2, end) };
  });
}

/**
 * `*x*` and `_x_`: the opening mark at the start or after a character that is not a letter, number or
 * the mark, before a non-space; the first closing mark after a non-space and not before a letter or
 * number, on the same line. The character before the opening mark belongs to the match, as in the
 * expression, so it cannot be the closing mark of the match before.
 */
function emphasis(text: string, mark: "*" | "_"): string {
  const lineEnd = new Seeker(text, (at) => LINE_END.test(text.charAt(at)));
  const closer = new Seeker(
    text,
    (at) =>
      text.charAt(at) === mark &&
      at > 0 &&
      !SPACE.test(text.charAt(at - 1)) &&
      !WORD.test(pointAt(text, at + 1)),
  );
  return rewrite(text, charIs(text, mark), (at, scan) => {
    let start = at;
    if (at > 0) {
      start = pointBefore(text, at);
      const before = text.slice(start, at);
      if (WORD.test(before) || before === mark) return null;
    }
    if (start < scan || at + 1 >= text.length || SPACE.test(text.charAt(at + 1))) return null;
    const end = closer.next(at + 2);
    if (end < 0) return null;
    const line = lineEnd.next(at + 1);
    if (line >= 0 && line < end) return null;
    return { start, end: end + 1, value: text.slice(start, at) + text.slice(at + 1, end) };
  });
}

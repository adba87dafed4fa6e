/**
 * The prose of one line of inline Markdown, and how to rewrite it without touching the markup. A moved
 * item keeps its source Markdown (emphasis, links, code, `<sup>` marks, footnote references); the
 * rules that change its words (neutral wording, citation revisions, quotes) read and rewrite plain
 * text. `proseOf` gives that plain text with where each of its characters stands in the Markdown, and
 * `rewriteProse` carries a rewrite of the plain text back into the Markdown, word by word.
 *
 * Markup is taken off: emphasis delimiters, escapes, entities (read as the character they stand for),
 * link brackets and destinations, footnote references, HTML tags, `<sup>`/`<sub>` marks with their
 * content. Link text, code, images and web addresses stay in the plain text, so sentences read whole,
 * but are protected: a rewrite that would change them is refused and reported.
 */
import { diffArrays } from "diff";

/** Where a plain character stands in the Markdown: `[start, end)` (two for an escape, more for an entity). */
interface Place {
  start: number;
  end: number;
}

/** A piece of markup (not prose) and, for emphasis, the delimiter it pairs with. */
interface Markup extends Place {
  pair: number | null;
}

export interface Prose {
  markdown: string;
  /** The words a reader reads, markup taken off. */
  plain: string;
  /** For each character of `plain`, where it stands in `markdown`. */
  places: Place[];
  /** Ranges of `plain` that no rewrite may change: link text, code, web addresses. */
  locked: Place[];
  markup: Markup[];
  /** The footnote references (`[^n1]`), where they stand in `markdown`, and their names. */
  footnotes: (Place & { name: string })[];
  /** The link references (`[text][ref]`, `[ref][]`, `[ref]`) to a definition, by its label, with their text. */
  linkReferences: (Place & { label: string; textStart: number; textEnd: number })[];
}

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
  ndash: "–",
  mdash: "—",
  rsquo: "’",
  lsquo: "‘",
  rdquo: "”",
  ldquo: "“",
  hellip: "…",
};

const ESCAPABLE = /[!-/:-@[-`{-~]/;

/** What stands at `at`: a construct and how far it goes, or null for ordinary text. */
type Scanned =
  | { kind: "escape"; end: number; char: string }
  | { kind: "entity"; end: number; char: string }
  | { kind: "code"; end: number; contentStart: number; contentEnd: number }
  | { kind: "footnote"; end: number; name: string }
  | { kind: "html-mark"; end: number }
  | { kind: "tag"; end: number }
  | { kind: "autolink"; end: number }
  | { kind: "url"; end: number }
  | { kind: "image"; end: number; altStart: number; altEnd: number }
  | {
      kind: "link";
      end: number;
      textStart: number;
      textEnd: number;
      label: string | null;
    }
  | { kind: "delimiter"; end: number };

/**
 * The plain text of a line of inline Markdown. `definitions` are the link labels the document defines
 * (lower case), so that `[ITU Handbook]` reads as a link only where a definition makes it one.
 */
export function proseOf(markdown: string, definitions: ReadonlySet<string> = new Set()): Prose {
  const prose: Prose = {
    markdown,
    plain: "",
    places: [],
    locked: [],
    markup: [],
    footnotes: [],
    linkReferences: [],
  };
  walk(prose, 0, markdown.length, definitions, false);
  pairDelimiters(prose);
  return prose;
}

function addChar(prose: Prose, char: string, start: number, end: number): void {
  for (const c of char) {
    prose.plain += c;
    prose.places.push({ start, end });
  }
}

/** Protects the plain text from `start` to its current end, joined to a protected range just before. */
function lock(prose: Prose, start: number): void {
  const end = prose.plain.length;
  const last = prose.locked[prose.locked.length - 1];
  if (last && last.end === start) last.end = end;
  else if (end > start) prose.locked.push({ start, end });
}

/** Adds `markdown[from, to)` as plain text, every character locked when `locked`. */
function walk(
  prose: Prose,
  from: number,
  to: number,
  definitions: ReadonlySet<string>,
  locked: boolean,
): void {
  const md = prose.markdown;
  let at = from;
  while (at < to) {
    const found = scan(md, at, to, definitions);
    if (!found) {
      const lockStart = prose.plain.length;
      addChar(prose, md[at] as string, at, at + 1);
      if (locked) lock(prose, lockStart);
      at++;
      continue;
    }
    const start = prose.plain.length;
    switch (found.kind) {
      case "escape":
      case "entity":
        addChar(prose, found.char, at, found.end);
        if (locked) lock(prose, start);
        break;
      case "code":
        prose.markup.push({ start: at, end: found.contentStart, pair: null });
        for (let k = found.contentStart; k < found.contentEnd; k++) addChar(prose, md[k] as string, k, k + 1);
        prose.markup.push({ start: found.contentEnd, end: found.end, pair: null });
        lock(prose, start);
        break;
      case "autolink":
      case "url":
        for (let k = at; k < found.end; k++) addChar(prose, md[k] as string, k, k + 1);
        lock(prose, start);
        break;
      case "footnote":
        prose.markup.push({ start: at, end: found.end, pair: null });
        prose.footnotes.push({ start: at, end: found.end, name: found.name });
        break;
      case "html-mark":
      case "tag":
      case "image":
        prose.markup.push({ start: at, end: found.end, pair: null });
        break;
      case "link":
        prose.markup.push({ start: at, end: found.textStart, pair: null });
        walk(prose, found.textStart, found.textEnd, definitions, true);
        prose.markup.push({ start: found.textEnd, end: found.end, pair: null });
        if (found.label !== null)
          prose.linkReferences.push({
            start: at,
            end: found.end,
            label: found.label,
            textStart: found.textStart,
            textEnd: found.textEnd,
          });
        break;
      case "delimiter":
        prose.markup.push({ start: at, end: found.end, pair: -1 });
        break;
    }
    at = found.end;
  }
}

/** The construct that starts at `at`, if any. */
function scan(md: string, at: number, to: number, definitions: ReadonlySet<string>): Scanned | null {
  const ch = md[at] as string;
  const rest = md.slice(at, to);
  if (ch === "\\" && at + 1 < to && ESCAPABLE.test(md[at + 1] as string))
    return { kind: "escape", end: at + 2, char: md[at + 1] as string };
  if (ch === "&") {
    const m = /^&(?:#(\d{1,6})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]+));/.exec(rest);
    const char = m
      ? m[1]
        ? String.fromCodePoint(Number(m[1]))
        : m[2]
          ? String.fromCodePoint(Number.parseInt(m[2], 16))
          : ENTITIES[m[3] as string]
      : undefined;
    if (m && char) return { kind: "entity", end: at + m[0].length, char };
  }
  if (ch === "`") {
    const ticks = /^`+/.exec(rest)?.[0] as string;
    const close = rest.indexOf(ticks, ticks.length);
    if (close > 0 && rest[close + ticks.length] !== "`")
      return {
        kind: "code",
        end: at + close + ticks.length,
        contentStart: at + ticks.length,
        contentEnd: at + close,
      };
  }
  if (ch === "<") {
    const mark = /^<(sup|sub)>[^<]*<\/\1>/i.exec(rest);
    if (mark) return { kind: "html-mark", end: at + mark[0].length };
    const auto = /^<(?:https?|ftp|mailto):[^\s<>]*>/i.exec(rest);
    if (auto) return { kind: "autolink", end: at + auto[0].length };
    const tag = /^<\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?\/?>/.exec(rest);
    if (tag) return { kind: "tag", end: at + tag[0].length };
  }
  if ((ch === "h" || ch === "w") && !/[\p{L}\p{N}]/u.test(md[at - 1] ?? "")) {
    const url = /^(?:https?:\/\/|www\.)[^\s<>]*[^\s<>.,;:!?'")\]*_]/.exec(rest);
    if (url) return { kind: "url", end: at + url[0].length };
  }
  if (ch === "!" && md[at + 1] === "[") {
    const link = linkAt(md, at + 1, to, definitions);
    if (link) return { kind: "image", end: link.end, altStart: link.textStart, altEnd: link.textEnd };
  }
  if (ch === "[") {
    const footnote = /^\[\^([^\]\s]+)\]/.exec(rest);
    if (footnote) return { kind: "footnote", end: at + footnote[0].length, name: footnote[1] as string };
    const link = linkAt(md, at, to, definitions);
    if (link) return { kind: "link", ...link };
  }
  if (ch === "*" || ch === "_" || ch === "~") {
    const run = new RegExp(`^\\${ch}+`).exec(rest)?.[0] as string;
    if (ch === "~" && run.length < 2) return null;
    const before = md[at - 1] ?? " ";
    const after = md[at + run.length] ?? " ";
    // An underscore inside a word is a letter of it ("snake_case"); a delimiter touches a word on one side.
    if (ch === "_" && /[\p{L}\p{N}]/u.test(before) && /[\p{L}\p{N}]/u.test(after)) return null;
    if (/\s/.test(before) && /\s/.test(after)) return null;
    return { kind: "delimiter", end: at + run.length };
  }
  return null;
}

/** `[text](destination)`, `[text][label]`, `[label][]`, or `[label]` that a definition makes a link. */
function linkAt(
  md: string,
  at: number,
  to: number,
  definitions: ReadonlySet<string>,
): { end: number; textStart: number; textEnd: number; label: string | null } | null {
  let depth = 0;
  let close = -1;
  for (let k = at; k < to; k++) {
    const c = md[k];
    if (c === "\\") {
      k++;
      continue;
    }
    if (c === "[") depth++;
    if (c === "]" && --depth === 0) {
      close = k;
      break;
    }
  }
  if (close < 0) return null;
  const text = { textStart: at + 1, textEnd: close };
  const after = md.slice(close + 1, to);
  const inline = /^\((?:[^()\s]|\([^()\s]*\))*(?:\s+(?:"[^"]*"|'[^']*'))?\)/.exec(after);
  if (inline) return { end: close + 1 + inline[0].length, ...text, label: null };
  const full = /^\[([^\]]*)\]/.exec(after);
  const label = (full && full[1] !== "" ? (full[1] as string) : md.slice(at + 1, close)).toLowerCase().trim();
  if (full && definitions.has(label)) return { end: close + 1 + full[0].length, ...text, label };
  if (definitions.has(label) && md[close + 1] !== "(") return { end: close + 1, ...text, label };
  return null;
}

/** Pairs each emphasis delimiter run with the next run written the same ("*" with "*", "**" with "**"). */
function pairDelimiters(prose: Prose): void {
  const open = new Map<string, number>();
  prose.markup.forEach((m, index) => {
    if (m.pair === null) return;
    const run = prose.markdown.slice(m.start, m.end);
    const opener = open.get(run);
    if (opener === undefined) {
      m.pair = null;
      open.set(run, index);
      return;
    }
    (prose.markup[opener] as Markup).pair = index;
    m.pair = opener;
    open.delete(run);
  });
}

/** A change of the plain text: `[start, end)` of the old plain text becomes `text`. */
export interface ProseEdit {
  start: number;
  end: number;
  text: string;
}

/** Words (a hyphenated or abbreviated one whole: "ITU-T", "ITU's"), spaces, and each other character. */
const TOKEN = /\s+|[\p{L}\p{N}](?:[\p{L}\p{N}'’.-]*[\p{L}\p{N}])?|./gsu;

/**
 * The changes between two plain texts, word by word, for a rewrite that gives only its result. Runs
 * of changes separated by nothing but spaces are one change.
 */
export function proseEdits(before: string, after: string): ProseEdit[] {
  const a = before.match(TOKEN) ?? [];
  const b = after.match(TOKEN) ?? [];
  const edits: ProseEdit[] = [];
  let at = 0;
  let pending: ProseEdit | null = null;
  let gap: { length: number; text: string } | null = null;
  for (const part of diffArrays(a, b)) {
    const value = part.value.join("");
    if (!part.added && !part.removed) {
      if (pending && /^\s+$/.test(value) && gap === null) gap = { length: value.length, text: value };
      else {
        if (pending) edits.push(pending);
        pending = null;
        gap = null;
      }
      at += value.length;
      continue;
    }
    if (pending && gap) {
      pending.end += gap.length;
      pending.text += gap.text;
    }
    gap = null;
    pending ??= { start: at, end: at, text: "" };
    if (part.removed) {
      at += value.length;
      pending.end = at;
    } else pending.text += value;
  }
  if (pending) edits.push(pending);
  return edits;
}

/** The result of carrying a rewrite into the Markdown. */
export interface ProseRewrite {
  markdown: string;
  /** Changes not made because they would have changed protected text ("ITU-T Handbook" -> ...). */
  refused: string[];
}

/**
 * Carries a rewrite of the plain text into the Markdown: each changed run of words is replaced where
 * it stands, the markup around and between stays. `rewrite` gives its changes as edits of the plain
 * text (exact), or only its result (then compared word by word). A change that touches protected text
 * (link text, code, web addresses) or the plain ranges `keep` names is refused.
 */
export function rewriteProse(
  markdown: string,
  rewrite: (plain: string) => readonly ProseEdit[] | string,
  options: { definitions?: ReadonlySet<string>; keep?: (plain: string) => Place[] } = {},
): ProseRewrite {
  const prose = proseOf(markdown, options.definitions);
  const result = rewrite(prose.plain);
  const edits = typeof result === "string" ? proseEdits(prose.plain, result) : result;
  if (edits.length === 0) return { markdown, refused: [] };
  return applyProseEdits(prose, edits, options.keep?.(prose.plain) ?? []);
}

/** Applies plain-text edits to the Markdown of `prose`, right to left. */
export function applyProseEdits(
  prose: Prose,
  edits: readonly ProseEdit[],
  keep: readonly Place[] = [],
): ProseRewrite {
  const refused: string[] = [];
  const locked = [...prose.locked, ...keep];
  let out = prose.markdown;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) {
    const touches = locked.some((l) =>
      e.start === e.end ? l.start < e.start && e.start < l.end : l.start < e.end && e.start < l.end,
    );
    if (touches) {
      refused.push(`${prose.plain.slice(e.start, e.end)} -> ${e.text}`);
      continue;
    }
    const { start, end, text } = markdownEdit(prose, e);
    out = out.slice(0, start) + text + out.slice(end);
  }
  return { markdown: out, refused: refused.reverse() };
}

/** Where a plain-text edit goes in the Markdown, and the text it writes there with the markup it spans. */
function markdownEdit(prose: Prose, e: ProseEdit): { start: number; end: number; text: string } {
  const { places, markdown } = prose;
  if (e.start === e.end) {
    // An insertion sticks to the character before it (before any markup that follows that character).
    const at = e.start > 0 ? (places[e.start - 1] as Place).end : (places[0]?.start ?? markdown.length);
    return { start: at, end: at, text: escapeInserted(e.text) };
  }
  const start = (places[e.start] as Place).start;
  const end = (places[e.end - 1] as Place).end;
  // Markup inside the replaced run: a delimiter paired inside it goes with the words it wrapped;
  // one whose pair stands outside stays (an opener before the new words, a closer after them).
  const inside = prose.markup
    .map((m, index) => ({ m, index }))
    .filter(({ m }) => m.start >= start && m.end <= end);
  const kept = inside.filter(({ m }) => {
    if (m.pair === null) return true;
    const other = prose.markup[m.pair] as Markup;
    return other.start < start || other.end > end;
  });
  const openers = kept.filter(({ m }) => m.pair !== null && (prose.markup[m.pair] as Markup).start > m.start);
  const others = kept.filter((k) => !openers.includes(k));
  const text =
    openers.map(({ m }) => markdown.slice(m.start, m.end)).join("") +
    escapeInserted(e.text) +
    others.map(({ m }) => markdown.slice(m.start, m.end)).join("");
  return { start, end, text };
}

/** New words written into Markdown: characters that would start markup are escaped. */
function escapeInserted(text: string): string {
  return text.replace(/([*_`\\<])/g, "\\$1");
}

/** The plain text of a line of inline Markdown. */
export function plainText(markdown: string, definitions: ReadonlySet<string> = new Set()): string {
  return proseOf(markdown, definitions).plain;
}

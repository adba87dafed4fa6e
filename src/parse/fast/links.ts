/** Inline links `[text](url)` and bare web addresses (GFM autolink literals), in their plainest forms. */
import { trimEnd } from "../source.js";
import type { Segment } from "./nodes.js";

const LINK_TEXT = /^[^[\]\\`<*_!&@^\s](?:[^[\]\\`<*_!&@]*[^[\]\\`<*_!&@\s])?$/;

const LINK_URL = /^(?:[A-Za-z0-9\-._~:/?#=+,;]|%[0-9A-Fa-f]{2})+$/;

const HTTP = /https?:\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/[A-Za-z0-9\-_/]*)?/y;

const WWW = /www\.[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/[A-Za-z0-9\-_/]*)?/y;

/** After a space, tab or the line start (where a link or address may begin). */
function atWordStart(text: string, at: number, lineStart: number): boolean {
  if (at === lineStart) return true;
  const before = text.charCodeAt(at - 1);
  return before === 32 || before === 9;
}

/** Before a space, tab, the line end, or `,;:.` that is itself before one of those. */
function atWordEnd(text: string, at: number, lineEnd: number): boolean {
  if (at >= lineEnd) return true;
  const c = text.charCodeAt(at);
  if (c === 32 || c === 9) return true;
  if (c === 44 || c === 59 || c === 58 || c === 46) {
    const next = text.charCodeAt(at + 1);
    return at + 1 >= lineEnd || next === 32 || next === 9;
  }
  return false;
}

/** `[text](url)` with plain text and a plain URL; null for any other "[". */
export function readInlineLink(
  text: string,
  at: number,
  lineStart: number,
  lineEnd: number,
  paragraphEnd: number,
): Segment | null {
  if (!atWordStart(text, at, lineStart)) return null;
  const close = text.indexOf("]", at + 1);
  if (close < 0 || close >= paragraphEnd || text.charCodeAt(close + 1) !== 40) return null;
  let label = text.slice(at + 1, close);
  let closeLineEnd = lineEnd;
  if (close >= lineEnd) {
    // Link text hard-wrapped over lines: joined as in a paragraph (spaces at the break dropped).
    const joined = joinWrappedLabel(label);
    if (joined === null) return null;
    label = joined;
    const eol = text.slice(close, paragraphEnd).search(/[\r\n]/);
    closeLineEnd = eol < 0 ? paragraphEnd : trimEnd(text, close, close + eol);
  }
  if (!LINK_TEXT.test(label.replace(/\r\n|\r|\n/g, " ")) || /www\.|https?:/i.test(label)) return null;
  const urlEnd = text.indexOf(")", close + 2);
  if (urlEnd < 0 || urlEnd >= closeLineEnd) return null;
  const url = text.slice(close + 2, urlEnd);
  if (!LINK_URL.test(url) || !atWordEnd(text, urlEnd + 1, closeLineEnd)) return null;
  return { kind: "link", start: at, end: urlEnd + 1, innerStart: at + 1, innerEnd: close, value: label, url };
}

/** The value of link text that runs over line ends, or null where a hard break or blank piece would be. */
function joinWrappedLabel(raw: string): string | null {
  const pieces = raw.split(/(\r\n|\r|\n)/);
  let value = "";
  for (let p = 0; p < pieces.length; p += 2) {
    let piece = pieces[p] as string;
    const trailing = piece.length - piece.replace(/[ \t]+$/, "").length;
    if (p + 1 < pieces.length && trailing >= 2) return null;
    piece = piece.trim();
    if (piece === "" || piece.endsWith("\\")) return null;
    value += piece + (pieces[p + 1] ?? "");
  }
  return value;
}

/**
 * A `www.` or `http(s)://` address (GFM autolinks them) in its plainest form; undefined when the "w"
 * or "h" starts no address at all, null when it starts one the fast path does not read (`WWW.` ...).
 */
export function readWww(
  text: string,
  at: number,
  lineStart: number,
  lineEnd: number,
): Segment | null | undefined {
  const c = text.charCodeAt(at);
  const lower = (offset: number) => text.charCodeAt(at + offset) | 32;
  if (c === 104 || c === 72) {
    // "http:" or "https:", any case: a plain lowercase "http(s)://domain/path" is read, others are not.
    if (lower(1) !== 116 || lower(2) !== 116 || lower(3) !== 112) return undefined;
    if (text.charCodeAt(at + 4) !== 58 && !(lower(4) === 115 && text.charCodeAt(at + 5) === 58))
      return undefined;
    if (!atWordStart(text, at, lineStart)) return null;
    HTTP.lastIndex = at;
    const match = HTTP.exec(text);
    if (!match) return null;
    return bareAddress(text, at, match[0], match[0], lineEnd);
  }
  if (lower(1) !== 119 || lower(2) !== 119 || text.charCodeAt(at + 3) !== 46) return undefined;
  if (c !== 119 || !atWordStart(text, at, lineStart)) return null;
  WWW.lastIndex = at;
  const match = WWW.exec(text);
  if (!match) return null;
  return bareAddress(text, at, match[0], `http://${match[0]}`, lineEnd);
}

/** A bare web address read as a link (GFM autolink literal), if it ends the word within its line. */
function bareAddress(
  text: string,
  at: number,
  address: string,
  url: string,
  lineEnd: number,
): Segment | null {
  const end = at + address.length;
  if (end > lineEnd || !atWordEnd(text, end, lineEnd)) return null;
  return { kind: "link", start: at, end, innerStart: at, innerEnd: end, value: address, url };
}

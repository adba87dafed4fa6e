/**
 * The fast path: a hand-written parser for the plain block shapes that make up most of a resolution
 * (paragraphs of text with backslash escapes, simple emphasis, plain links and web addresses; ATX
 * headings; lists, tight or with indented sub-paragraphs).
 *
 * Contract: for one block of the body, `parseBlockFast` either returns exactly the mdast nodes remark
 * gives for it (remark-parse + remark-gfm as `../markdown.ts` configures them; remark-frontmatter acts
 * only before the body, which no block includes), positions included (line, column and offset in the
 * whole source), or declines with null and the caller, `../markdown.ts` (its one user), hands the block
 * to remark. It never guesses: whatever it does not fully understand, it declines. The differential
 * tests `test/parse/fast-block*.test.ts` and `test/parse/properties.test.ts` hold it to remark on the
 * fixtures and on random blocks.
 *
 * Why: remark runs at about half a microsecond per byte, too slow for a 5 MB document in a second;
 * this is ten times faster on large inputs.
 */
import { decodeNamedCharacterReference } from "decode-named-character-reference";
import type { Heading, List, ListItem, Paragraph, PhrasingContent, RootContent } from "mdast";
import type { Point } from "unist";
import { isBlank, lineEnd, lineStart, type SourceText, skipSpaces, trimEnd } from "../source.js";
import type { BlockRange } from "./blocks.js";

export { type BlockRange, needsWholeDocument, splitBlocks } from "./blocks.js";

/**
 * Characters and words whose meaning depends on more than the simple rules here: code spans, HTML and
 * autolinks, links, strikethrough, tables, NUL, character references, GFM literal autolinks, lone CR.
 */
const UNSAFE = /[`<~|]|&#|mailto:|xmpp:|@|\r(?!\n)/i;

/**
 * `&name;` is a character reference only when the name is one micromark decodes ("&amp;" yes, "&SDG;"
 * no); it asks the same table, so the fast path declines exactly the references remark would decode.
 */
const NAMED_REFERENCE = /&([a-z][a-z\d]{0,31});/gi;

function hasCharacterReference(text: string): boolean {
  if (!text.includes("&")) return false;
  for (const match of text.matchAll(NAMED_REFERENCE)) {
    if (decodeNamedCharacterReference(match[1] as string) !== false) return true;
  }
  return false;
}

interface Lines {
  text: string;
  /** Offsets of line starts, line content ends (before the line ending) and next line starts. */
  starts: number[];
  ends: number[];
  nexts: number[];
  /** Blank lines (only spaces and tabs); only a list item may contain them. */
  blanks: boolean[];
  firstLine: number;
}

/** The mdast for one block, or null when the block needs remark. */
export function parseBlockFast(source: SourceText, block: BlockRange): RootContent[] | null {
  const { text } = source;
  const slice = text.slice(block.start, block.end);
  if (UNSAFE.test(slice) || slice.includes("\0") || hasCharacterReference(slice)) return null;
  const lines: Lines = { text, starts: [], ends: [], nexts: [], blanks: [], firstLine: block.startLine };
  for (let line = block.startLine; line <= block.endLine; line++) {
    const start = lineStart(source, line);
    const next = lineStart(source, line + 1);
    const end = line === block.endLine ? block.end : lineEnd(source, line);
    lines.blanks.push(isBlank(text, start, end));
    lines.starts.push(start);
    lines.ends.push(end);
    lines.nexts.push(next);
  }
  return parseFlow(lines, 0);
}

function parseFlow(lines: Lines, from: number): RootContent[] | null {
  const nodes: RootContent[] = [];
  let k = from;
  while (k < lines.starts.length) {
    if (lines.blanks[k]) return null;
    const start = lines.starts[k] as number;
    const kind = classify(lines.text, start, lines.ends[k] as number);
    if (kind === "reject" || kind === "indented") return null;
    if (kind === "heading") {
      const heading = parseHeading(lines, k);
      if (!heading) return null;
      nodes.push(heading);
      k++;
    } else if (kind === "marker") {
      const list = parseList(lines, k);
      if (!list) return null;
      nodes.push(...list.nodes);
      k = list.next;
    } else {
      const paragraph = parseParagraph(lines, k);
      if (!paragraph) return null;
      nodes.push(paragraph.node);
      k = paragraph.next;
    }
  }
  return nodes;
}

type LineKind = "text" | "heading" | "marker" | "indented" | "reject";

/** What a line (from `start`, its first non-space character) would open in CommonMark. */
/**
 * A tight list block cut at its top-level items, so that one item the fast path cannot read does not
 * send the whole list to remark. It applies only where a line in the first column that starts with a
 * list marker must open a new top-level item: no blank lines, every item starting with plain text,
 * every other line in the first column plain paragraph text (a lazy continuation), no tables or fences.
 * Parsing the pieces apart then gives the same nodes, except that items are grouped into one list per
 * piece. Any other block comes back whole.
 */
export function splitListItems(source: SourceText, block: BlockRange): BlockRange[] {
  const { text } = source;
  const whole = [block];
  const slice = text.slice(block.start, block.end);
  if (FENCE_LINE.test(slice) || slice.includes("|")) return whole;
  const starts: number[] = [];
  for (let line = block.startLine; line <= block.endLine; line++) {
    const start = lineStart(source, line);
    const end = line === block.endLine ? block.end : lineEnd(source, line);
    if (isBlank(text, start, end)) return whole;
    const kind = classify(text, start, end);
    if (kind === "marker") {
      const marker = readMarker(text, start, end);
      if (!marker || classify(text, marker.contentStart, end) !== "text") return whole;
      starts.push(line);
    } else if (kind !== "text" && kind !== "indented") return whole;
    else if (line === block.startLine) return whole;
  }
  const pieces: BlockRange[] = [];
  starts.forEach((line, index) => {
    const next = starts[index + 1];
    const endLine = next === undefined ? block.endLine : next - 1;
    const end = next === undefined ? block.end : lineEnd(source, endLine);
    pieces.push({ start: lineStart(source, line), end, startLine: line, endLine });
  });
  return pieces;
}

function classify(text: string, start: number, end: number): LineKind {
  const c = text.charCodeAt(start);
  if (c === 32 || c === 9) return "indented";
  if (c === 35) {
    let i = start;
    while (i < end && text.charCodeAt(i) === 35) i++;
    const n = text.charCodeAt(i);
    return i - start <= 6 && (i === end || n === 32 || n === 9) ? "heading" : "text";
  }
  if (c === 62 || c === 61) return "reject";
  // ":---", "---:": a one-column table delimiter row (GFM needs no pipes for it).
  if ((c === 58 || c === 45) && TABLE_DELIMITER.test(text.slice(start, end))) return "reject";
  if (c === 45 || c === 42 || c === 43 || c === 95) {
    if (thematicOrUnderline(text, start, end)) return "reject";
    if (c === 95) return "text";
    const n = text.charCodeAt(start + 1);
    return start + 1 === end || n === 32 || n === 9 ? "marker" : "text";
  }
  if (c >= 48 && c <= 57) {
    let i = start;
    while (i < end && i - start < 10 && isDigit(text.charCodeAt(i))) i++;
    const d = text.charCodeAt(i);
    if (i - start <= 9 && (d === 46 || d === 41)) {
      const n = text.charCodeAt(i + 1);
      if (i + 1 === end || n === 32 || n === 9) return "marker";
    }
  }
  return "text";
}

const FENCE_LINE = /^[ \t]*(?:```|~~~)/m;

const TABLE_DELIMITER = /^:?-+:?[ \t]*$/;

/** `***`, `- - -`, `___` (thematic breaks) and `--` (a setext underline). */
function thematicOrUnderline(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  let count = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === c) count++;
    else if (code !== 32 && code !== 9) return false;
  }
  return count >= 3 || (c === 45 && count >= 1);
}

function parseHeading(lines: Lines, k: number): Heading | null {
  const { text } = lines;
  const start = lines.starts[k] as number;
  const end = lines.ends[k] as number;
  let i = start;
  while (text.charCodeAt(i) === 35) i++;
  const depth = i - start;
  const contentStart = skipSpaces(text, i, end);
  const contentEnd = trimEnd(text, contentStart, end);
  if (contentEnd === contentStart || text.charCodeAt(contentEnd - 1) === 35) return null;
  const segments = scanInline(text, contentStart, contentEnd);
  if (!segments) return null;
  const line = lines.firstLine + k;
  const children: PhrasingContent[] = [];
  for (const segment of segments) children.push(segmentNode(segment, line, start));
  return {
    type: "heading",
    depth: depth as Heading["depth"],
    children,
    position: { start: point(line, start, start), end: point(line, start, end) },
  };
}

/** Lines k.. up to (not including) a line that opens a list or heading; null on anything else. */
function parseParagraph(lines: Lines, k: number): { node: Paragraph; next: number } | null {
  const { text } = lines;
  const contents: number[] = [];
  let next = k;
  for (; next < lines.starts.length; next++) {
    if (lines.blanks[next]) return null;
    const lineStartOffset = lines.starts[next] as number;
    const end = lines.ends[next] as number;
    const start = next === k ? lineStartOffset : skipSpaces(text, lineStartOffset, end);
    let kind = classify(text, start, end);
    // "2018) ..." on a wrapped line: an ordered marker other than 1 cannot interrupt a paragraph.
    if (next > k && kind === "marker" && isOrderedNotOne(text, start, end)) kind = "text";
    if (kind !== "text") {
      const unindented = start === lineStartOffset;
      if (next > k && unindented && kind === "heading") break;
      if (next > k && unindented && kind === "marker" && canInterrupt(text, start, end)) break;
      return null;
    }
    contents.push(start);
  }
  const node = buildParagraph(lines, k, contents);
  return node ? { node, next } : null;
}

function isOrderedNotOne(text: string, start: number, end: number): boolean {
  const marker = readMarker(text, start, end);
  return marker?.ordered === true && marker.value !== 1;
}

/** A list item may interrupt a paragraph if it is not empty and, when ordered, starts at 1. */
function canInterrupt(text: string, start: number, end: number): boolean {
  const marker = readMarker(text, start, end);
  return marker !== null && (!marker.ordered || marker.value === 1);
}

interface Marker {
  ordered: boolean;
  value: number;
  /** The bullet character or the ordered delimiter (a char code): items share a list only if it matches. */
  delimiter: number;
  contentStart: number;
}

/** A list marker with 1 to 4 spaces and some content after it; null for anything else. */
function readMarker(text: string, start: number, end: number): Marker | null {
  const c = text.charCodeAt(start);
  let i = start;
  let ordered = false;
  let value = 0;
  if (c === 45 || c === 42 || c === 43) i++;
  else {
    while (i < end && isDigit(text.charCodeAt(i))) i++;
    if (i === start || i - start > 9) return null;
    value = Number(text.slice(start, i));
    ordered = true;
    i++;
  }
  const delimiter = text.charCodeAt(i - 1);
  // One tab after the marker (as pandoc writes) reaches the next tab stop: 1 to 4 columns, like spaces.
  if (text.charCodeAt(i) === 9) {
    const next = text.charCodeAt(i + 1);
    if (i + 1 >= end || next === 32 || next === 9) return null;
    return { ordered, value, delimiter, contentStart: i + 1 };
  }
  let spaces = 0;
  while (i + spaces < end && text.charCodeAt(i + spaces) === 32) spaces++;
  if (spaces === 0 || spaces > 4 || i + spaces >= end || text.charCodeAt(i + spaces) === 9) return null;
  return { ordered, value, delimiter, contentStart: i + spaces };
}

/** The column (0-based, tabs to the next multiple of 4) of `offset` in the line starting at `start`. */
function columnOf(text: string, start: number, offset: number): number {
  let column = 0;
  for (let i = start; i < offset; i++) column = text.charCodeAt(i) === 9 ? (column + 4) & ~3 : column + 1;
  return column;
}

interface OpenItem {
  list: List;
  item: ListItem;
  /** Column offset (0-based, in spaces) where the item's content starts. */
  content: number;
  delimiter: number;
  /** Line indexes and content starts of the item's paragraph, not yet built. */
  paragraphFirst: number;
  paragraphContents: number[];
}

/**
 * A list: tight, with nested lists; or one item whose paragraphs are separated by blank lines (the
 * way pandoc writes items with indented sub-paragraphs), without nested lists. Null for anything else.
 */
function parseList(lines: Lines, k: number): { nodes: RootContent[]; next: number } | null {
  const { text } = lines;
  const roots: RootContent[] = [];
  const stack: OpenItem[] = [];
  const close = (open: OpenItem): boolean => {
    if (open.paragraphContents.length > 0) {
      const paragraph = buildParagraph(lines, open.paragraphFirst, open.paragraphContents);
      if (!paragraph) return false;
      open.item.children.push(paragraph);
      open.paragraphContents = [];
    }
    return true;
  };
  let next = k;
  let nested = false;
  let blankBefore = false;
  for (; next < lines.starts.length; next++) {
    if (lines.blanks[next]) {
      if (stack.length !== 1 || nested) return null;
      blankBefore = true;
      continue;
    }
    const start = lines.starts[next] as number;
    const end = lines.ends[next] as number;
    const contentStart = skipSpaces(text, start, end);
    for (let i = start; i < contentStart; i++) if (text.charCodeAt(i) === 9) return null;
    const indent = contentStart - start;
    if (blankBefore) {
      // A new paragraph of the one open item, indented to its content (not as far as indented code).
      blankBefore = false;
      const only = stack[0] as OpenItem;
      if (indent < only.content || indent - only.content > 3) return null;
      if (classify(text, contentStart, end) !== "text") return null;
      if (!close(only)) return null;
      only.item.spread = true;
      only.paragraphFirst = next;
      only.paragraphContents = [contentStart];
      continue;
    }
    let continued = 0;
    while (continued < stack.length && indent >= (stack[continued] as OpenItem).content) continued++;
    const base = continued > 0 ? (stack[continued - 1] as OpenItem).content : 0;
    let kind = classify(text, contentStart, end);
    if (kind === "reject") return null;
    if (kind === "heading") {
      if (indent === 0) break;
      return null;
    }
    // Inside the innermost item, an ordered marker other than 1 would interrupt its paragraph: text.
    if (
      kind === "marker" &&
      stack.length > 0 &&
      continued === stack.length &&
      isOrderedNotOne(text, contentStart, end)
    ) {
      kind = "text";
    }
    if (kind === "marker") {
      if (indent - base > 3) return null;
      const marker = readMarker(text, contentStart, end);
      if (!marker) return null;
      if (classify(text, marker.contentStart, end) !== "text") return null;
      const line = lines.firstLine + next;
      const item: ListItem = {
        type: "listItem",
        spread: false,
        checked: null,
        children: [],
        position: { start: point(line, start, contentStart), end: point(line, start, end) },
      };
      let list: List;
      if (continued === stack.length) {
        // A new list inside the innermost item (or the first line): it interrupts that item's paragraph.
        if (stack.length > 0 && marker.ordered && marker.value !== 1) return null;
        list = newList(marker, item);
        const parent = stack[stack.length - 1];
        if (parent) {
          if (parent.item.spread) return null;
          nested = true;
          if (!close(parent)) return null;
          parent.item.children.push(list);
        } else roots.push(list);
      } else {
        while (stack.length > continued + 1) if (!close(stack.pop() as OpenItem)) return null;
        const sibling = stack.pop() as OpenItem;
        if (sibling.item.spread) return null;
        if (!close(sibling)) return null;
        if (sibling.delimiter === marker.delimiter) {
          list = sibling.list;
          list.children.push(item);
        } else {
          list = newList(marker, item);
          const parent = stack[stack.length - 1];
          if (parent) parent.item.children.push(list);
          else roots.push(list);
        }
      }
      stack.push({
        list,
        item,
        content: columnOf(text, start, marker.contentStart),
        delimiter: marker.delimiter,
        paragraphFirst: next,
        paragraphContents: [marker.contentStart],
      });
      continue;
    }
    if (kind === "indented") return null;
    // Paragraph continuation text, inside the innermost item or lazily after it.
    const top = stack[stack.length - 1];
    if (!top) return null;
    top.paragraphContents.push(contentStart);
  }
  while (stack.length > 0) if (!close(stack.pop() as OpenItem)) return null;
  for (const node of roots) closePositions(node as List);
  return { nodes: roots, next };
}

function newList(marker: Marker, item: ListItem): List {
  return {
    type: "list",
    ordered: marker.ordered,
    start: marker.ordered ? marker.value : null,
    spread: false,
    children: [item],
    position: { start: { ...(item.position?.start as Point) }, end: { ...(item.position?.end as Point) } },
  };
}

/** A list and its items end where their last child ends. */
function closePositions(list: List): void {
  for (const item of list.children) {
    for (const child of item.children) if (child.type === "list") closePositions(child);
    const last = item.children[item.children.length - 1];
    if (last?.position && item.position) item.position.end = { ...last.position.end };
  }
  const lastItem = list.children[list.children.length - 1];
  if (lastItem?.position && list.position) list.position.end = { ...lastItem.position.end };
}

/**
 * A paragraph over lines `first`.. with the given content starts. Text runs across line ends the way
 * micromark joins them: trailing spaces dropped, the line ending kept, the next line's indent dropped.
 */
function buildParagraph(lines: Lines, first: number, contents: number[]): Paragraph | null {
  const { text } = lines;
  const children: PhrasingContent[] = [];
  // The text node being built: its value, and where it starts and ends (line, line start, offset).
  let value: string | null = null;
  let startLine = 0;
  let startLineOffset = 0;
  let startOffset = 0;
  let endLine = 0;
  let endLineOffset = 0;
  let endOffset = 0;
  const flush = () => {
    if (value === null) return;
    children.push(
      textNode(
        value,
        point(startLine, startLineOffset, startOffset),
        point(endLine, endLineOffset, endOffset),
      ),
    );
    value = null;
  };
  const last = contents.length - 1;
  const lastK = first + last;
  const paragraphEnd = trimEnd(text, contents[last] as number, lines.ends[lastK] as number);
  /** After a link or emphasis whose text runs over lines: the offset to go on from, on a later line. */
  let resume = -1;
  for (let j = 0; j <= last; j++) {
    const k = first + j;
    const line = lines.firstLine + k;
    const start = lines.starts[k] as number;
    const end = lines.ends[k] as number;
    if (resume > end) continue; // a line inside the link's or the emphasis's text
    const contentStart = resume >= start ? resume : (contents[j] as number);
    resume = -1;
    const contentEnd = trimEnd(text, contentStart, end);
    if (j < last && end - contentEnd >= 2) return null; // two trailing spaces: a hard line break
    // Nothing left after a span that ended on this line: only its line ending follows, from `end`.
    const segments =
      contentEnd > contentStart ? scanInline(text, contentStart, contentEnd, paragraphEnd) : [];
    if (!segments) return null;
    for (const segment of segments) {
      if (segment.kind !== "text" && segment.end > contentEnd) {
        flush();
        let m = k + 1;
        while ((lines.ends[m] as number) < segment.end) m++;
        const endLine = lines.firstLine + m;
        const endLineStart = lines.starts[m] as number;
        const inner = textNode(
          segment.value,
          point(line, start, segment.innerStart),
          point(endLine, endLineStart, segment.innerEnd),
        );
        const position = {
          start: point(line, start, segment.start),
          end: point(endLine, endLineStart, segment.end),
        };
        if (segment.kind === "link") {
          children.push({ type: "link", title: null, url: segment.url, children: [inner], position });
        } else {
          children.push({ type: segment.kind, children: [inner], position });
        }
        resume = segment.end;
      } else if (segment.kind === "text") {
        if (value === null) {
          value = segment.value;
          startLine = line;
          startLineOffset = start;
          startOffset = segment.start;
        } else value += segment.value;
        endLine = line;
        endLineOffset = start;
        endOffset = segment.end;
      } else {
        flush();
        children.push(segmentNode(segment, line, start));
      }
    }
    if (j < last && resume < 0) {
      const next = lines.nexts[k] as number;
      const eol = text.slice(end, next);
      if (value === null) {
        value = eol;
        startLine = line;
        startLineOffset = start;
        startOffset = end;
      } else value += eol;
      endLine = line + 1;
      endLineOffset = next;
      endOffset = next;
    }
  }
  flush();
  const firstStart = lines.starts[first] as number;
  const lastLine = first + last;
  return {
    type: "paragraph",
    children,
    position: {
      start: point(lines.firstLine + first, firstStart, contents[0] as number),
      end: point(
        lines.firstLine + lastLine,
        lines.starts[lastLine] as number,
        lines.ends[lastLine] as number,
      ),
    },
  };
}

/**
 * A piece of a line's inline content, named by the mdast node it becomes. Text is within one line; a
 * link's text or an emphasis may run on over the paragraph's next lines (its `end` then lies past the
 * line's end).
 */
type Segment =
  | { kind: "text"; start: number; end: number; value: string }
  | {
      kind: "emphasis" | "strong";
      start: number;
      end: number;
      innerStart: number;
      innerEnd: number;
      value: string;
    }
  | {
      kind: "link";
      start: number;
      end: number;
      innerStart: number;
      innerEnd: number;
      value: string;
      url: string;
    };

interface Run {
  at: number;
  length: number;
  char: number;
}

/** One delimiter (`*`, `_`) makes emphasis, two make strong. */
function spanKind(open: Run): "emphasis" | "strong" {
  return open.length === 1 ? "emphasis" : "strong";
}

/**
 * The inline content of one line: text with backslash escapes; `*x*` / `_x_` / `**x**` / `__x__`
 * spans whose delimiters are unambiguous (an opener after a space, a closer before a space or
 * punctuation, no other delimiter between); inline links `[text](url)` and `www.` addresses in their
 * plainest form. Anything else (nesting, intraword `_`, a trailing backslash, other links) is null.
 * The last span may close on a later line of the paragraph (up to `paragraphEnd`): see `readWrappedSpan`.
 */
function scanInline(text: string, start: number, end: number, paragraphEnd = end): Segment[] | null {
  let runs: Run[] | null = null;
  let links: Segment[] | null = null;
  let escapes = false;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 92) {
      if (i + 1 >= end) return null;
      if (isAsciiPunctuation(text.charCodeAt(i + 1))) {
        escapes = true;
        i += 2;
      } else i++;
    } else if (c === 42 || c === 95) {
      let j = i + 1;
      while (j < end && text.charCodeAt(j) === c) j++;
      if (j - i > 2) return null;
      runs ??= [];
      runs.push({ at: i, length: j - i, char: c });
      i = j;
    } else if (c === 91 || c === 119 || c === 87 || c === 104 || c === 72) {
      // "[", or a "w"/"h" that may begin "www." or "http:": a link this parser knows, else remark's job.
      const link =
        c === 91 ? readInlineLink(text, i, start, end, paragraphEnd) : readWww(text, i, start, end);
      if (link === undefined) {
        i++;
        continue;
      }
      if (link === null) return null;
      links ??= [];
      links.push(link);
      i = link.end;
    } else i++;
  }
  if (runs === null && links === null) {
    return [
      {
        kind: "text",
        start,
        end,
        value: escapes ? unescapePunctuation(text.slice(start, end)) : text.slice(start, end),
      },
    ];
  }
  const atoms: Segment[] = [];
  if (runs) {
    let paired = runs.length;
    if (paired % 2 === 1) {
      // The last run opens an emphasis that may close on a later line of the paragraph.
      const open = runs[paired - 1] as Run;
      if (paragraphEnd <= end || !canOpen(text, open, start)) return null;
      if (links?.some((link) => link.end > open.at)) return null;
      const wrapped = readWrappedSpan(text, open, end, paragraphEnd);
      if (!wrapped) return null;
      atoms.push(wrapped);
      paired--;
    }
    for (let r = 0; r < paired; r += 2) {
      const open = runs[r] as Run;
      const close = runs[r + 1] as Run;
      if (open.char !== close.char || open.length !== close.length) return null;
      if (!canOpen(text, open, start) || !canClose(text, close, end)) return null;
      if (links?.some((link) => link.start < close.at && link.end > open.at)) return null;
      const innerStart = open.at + open.length;
      atoms.push({
        kind: spanKind(open),
        start: open.at,
        end: close.at + close.length,
        innerStart,
        innerEnd: close.at,
        value: unescapePunctuation(text.slice(innerStart, close.at)),
      });
    }
  }
  if (links) atoms.push(...links);
  atoms.sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  let previous = start;
  for (const atom of atoms) {
    if (atom.start > previous) {
      segments.push({
        kind: "text",
        start: previous,
        end: atom.start,
        value: unescapePunctuation(text.slice(previous, atom.start)),
      });
    }
    segments.push(atom);
    previous = atom.end;
  }
  if (previous < end)
    segments.push({
      kind: "text",
      start: previous,
      end,
      value: unescapePunctuation(text.slice(previous, end)),
    });
  return segments;
}

/**
 * An emphasis or strong span opened by `open` (the last delimiter run of its line, able to open) and
 * closed on a later line of the paragraph, as micromark reads it when nothing else is in the way: the
 * first delimiter run after the opener must be its closer (same character, same length, able to close
 * by the strict rule of `canClose`); no link, address or "[" between them; no hard line break (a
 * trailing backslash or two trailing spaces). The text keeps the line endings, drops the spaces at
 * the line ends and the next line's indent, as in a paragraph. Null for anything else.
 */
function readWrappedSpan(text: string, open: Run, lineEnd: number, paragraphEnd: number): Segment | null {
  const innerStart = open.at + open.length;
  let value = "";
  let pieceStart = innerStart;
  let pieceEnd = lineEnd;
  for (;;) {
    let i = pieceStart;
    while (i < pieceEnd) {
      const c = text.charCodeAt(i);
      if (c === 92) {
        if (i + 1 >= pieceEnd) return null;
        i += isAsciiPunctuation(text.charCodeAt(i + 1)) ? 2 : 1;
      } else if (c === 42 || c === 95) {
        let j = i + 1;
        while (j < pieceEnd && text.charCodeAt(j) === c) j++;
        const close: Run = { at: i, length: j - i, char: c };
        // On the opener's own line there is no other run (it is the line's last): a closer is later.
        if (pieceStart === innerStart) return null;
        if (c !== open.char || close.length !== open.length || !canClose(text, close, pieceEnd)) return null;
        return {
          kind: spanKind(open),
          start: open.at,
          end: j,
          innerStart,
          innerEnd: i,
          value: value + unescapePunctuation(text.slice(pieceStart, i)),
        };
      } else if (c === 91) {
        return null;
      } else if (c === 119 || c === 87 || c === 104 || c === 72) {
        if (readWww(text, i, pieceStart, pieceEnd) !== undefined) return null;
        i++;
      } else i++;
    }
    value += unescapePunctuation(text.slice(pieceStart, pieceEnd));
    if (pieceEnd >= paragraphEnd) return null;
    // The line ending after the piece: at most one space or tab before it (two spaces: a hard break).
    const eol = skipSpaces(text, pieceEnd, paragraphEnd);
    if (eol - pieceEnd >= 2) return null;
    const c = text.charCodeAt(eol);
    let next: number;
    if (c === 10) next = eol + 1;
    else if (c === 13 && text.charCodeAt(eol + 1) === 10) next = eol + 2;
    else return null;
    value += text.slice(eol, next);
    let nextEnd = text.indexOf("\n", next);
    if (nextEnd < 0 || nextEnd > paragraphEnd) nextEnd = paragraphEnd;
    else if (text.charCodeAt(nextEnd - 1) === 13) nextEnd--;
    pieceStart = skipSpaces(text, next, nextEnd);
    pieceEnd = trimEnd(text, pieceStart, nextEnd);
    if (pieceEnd === pieceStart) return null;
  }
}

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
function readInlineLink(
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
function readWww(text: string, at: number, lineStart: number, lineEnd: number): Segment | null | undefined {
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

/** Left-flanking and not right-flanking: after whitespace or the line start, before a non-space. */
function canOpen(text: string, run: Run, lineStart: number): boolean {
  if (run.at > lineStart && !/\s/.test(text.charAt(run.at - 1))) return false;
  const after = text.charAt(run.at + run.length);
  return after !== "" && !/\s/.test(after);
}

/** Right-flanking and not left-flanking: after a non-space, before a space, the line end or `,;:.)`. */
function canClose(text: string, run: Run, lineEnd: number): boolean {
  if (/\s/.test(text.charAt(run.at - 1))) return false;
  const afterAt = run.at + run.length;
  if (afterAt >= lineEnd) return true;
  const after = text.charCodeAt(afterAt);
  return (
    after === 32 ||
    after === 9 ||
    after === 44 ||
    after === 59 ||
    after === 58 ||
    after === 46 ||
    after === 41
  );
}

function segmentNode(segment: Segment, line: number, lineStartOffset: number): PhrasingContent {
  const position = {
    start: point(line, lineStartOffset, segment.start),
    end: point(line, lineStartOffset, segment.end),
  };
  if (segment.kind === "text") return { type: "text", value: segment.value, position };
  if (segment.kind === "link") {
    const label = textNode(
      segment.value,
      point(line, lineStartOffset, segment.innerStart),
      point(line, lineStartOffset, segment.innerEnd),
    );
    return { type: "link", title: null, url: segment.url, children: [label], position };
  }
  const inner = textNode(
    segment.value,
    point(line, lineStartOffset, segment.innerStart),
    point(line, lineStartOffset, segment.innerEnd),
  );
  return { type: segment.kind, children: [inner], position };
}

function textNode(value: string, start: Point, end: Point): PhrasingContent {
  return { type: "text", value, position: { start, end } };
}

function point(line: number, lineStartOffset: number, offset: number): Point {
  return { line, column: offset - lineStartOffset + 1, offset };
}

function unescapePunctuation(value: string): string {
  return value.includes("\\") ? value.replace(/\\([!-/:-@[-`{-~])/g, "$1") : value;
}

function isAsciiPunctuation(code: number): boolean {
  return (
    (code >= 33 && code <= 47) ||
    (code >= 58 && code <= 64) ||
    (code >= 91 && code <= 96) ||
    (code >= 123 && code <= 126)
  );
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

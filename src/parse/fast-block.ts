/**
 * A hand-written parser for the plain block shapes that make up most of a resolution: paragraphs of
 * text with backslash escapes and simple emphasis, ATX headings, and tight lists. It returns exactly
 * the mdast remark would (types, values and positions), or null for anything it does not fully
 * understand, which then goes to remark. `test/parse/fast-block.test.ts` checks the equality.
 *
 * Why: remark runs at about half a microsecond per byte, too slow for a 5 MB document in a second.
 */
import type { Heading, List, ListItem, Paragraph, PhrasingContent, RootContent } from "mdast";
import type { Point } from "unist";
import type { BlockRange } from "./blocks.js";
import type { SourceText } from "./source.js";

/**
 * Characters and words whose meaning depends on more than the simple rules here: code spans, HTML and
 * autolinks, links, strikethrough, tables, NUL, character references, GFM literal autolinks, lone CR.
 */
const UNSAFE =
  /[`<[~|]|&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{0,31});|www\.|https?:|mailto:|xmpp:|@|\r(?!\n)/i;

interface Lines {
  text: string;
  /** Offsets of line starts, line content ends (before the line ending) and next line starts. */
  starts: number[];
  ends: number[];
  nexts: number[];
  firstLine: number;
}

/** The mdast for one block, or null when the block needs remark. */
export function parseBlockFast(source: SourceText, block: BlockRange): RootContent[] | null {
  const { text } = source;
  const slice = text.slice(block.start, block.end);
  if (UNSAFE.test(slice) || slice.includes("\0")) return null;
  const lines: Lines = { text, starts: [], ends: [], nexts: [], firstLine: block.startLine };
  for (let line = block.startLine; line <= block.endLine; line++) {
    const start = source.lineStarts[line - 1] as number;
    const next = source.lineStarts[line] ?? text.length;
    let end = next;
    if (end > start && text.charCodeAt(end - 1) === 10) end--;
    if (end > start && text.charCodeAt(end - 1) === 13) end--;
    if (line === block.endLine) end = block.end;
    if (blankLine(text, start, end)) return null;
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
  const contentEnd = trimSpaces(text, contentStart, end);
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
    const lineStartOffset = lines.starts[next] as number;
    const end = lines.ends[next] as number;
    const start = next === k ? lineStartOffset : skipSpaces(text, lineStartOffset, end);
    const kind = classify(text, start, end);
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

/** A list item may interrupt a paragraph if it is not empty and, when ordered, starts at 1. */
function canInterrupt(text: string, start: number, end: number): boolean {
  const marker = readMarker(text, start, end);
  return marker !== null && (!marker.ordered || marker.value === 1);
}

interface Marker {
  ordered: boolean;
  value: number;
  /** The bullet character or the ordered delimiter, which decides whether items share a list. */
  kind: number;
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
  const kind = text.charCodeAt(i - 1);
  // One tab after the marker (as pandoc writes) reaches the next tab stop: 1 to 4 columns, like spaces.
  if (text.charCodeAt(i) === 9) {
    const next = text.charCodeAt(i + 1);
    if (i + 1 >= end || next === 32 || next === 9) return null;
    return { ordered, value, kind, contentStart: i + 1 };
  }
  let spaces = 0;
  while (i + spaces < end && text.charCodeAt(i + spaces) === 32) spaces++;
  if (spaces === 0 || spaces > 4 || i + spaces >= end || text.charCodeAt(i + spaces) === 9) return null;
  return { ordered, value, kind, contentStart: i + spaces };
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
  kind: number;
  /** Line indexes and content starts of the item's paragraph, not yet built. */
  paragraphFirst: number;
  paragraphContents: number[];
}

/** A tight list (no blank lines), nested lists included; null for anything else. */
function parseList(lines: Lines, k: number): { nodes: RootContent[]; next: number } | null {
  const { text } = lines;
  const roots: RootContent[] = [];
  const stack: OpenItem[] = [];
  const close = (open: OpenItem): boolean => {
    if (open.paragraphContents.length > 0) {
      const paragraph = buildParagraph(lines, open.paragraphFirst, open.paragraphContents);
      if (!paragraph) return false;
      open.item.children.unshift(paragraph);
      open.paragraphContents = [];
    }
    return true;
  };
  let next = k;
  for (; next < lines.starts.length; next++) {
    const start = lines.starts[next] as number;
    const end = lines.ends[next] as number;
    const contentStart = skipSpaces(text, start, end);
    for (let i = start; i < contentStart; i++) if (text.charCodeAt(i) === 9) return null;
    const indent = contentStart - start;
    let continued = 0;
    while (continued < stack.length && indent >= (stack[continued] as OpenItem).content) continued++;
    const base = continued > 0 ? (stack[continued - 1] as OpenItem).content : 0;
    const kind = classify(text, contentStart, end);
    if (kind === "reject") return null;
    if (kind === "heading") {
      if (indent === 0) break;
      return null;
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
          if (!close(parent)) return null;
          parent.item.children.push(list);
        } else roots.push(list);
      } else {
        while (stack.length > continued + 1) if (!close(stack.pop() as OpenItem)) return null;
        const sibling = stack.pop() as OpenItem;
        if (!close(sibling)) return null;
        if (sibling.kind === marker.kind) {
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
        kind: marker.kind,
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
  let open: { value: string; start: Point; end: Point } | null = null;
  const last = contents.length - 1;
  for (let j = 0; j <= last; j++) {
    const k = first + j;
    const line = lines.firstLine + k;
    const start = lines.starts[k] as number;
    const end = lines.ends[k] as number;
    const contentStart = contents[j] as number;
    const contentEnd = trimSpaces(text, contentStart, end);
    if (j < last && end - contentEnd >= 2) return null; // two trailing spaces: a hard line break
    const segments = scanInline(text, contentStart, contentEnd);
    if (!segments) return null;
    for (const segment of segments) {
      if (segment.kind === 0) {
        if (open) {
          open.value += segment.value;
          open.end = point(line, start, segment.end);
        } else {
          open = {
            value: segment.value,
            start: point(line, start, segment.start),
            end: point(line, start, segment.end),
          };
        }
      } else {
        if (open) children.push(textNode(open.value, open.start, open.end));
        open = null;
        children.push(segmentNode(segment, line, start));
      }
    }
    if (j < last) {
      const next = lines.nexts[k] as number;
      const eol = text.slice(end, next);
      const eolEnd = point(line + 1, next, next);
      if (open) {
        open.value += eol;
        open.end = eolEnd;
      } else open = { value: eol, start: point(line, start, end), end: eolEnd };
    }
  }
  if (open) children.push(textNode(open.value, open.start, open.end));
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

/** Plain text (0), emphasis (1) or strong (2) within one line. */
type Segment =
  | { kind: 0; start: number; end: number; value: string }
  | { kind: 1 | 2; start: number; end: number; innerStart: number; innerEnd: number; value: string };

interface Run {
  at: number;
  length: number;
  char: number;
}

/**
 * The inline content of one line: text with backslash escapes, and `*x*` / `_x_` / `**x**` / `__x__`
 * spans whose delimiters are unambiguous (an opener after a space, a closer before a space or
 * punctuation, no other delimiter between). Anything else (nesting, intraword `_`, a trailing
 * backslash) returns null.
 */
function scanInline(text: string, start: number, end: number): Segment[] | null {
  let runs: Run[] | null = null;
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
    } else i++;
  }
  if (runs === null) {
    return [
      {
        kind: 0,
        start,
        end,
        value: escapes ? unescapePunctuation(text.slice(start, end)) : text.slice(start, end),
      },
    ];
  }
  if (runs.length % 2 === 1) return null;
  const segments: Segment[] = [];
  let previous = start;
  for (let r = 0; r < runs.length; r += 2) {
    const open = runs[r] as Run;
    const close = runs[r + 1] as Run;
    if (open.char !== close.char || open.length !== close.length) return null;
    if (!canOpen(text, open, start) || !canClose(text, close, end)) return null;
    if (open.at > previous) {
      segments.push({
        kind: 0,
        start: previous,
        end: open.at,
        value: unescapePunctuation(text.slice(previous, open.at)),
      });
    }
    const innerStart = open.at + open.length;
    segments.push({
      kind: open.length as 1 | 2,
      start: open.at,
      end: close.at + close.length,
      innerStart,
      innerEnd: close.at,
      value: unescapePunctuation(text.slice(innerStart, close.at)),
    });
    previous = close.at + close.length;
  }
  if (previous < end)
    segments.push({ kind: 0, start: previous, end, value: unescapePunctuation(text.slice(previous, end)) });
  return segments;
}

/** Left-flanking and not right-flanking: after a space or the line start, before a non-space. */
function canOpen(text: string, run: Run, lineStart: number): boolean {
  if (run.at > lineStart) {
    const before = text.charCodeAt(run.at - 1);
    if (before !== 32 && before !== 9) return false;
  }
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
  if (segment.kind === 0) return { type: "text", value: segment.value, position };
  const inner = textNode(
    segment.value,
    point(line, lineStartOffset, segment.innerStart),
    point(line, lineStartOffset, segment.innerEnd),
  );
  return { type: segment.kind === 1 ? "emphasis" : "strong", children: [inner], position };
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

function blankLine(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 9) return false;
  }
  return true;
}

function skipSpaces(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return i;
}

function trimSpaces(text: string, start: number, end: number): number {
  let i = end;
  while (i > start && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) i--;
  return i;
}

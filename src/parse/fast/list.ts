/** Lists: tight ones with nested lists, and single items with indented sub-paragraphs. */
import type { List, ListItem, RootContent } from "mdast";
import type { Point } from "unist";
import { skipSpaces } from "../source.js";
import type { Lines } from "./block-lines.js";
import { classify } from "./line-kind.js";
import { columnOf, isOrderedNotOne, type Marker, readMarker } from "./marker.js";
import { linePoint } from "./nodes.js";
import { buildParagraph } from "./paragraph.js";

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

/** The list being read: the top-level lists so far, and the open items from outermost to innermost. */
interface ListState {
  lines: Lines;
  roots: RootContent[];
  stack: OpenItem[];
  /** Whether an item holds a nested list: then no item may have blank lines. */
  nested: boolean;
}

/** A non-blank line inside the list: its index, offsets, and indent (spaces only). */
interface ListLine {
  k: number;
  start: number;
  end: number;
  contentStart: number;
  indent: number;
}

/**
 * A list: tight, with nested lists; or one item whose paragraphs are separated by blank lines (the
 * way pandoc writes items with indented sub-paragraphs), without nested lists. Null for anything else.
 */
export function parseList(lines: Lines, k: number): { nodes: RootContent[]; next: number } | null {
  const state: ListState = { lines, roots: [], stack: [], nested: false };
  let next = k;
  let blankBefore = false;
  for (; next < lines.starts.length; next++) {
    if (lines.blanks[next]) {
      if (state.stack.length !== 1 || state.nested) return null;
      blankBefore = true;
      continue;
    }
    const line = readListLine(lines, next);
    if (!line) return null;
    if (blankBefore) {
      blankBefore = false;
      if (!startLooseParagraph(state, line)) return null;
      continue;
    }
    const step = continueList(state, line);
    if (step === null) return null;
    if (step === "end") break;
  }
  if (!closeItems(state, 0)) return null;
  for (const node of state.roots) closePositions(node as List);
  return { nodes: state.roots, next };
}

/** Line k with its indent; null if the indent has a tab (columns the fast path does not count). */
function readListLine(lines: Lines, k: number): ListLine | null {
  const { text } = lines;
  const start = lines.starts[k] as number;
  const end = lines.ends[k] as number;
  const contentStart = skipSpaces(text, start, end);
  for (let i = start; i < contentStart; i++) if (text.charCodeAt(i) === 9) return null;
  return { k, start, end, contentStart, indent: contentStart - start };
}

/** After a blank line: a new paragraph of the one open item, indented to its content (not as far as indented code). */
function startLooseParagraph(state: ListState, line: ListLine): boolean {
  const only = state.stack[0] as OpenItem;
  if (line.indent < only.content || line.indent - only.content > 3) return false;
  if (classify(state.lines.text, line.contentStart, line.end) !== "text") return false;
  if (!closeParagraph(state.lines, only)) return false;
  only.item.spread = true;
  only.paragraphFirst = line.k;
  only.paragraphContents = [line.contentStart];
  return true;
}

/**
 * One line of a tight list: a new item, or paragraph text of the innermost item (or lazily after it).
 * "end" at a heading in the first column, which ends the list; null where the fast path declines.
 */
function continueList(state: ListState, line: ListLine): "more" | "end" | null {
  const { text } = state.lines;
  const { stack } = state;
  let continued = 0;
  while (continued < stack.length && line.indent >= (stack[continued] as OpenItem).content) continued++;
  let kind = classify(text, line.contentStart, line.end);
  if (kind === "reject") return null;
  if (kind === "heading") return line.indent === 0 ? "end" : null;
  // Inside the innermost item, an ordered marker other than 1 would interrupt its paragraph: text.
  if (
    kind === "marker" &&
    stack.length > 0 &&
    continued === stack.length &&
    isOrderedNotOne(text, line.contentStart, line.end)
  ) {
    kind = "text";
  }
  if (kind === "marker") return openItem(state, line, continued) ? "more" : null;
  if (kind === "indented") return null;
  const top = stack[stack.length - 1];
  if (!top) return null;
  top.paragraphContents.push(line.contentStart);
  return "more";
}

/** A new item at the line's marker, inside the first `continued` open items (those it is indented under). */
function openItem(state: ListState, line: ListLine, continued: number): boolean {
  const { lines, stack } = state;
  const base = continued > 0 ? (stack[continued - 1] as OpenItem).content : 0;
  if (line.indent - base > 3) return false;
  const marker = readMarker(lines.text, line.contentStart, line.end);
  if (!marker) return false;
  if (classify(lines.text, marker.contentStart, line.end) !== "text") return false;
  const item: ListItem = {
    type: "listItem",
    spread: false,
    checked: null,
    children: [],
    position: { start: linePoint(lines, line.k, line.contentStart), end: linePoint(lines, line.k, line.end) },
  };
  const list =
    continued === stack.length
      ? openNestedList(state, marker, item)
      : addSibling(state, marker, item, continued);
  if (!list) return false;
  stack.push({
    list,
    item,
    content: columnOf(lines.text, line.start, marker.contentStart),
    delimiter: marker.delimiter,
    paragraphFirst: line.k,
    paragraphContents: [marker.contentStart],
  });
  return true;
}

/** A new list inside the innermost open item (or the first list): it interrupts that item's paragraph. */
function openNestedList(state: ListState, marker: Marker, item: ListItem): List | null {
  const { stack } = state;
  if (stack.length > 0 && marker.ordered && marker.value !== 1) return null;
  const list = newList(marker, item);
  const parent = stack[stack.length - 1];
  if (parent) {
    if (parent.item.spread) return null;
    state.nested = true;
    if (!closeParagraph(state.lines, parent)) return null;
    parent.item.children.push(list);
  } else state.roots.push(list);
  return list;
}

/**
 * An item after the open item at depth `continued` (deeper items are closed): in that item's list if
 * the delimiter matches, else in a new list after it.
 */
function addSibling(state: ListState, marker: Marker, item: ListItem, continued: number): List | null {
  const { stack } = state;
  if (!closeItems(state, continued + 1)) return null;
  const sibling = stack.pop() as OpenItem;
  if (sibling.item.spread) return null;
  if (!closeParagraph(state.lines, sibling)) return null;
  if (sibling.delimiter === marker.delimiter) {
    sibling.list.children.push(item);
    return sibling.list;
  }
  const list = newList(marker, item);
  const parent = stack[stack.length - 1];
  if (parent) parent.item.children.push(list);
  else state.roots.push(list);
  return list;
}

/** Closes the open items deeper than `depth`, innermost first; false if a paragraph declines. */
function closeItems(state: ListState, depth: number): boolean {
  while (state.stack.length > depth)
    if (!closeParagraph(state.lines, state.stack.pop() as OpenItem)) return false;
  return true;
}

/** Builds the item's pending paragraph into it; false if the paragraph declines. */
function closeParagraph(lines: Lines, open: OpenItem): boolean {
  if (open.paragraphContents.length > 0) {
    const paragraph = buildParagraph(lines, open.paragraphFirst, open.paragraphContents);
    if (!paragraph) return false;
    open.item.children.push(paragraph);
    open.paragraphContents = [];
  }
  return true;
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

/** Lists: tight ones with nested lists, and single items with indented sub-paragraphs. */
import type { List, ListItem, RootContent } from "mdast";
import type { Point } from "unist";
import { skipSpaces } from "../source.js";
import type { Lines } from "./block-lines.js";
import { classify } from "./line-kind.js";
import { columnOf, isOrderedNotOne, type Marker, readMarker } from "./marker.js";
import { point } from "./nodes.js";
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

/**
 * A list: tight, with nested lists; or one item whose paragraphs are separated by blank lines (the
 * way pandoc writes items with indented sub-paragraphs), without nested lists. Null for anything else.
 */
export function parseList(lines: Lines, k: number): { nodes: RootContent[]; next: number } | null {
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

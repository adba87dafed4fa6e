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
import type { RootContent } from "mdast";
import type { SourceText } from "../source.js";
import { type Lines, readBlockLines } from "./block-lines.js";
import type { BlockRange } from "./blocks.js";
import { hasCharacterReference } from "./escapes.js";
import { parseHeading } from "./heading.js";
import { classify } from "./line-kind.js";
import { parseList } from "./list.js";
import { parseParagraph } from "./paragraph.js";

export { type BlockRange, needsWholeDocument, splitBlocks, splitListItems } from "./blocks.js";

/**
 * Characters and words whose meaning depends on more than the simple rules here: code spans, HTML and
 * autolinks, links, strikethrough, tables, NUL, character references, GFM literal autolinks, lone CR.
 */
const UNSAFE = /[`<~|]|&#|mailto:|xmpp:|@|\r(?!\n)/i;

/** The mdast for one block, or null when the block needs remark (see the contract above). */
export function parseBlockFast(source: SourceText, block: BlockRange): RootContent[] | null {
  const { text } = source;
  const slice = text.slice(block.start, block.end);
  if (UNSAFE.test(slice) || slice.includes("\0") || hasCharacterReference(slice)) return null;
  return parseFlow(readBlockLines(source, block), 0);
}

/** Headings, lists and paragraphs, one after another until the block ends; null if any declines. */
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
      for (const node of list.nodes) nodes.push(node);
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

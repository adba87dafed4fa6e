import { createRequire } from "node:module";
import type { Root, RootContent } from "mdast";
import { lastAtOrBefore } from "../offsets.js";
import {
  type BlockRange,
  needsWholeDocument,
  parseBlockFast,
  splitBlocks,
  splitListItems,
} from "./fast/index.js";
import { checkRemarkShare } from "./limits.js";
import type { SourceText } from "./source.js";

/** Which parser read the document: how many blocks and characters went the fast way and to remark. */
export interface ParseStats {
  wholeDocument: boolean;
  fastBlocks: number;
  remarkBlocks: number;
  fastChars: number;
  remarkChars: number;
}

export interface MarkdownTree {
  /** Top-level mdast nodes of the body (front matter excluded), positions in the whole source. */
  nodes: RootContent[];
  stats: ParseStats;
}

/** `auto`: the fast path where it applies, remark elsewhere; `remark`: remark over the whole document. */
export type Engine = "auto" | "remark";

let blockProcessor: ReturnType<typeof createBlockProcessor> | undefined;
let documentProcessor: ReturnType<typeof createDocumentProcessor> | undefined;

/**
 * remark and its plugins, loaded on first use: the fast path reads whole resolutions without them, and
 * loading them costs more than Node's own start-up. `require` of these ES modules is synchronous on
 * Node >= 20.19, so `parseResolution` stays a plain function.
 */
interface Remark {
  unified: typeof import("unified").unified;
  remarkParse: typeof import("remark-parse").default;
  remarkGfm: typeof import("remark-gfm").default;
  remarkFrontmatter: typeof import("remark-frontmatter").default;
}
let remark: Remark | undefined;
function loadRemark(): Remark {
  if (!remark) {
    const require = createRequire(import.meta.url);
    remark = {
      unified: (require("unified") as typeof import("unified")).unified,
      remarkParse: (require("remark-parse") as typeof import("remark-parse")).default,
      remarkGfm: (require("remark-gfm") as typeof import("remark-gfm")).default,
      remarkFrontmatter: (require("remark-frontmatter") as typeof import("remark-frontmatter")).default,
    };
  }
  return remark;
}

function createBlockProcessor() {
  const { unified, remarkParse, remarkGfm } = loadRemark();
  return unified().use(remarkParse).use(remarkGfm);
}

function createDocumentProcessor() {
  const { unified, remarkParse, remarkGfm, remarkFrontmatter } = loadRemark();
  return unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ["yaml"]);
}

/** remark over one block of text, as remark-parse + remark-gfm give it. */
export function parseWithRemark(text: string): Root {
  blockProcessor ??= createBlockProcessor();
  return blockProcessor.parse(text);
}

/**
 * The document as mdast, parsed block by block: the fast path for the blocks it understands, remark
 * for the others, all of them in one call (remark's cost per call is high). Documents with
 * definitions or HTML blocks go to remark whole.
 */
export function parseMarkdown(
  source: SourceText,
  body: { start: number; line: number },
  engine: Engine,
): MarkdownTree {
  const { text } = source;
  const stats: ParseStats = {
    wholeDocument: false,
    fastBlocks: 0,
    remarkBlocks: 0,
    fastChars: 0,
    remarkChars: 0,
  };
  if (engine === "remark" || needsWholeDocument(text, body.start)) {
    checkRemarkShare(source, [{ start: body.start, end: text.length }]);
    documentProcessor ??= createDocumentProcessor();
    const root = documentProcessor.parse(text);
    stats.wholeDocument = true;
    stats.remarkBlocks = 1;
    stats.remarkChars = text.length - body.start;
    return { nodes: root.children.filter((node) => node.type !== "yaml"), stats };
  }
  const tried = fastPathBlocks(source, body.line);
  const blocks = tried.map((entry) => entry.block);
  const perBlock: RootContent[][] = new Array(blocks.length);
  const slow: number[] = [];
  tried.forEach(({ block, nodes }, index) => {
    if (nodes) {
      perBlock[index] = nodes;
      stats.fastBlocks++;
      stats.fastChars += block.end - block.start;
    } else {
      slow.push(index);
      stats.remarkBlocks++;
      stats.remarkChars += block.end - block.start;
    }
  });
  if (slow.length > 0) {
    checkRemarkShare(
      source,
      slow.map((index) => blocks[index] as BlockRange),
    );
    parseSlowBlocks(source, blocks, slow, perBlock);
  }
  const nodes: RootContent[] = [];
  for (const list of perBlock) if (list) for (const node of list) nodes.push(node);
  return { nodes, stats };
}

/**
 * The top-level blocks with the fast path's result for each (null: remark's job). A list block it
 * cannot take whole is cut into its top-level items first, so that one item with a link does not
 * send a whole list to remark.
 */
export function fastPathBlocks(
  source: SourceText,
  fromLine: number,
): { block: BlockRange; nodes: RootContent[] | null }[] {
  const out: { block: BlockRange; nodes: RootContent[] | null }[] = [];
  for (const block of splitBlocks(source, fromLine)) {
    const nodes = parseBlockFast(source, block);
    const pieces = nodes || block.endLine === block.startLine ? [block] : splitListItems(source, block);
    if (pieces.length === 1) out.push({ block, nodes });
    else for (const piece of pieces) out.push({ block: piece, nodes: parseBlockFast(source, piece) });
  }
  return out;
}

/**
 * Separates the blocks given to remark in one text: an HTML comment on its own line closes any list
 * or paragraph before it, so no node spans two blocks, and it is dropped from the result.
 */
const SEPARATOR = "\n\n<!---->\n\n";
const SEPARATOR_LINES = 4;

function parseSlowBlocks(
  source: SourceText,
  blocks: readonly BlockRange[],
  slow: readonly number[],
  perBlock: RootContent[][],
): void {
  const parts: string[] = [];
  const starts: number[] = [];
  const startLines: number[] = [];
  let offset = 0;
  let line = 1;
  for (const index of slow) {
    const block = blocks[index] as BlockRange;
    if (parts.length > 0) {
      parts.push(SEPARATOR);
      offset += SEPARATOR.length;
      line += SEPARATOR_LINES;
    }
    starts.push(offset);
    startLines.push(line);
    const text = source.text.slice(block.start, block.end);
    parts.push(text);
    offset += text.length;
    line += block.endLine - block.startLine;
  }
  const root = parseWithRemark(parts.join(""));
  const blockAt = (combined: number): number => lastAtOrBefore(starts, combined);
  const move = (node: RootContent): void => {
    if (node.position) {
      for (const point of [node.position.start, node.position.end]) {
        const at = blockAt(point.offset ?? 0);
        const block = blocks[slow[at] as number] as BlockRange;
        point.offset = (point.offset ?? 0) - (starts[at] as number) + block.start;
        point.line = point.line - (startLines[at] as number) + block.startLine;
      }
    }
    if ("children" in node) for (const child of node.children) move(child as RootContent);
  };
  for (const node of root.children) {
    const combinedStart = node.position?.start.offset ?? 0;
    const at = blockAt(combinedStart);
    if (node.type === "html" && node.value === "<!---->" && combinedStart !== starts[at]) continue;
    move(node);
    const index = slow[at] as number;
    perBlock[index] ??= [];
    perBlock[index].push(node);
  }
}

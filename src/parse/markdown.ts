import type { Root, RootContent } from "mdast";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { type BlockRange, needsWholeDocument, splitBlocks } from "./blocks.js";
import { parseBlockFast } from "./fast-block.js";
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

function createBlockProcessor() {
  return unified().use(remarkParse).use(remarkGfm);
}

function createDocumentProcessor() {
  return unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ["yaml"]);
}

/** remark over one block of text, as remark-parse + remark-gfm give it. */
export function parseWithRemark(text: string): Root {
  blockProcessor ??= createBlockProcessor();
  return blockProcessor.parse(text);
}

/**
 * The document as mdast, parsed block by block: the fast path for the blocks it understands, remark
 * for runs of the others. Documents with definitions or HTML blocks go to remark whole.
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
    documentProcessor ??= createDocumentProcessor();
    const root = documentProcessor.parse(text);
    stats.wholeDocument = true;
    stats.remarkBlocks = 1;
    stats.remarkChars = text.length - body.start;
    return { nodes: root.children.filter((node) => node.type !== "yaml"), stats };
  }
  const nodes: RootContent[] = [];
  let pending: BlockRange | null = null;
  const flush = () => {
    if (!pending) return;
    const root = parseWithRemark(text.slice(pending.start, pending.end));
    for (const node of root.children) {
      shiftPositions(node, pending.startLine - 1, pending.start);
      nodes.push(node);
    }
    pending = null;
  };
  for (const block of splitBlocks(source, body.line)) {
    const fast = parseBlockFast(source, block);
    if (fast) {
      flush();
      nodes.push(...fast);
      stats.fastBlocks++;
      stats.fastChars += block.end - block.start;
    } else {
      stats.remarkBlocks++;
      stats.remarkChars += block.end - block.start;
      if (pending) {
        pending.end = block.end;
        pending.endLine = block.endLine;
      } else pending = { ...block };
    }
  }
  flush();
  return { nodes, stats };
}

/** Moves a node parsed from a slice to where the slice starts (which is always a line start). */
export function shiftPositions(node: RootContent | Root, lines: number, offset: number): void {
  if (node.position) {
    const { start, end } = node.position;
    node.position = {
      start: { line: start.line + lines, column: start.column, offset: (start.offset ?? 0) + offset },
      end: { line: end.line + lines, column: end.column, offset: (end.offset ?? 0) + offset },
    };
  }
  if ("children" in node)
    for (const child of node.children) shiftPositions(child as RootContent, lines, offset);
}

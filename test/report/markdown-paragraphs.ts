/**
 * The paragraphs of a Markdown resolution as a reader sees them, read with remark (independently of
 * the renderers): headings, paragraphs and list items, Markdown syntax aside; a sub-item line ("i)",
 * "–", "1.1") in a paragraph is its own paragraph; an ordered list item keeps its number as its label.
 *
 * Footnotes as Word shows them: a reference reads "[^1]", "[^2]", ... in the order of the references
 * (Word numbers its footnotes so; the Markdown label is not kept), and the definitions are no paragraphs
 * of the text: `footnotes` lists their text, one for each reference in that order.
 */
import type { Content, Root } from "mdast";
import { toString as mdastToString } from "mdast-util-to-string";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

/** A label at the start of an item's text, as the parser reads labels. */
const LABEL = /^(\(?[a-z]{1,2}\)|\(?[ivxlc]+\)|\(\d+\)|\d+(\.\d+)*[.)]?|[–—-])\s/;

export const squash = (s: string) => s.replace(/[\s\u00a0]+/g, " ").trim();

export function markdownParagraphs(markdown: string): string[] {
  return readMarkdown(markdown).paragraphs;
}

export function readMarkdown(markdown: string): { paragraphs: string[]; footnotes: string[] } {
  const tree = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter).parse(markdown) as Root;
  const definitions = new Map<string, Content>();
  for (const node of tree.children)
    if (node.type === "footnoteDefinition") definitions.set(node.identifier, node);
  const footnotes: string[] = [];
  /** Text with each footnote reference as the number Word shows. */
  const plain = (node: Content): string => {
    if (node.type === "footnoteReference") {
      const definition = definitions.get(node.identifier);
      footnotes.push(definition ? squash(plain(definition)) : "");
      return `[^${footnotes.length}]`;
    }
    if ("children" in node)
      return (node.children as Content[]).map(plain).join(node.type === "footnoteDefinition" ? " " : "");
    return mdastToString(node, { includeHtml: true });
  };
  const out: string[] = [];
  const text = (node: Content, prefix = "") => {
    const lines = (prefix + plain(node)).split(/\n(?=[ \t]*(?:\(?[ivx]+\)|[–-]|\d+\.\d+)[ \t])/);
    for (const l of lines) if (squash(l) !== "") out.push(squash(l));
  };
  const walk = (nodes: Content[]) => {
    for (const node of nodes) {
      if (node.type === "heading" || node.type === "paragraph" || node.type === "code") text(node);
      else if (node.type === "list") {
        node.children.forEach((item, k) => {
          const [first, ...rest] = item.children;
          // A bullet without a label of its own is labelled by a dash, as the parser reads it; a
          // keyword in a bullet ("- *considering*") is no item.
          const keyword =
            first?.type === "paragraph" && first.children.length === 1 && first.children[0]?.type !== "text";
          const number = node.ordered ? `${(node.start ?? 1) + k} ` : keyword ? "" : "– ";
          // "- 1)      that ..." is a list in a list item, its text an indented code block: the label
          // is the inner list's number.
          if (first?.type === "list") walk(item.children as Content[]);
          else {
            if (first) {
              const own = mdastToString(first);
              const labelled = node.ordered ? /^\(?[a-z0-9]+[).]\s/ : LABEL;
              text(first, number && !labelled.test(own) ? number : "");
            }
            walk(rest as Content[]);
          }
        });
      } else if (node.type === "blockquote") walk(node.children as Content[]);
    }
  };
  walk(tree.children as Content[]);
  return { paragraphs: out, footnotes };
}

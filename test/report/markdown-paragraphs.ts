/**
 * The paragraphs of a Markdown resolution as a reader sees them, read with remark (independently of
 * the renderers): headings, paragraphs and list items, Markdown syntax aside; a sub-item line ("i)",
 * "–", "1.1") in a paragraph is its own paragraph; an ordered list item keeps its number as its label.
 */
import type { Content, Root } from "mdast";
import { toString as mdastToString } from "mdast-util-to-string";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

export const squash = (s: string) => s.replace(/[\s\u00a0]+/g, " ").trim();

/** Text with footnote references as their label ("[^1]" reads "1"). */
function plain(node: Content): string {
  if (node.type === "footnoteReference") return node.label ?? node.identifier;
  if ("children" in node) return (node.children as Content[]).map(plain).join("");
  return mdastToString(node, { includeHtml: true });
}

export function markdownParagraphs(markdown: string): string[] {
  const tree = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter).parse(markdown) as Root;
  const out: string[] = [];
  const text = (node: Content, prefix = "") => {
    const lines = (prefix + plain(node)).split(/\n(?=[ \t]*(?:\(?[ivx]+\)|[–-]|\d+\.\d+)[ \t])/);
    for (const l of lines) if (squash(l) !== "") out.push(squash(l));
  };
  const walk = (nodes: Content[]) => {
    for (const node of nodes) {
      if (node.type === "heading" || node.type === "paragraph") text(node);
      else if (node.type === "list") {
        node.children.forEach((item, k) => {
          const [first, ...rest] = item.children;
          const number = node.ordered ? `${(node.start ?? 1) + k} ` : "";
          if (first) {
            const own = mdastToString(first);
            text(first, number && !/^\(?[a-z0-9]+[).]\s/.test(own) ? number : "");
          }
          walk(rest as Content[]);
        });
      } else if (node.type === "blockquote") walk(node.children as Content[]);
      else if (node.type === "footnoteDefinition") {
        const [first, ...rest] = node.children;
        if (first) text(first as Content, `${node.label ?? node.identifier} `);
        walk(rest as Content[]);
      }
    }
  };
  walk(tree.children as Content[]);
  return out;
}

/**
 * A large page serialized part by part: each child is built and serialized by hast-util-to-html on its
 * own, inside the start and end tags of its parent, so that the tree of the whole page never lives at
 * once. The bytes are those of `toHtml` on the whole tree: hast-util-to-html writes an element as its
 * start tag, its children one after another, and its end tag, whatever its parent (the raw text of
 * <script> and <style>, and the SVG space, are decided inside the element itself).
 */
import type { Element, ElementContent } from "hast";
import { toHtml } from "hast-util-to-html";

/** HTML that hast-util-to-html wrote (by `around`), put in its place as it is. */
export class Serialized {
  constructor(readonly html: string) {}
}

export type Piece = ElementContent | Serialized;

/**
 * `shell` (an element without children) serialized around `children`, each child built by the iterator
 * and serialized on its own: the same bytes as `toHtml` of the whole element, one child's tree at a time.
 */
export function around(shell: Element, children: Iterable<Piece>): Serialized {
  const empty = toHtml(shell);
  const close = `</${shell.tagName}>`;
  if (shell.children.length > 0 || !empty.endsWith(close)) throw new Error(`cannot open <${shell.tagName}>`);
  const parts = [empty.slice(0, -close.length)];
  for (const child of children) parts.push(child instanceof Serialized ? child.html : toHtml(child));
  parts.push(close);
  return new Serialized(parts.join(""));
}

/** Each of `list` built when the serializer reaches it (not all of them first, as a spread would). */
export function* lazy<T>(list: Iterable<T>, build: (x: T) => Piece): Iterable<Piece> {
  for (const x of list) yield build(x);
}

/** Lists of pieces one after another, still lazily. */
export function* seq(...lists: Iterable<Piece>[]): Iterable<Piece> {
  for (const list of lists) yield* list;
}

/**
 * What a moved item carries: its source Markdown (emphasis, links, code, `<sup>` marks and footnote
 * references kept as written), cut into its own text and its sub-items, each on one line, without the
 * labels (the item's new place gives those). And the definitions its references need: footnote
 * definitions move with it into Resolution 140, link definitions are copied.
 */
import type { ExtraBlock, Item, Resolution } from "../model.js";
import { proseOf } from "./prose.js";

/** The Markdown of one part of a moved item (its own text or a sub-item), labels off. */
export interface MovedPart {
  /** The label of a sub-item as the source writes it in canonical form ("i)", "1.1", "–"), or null. */
  label: string | null;
  /** The Markdown, hard wraps joined. */
  markdown: string;
  /** What precedes the label on its line (indentation, a list marker). */
  linePrefix: string;
  blankLineBefore: boolean;
}

/** A moved item's text and sub-items (nested ones in reading order), as Markdown. */
export function movedParts(doc: Resolution, item: Item): MovedPart[] {
  const parts: MovedPart[] = [ownPart(doc, item, null)];
  const visit = (subs: readonly Item[]) => {
    for (const sub of subs) {
      parts.push(ownPart(doc, sub, sub.label ?? sub.labelRaw));
      visit(sub.subitems);
    }
  };
  visit(item.subitems);
  return parts;
}

function ownPart(doc: Resolution, item: Item, label: string | null): MovedPart {
  const source = doc.source;
  let start = item.labelSpan ? item.labelSpan.end.offset : item.span.start.offset;
  start += /^[ \t\u00a0]*/.exec(source.slice(start, item.span.end.offset))?.[0].length ?? 0;
  let end = item.span.end.offset;
  const first = item.subitems[0];
  if (first) {
    const at = first.labelSpan?.start.offset ?? first.span.start.offset;
    const lineStart = source.lastIndexOf("\n", at - 1) + 1;
    end = /^[ \t]*(?:[-*+][ \t]+|\d+[.)][ \t]+)?$/.test(source.slice(lineStart, at)) ? lineStart : at;
  }
  const at = item.labelSpan?.start.offset ?? item.span.start.offset;
  return {
    label,
    markdown: joinLines(source.slice(start, end)),
    linePrefix: source.slice(source.lastIndexOf("\n", at - 1) + 1, at),
    blankLineBefore: item.blankLineBefore,
  };
}

/** Hard-wrapped lines of one paragraph as one line (the target writes each item on its own line). */
export function joinLines(markdown: string): string {
  return markdown.replace(/[ \t]*\r?\n[ \t]*/g, " ").trim();
}

/** A definition block of a document: a footnote (`[^n1]: ...`) or a link (`[h]: https://...`). */
export interface Definition {
  kind: "footnote" | "link";
  /** The footnote name as written, or the link label in lower case. */
  name: string;
  /** Index in `Resolution.extras`. */
  extra: number;
  /** The definition's Markdown after `[name]:`, continuation lines as written. */
  body: string;
}

const FOOTNOTE_DEFINITION = /^ {0,3}\[\^([^\]\s]+)\]:[ \t]?/;
const LINK_DEFINITION = /^ {0,3}\[([^\]^][^\]]*)\]:[ \t]*(?=\S)/;

/** The footnote and link definitions of a document, each a block of its own. */
export function definitionsOf(doc: Resolution): Definition[] {
  const found: Definition[] = [];
  doc.extras.forEach((extra: ExtraBlock, index) => {
    const footnote = FOOTNOTE_DEFINITION.exec(extra.source);
    if (footnote) {
      found.push({
        kind: "footnote",
        name: footnote[1] as string,
        extra: index,
        body: extra.source.slice(footnote[0].length),
      });
      return;
    }
    // A block of link definitions, one per line.
    for (const line of extra.source.split(/\r?\n/)) {
      const link = LINK_DEFINITION.exec(line);
      if (!link) return;
      found.push({
        kind: "link",
        name: (link[1] as string).toLowerCase().trim(),
        extra: index,
        body: line.slice(link[0].length),
      });
    }
  });
  return found;
}

/** The link labels a document defines (lower case), so its link references read as links. */
export function linkLabels(doc: Resolution): Set<string> {
  return new Set(definitionsOf(doc).flatMap((d) => (d.kind === "link" ? [d.name] : [])));
}

/** The footnotes and link definitions a piece of Markdown refers to, by name. */
export function referencesIn(
  markdown: string,
  links: ReadonlySet<string>,
): { footnotes: string[]; links: string[] } {
  const prose = proseOf(markdown, links);
  return {
    footnotes: [...new Set(prose.footnotes.map((f) => f.name))],
    links: [...new Set(prose.linkReferences.map((l) => l.label))],
  };
}

/** The Markdown with each footnote reference renamed as `renames` says (`[^n1]` -> `[^n1-2]`). */
export function renameFootnotes(markdown: string, renames: ReadonlyMap<string, string>): string {
  if (renames.size === 0) return markdown;
  const prose = proseOf(markdown);
  let out = markdown;
  for (const f of [...prose.footnotes].reverse()) {
    const to = renames.get(f.name);
    if (to !== undefined) out = `${out.slice(0, f.start)}[^${to}]${out.slice(f.end)}`;
  }
  return out;
}

/** The Markdown with each link reference to a renamed definition pointing to its new label (`[text][h-2]`). */
export function renameLinks(
  markdown: string,
  renames: ReadonlyMap<string, string>,
  links: ReadonlySet<string>,
): string {
  if (renames.size === 0) return markdown;
  const prose = proseOf(markdown, links);
  let out = markdown;
  for (const l of [...prose.linkReferences].reverse()) {
    const to = renames.get(l.label);
    if (to !== undefined)
      out = `${out.slice(0, l.start)}[${markdown.slice(l.textStart, l.textEnd)}][${to}]${out.slice(l.end)}`;
  }
  return out;
}

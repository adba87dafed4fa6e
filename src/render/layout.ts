/**
 * The layout of a source document as the renderer sees it: each keyword line and each item is a
 * chunk (its content, then the blank space up to the next content), so an item can be dropped, added
 * or edited while everything else stays byte for byte. New text copies the document's own style:
 * list markers, label style, the space after a label, blank lines, line ends.
 */
import type { ExtraBlock, Item, Resolution, Section } from "../model.js";
import { LineIndex } from "../offsets.js";
import { type LabelScheme, labelTemplate, schemeOfLabel } from "../plan/labels.js";

export interface Chunk {
  /** Where the chunk starts: the line start when only a list marker or indentation precedes the content. */
  start: number;
  contentStart: number;
  contentEnd: number;
  /** The start of the next content line (or the end of the file). */
  end: number;
}

// What may stand before an item on its line: indentation and a list marker.
const LINE_PREFIX = /^[ \t]*(?:[-*+][ \t]+|\d+[.)][ \t]+)?$/;
const CONTENT = /\S/g;

export class Layout {
  readonly source: string;
  readonly eol: string;
  readonly lines: LineIndex;
  constructor(readonly doc: Resolution) {
    this.source = doc.source;
    this.eol = doc.eol;
    this.lines = new LineIndex(doc.source);
  }

  /** The start of the next line with content after `offset`, or the end of the file. */
  nextContent(offset: number): number {
    CONTENT.lastIndex = offset;
    const rest = CONTENT.exec(this.source);
    if (!rest) return this.source.length;
    return this.lines.lineStartAt(rest.index);
  }

  /** The text before `offset` on its line, when it is only indentation or a list marker. */
  prefixAt(offset: number): string | null {
    const prefix = this.source.slice(this.lines.lineStartAt(offset), offset);
    return LINE_PREFIX.test(prefix) ? prefix : null;
  }

  private chunk(contentStart: number, contentEnd: number): Chunk {
    const prefix = this.prefixAt(contentStart);
    const start = prefix === null ? contentStart : contentStart - prefix.length;
    let end = this.nextContent(contentEnd);
    if (end < contentEnd) end = contentEnd;
    return { start, contentStart, contentEnd, end };
  }

  itemChunk(item: Item): Chunk {
    return this.chunk(item.span.start.offset, item.span.end.offset);
  }

  extraChunk(extra: ExtraBlock): Chunk {
    return this.chunk(extra.span.start.offset, extra.span.end.offset);
  }

  keywordChunk(section: Section): Chunk {
    return this.chunk(section.keywordSpan.start.offset, section.keywordSpan.end.offset);
  }

  /** The blank space after a chunk's content. */
  trailing(chunk: Chunk): string {
    return this.source.slice(chunk.contentEnd, chunk.end);
  }

  /** The list marker or indentation written before an item of this section (or any section of its kind). */
  itemPrefix(section: Section | null, kind: Section["kind"] | null = section?.kind ?? null): string {
    const fromSection = section?.items[0];
    if (fromSection) return this.prefixOf(fromSection);
    for (const s of this.doc.sections) {
      if (kind && s.kind !== kind) continue;
      const first = s.items[0];
      if (first) return this.prefixOf(first);
    }
    return "";
  }

  /** What stands before an item's label on its line ("- ", "   "). */
  prefixOf(item: Item): string {
    return this.prefixAt(item.labelSpan?.start.offset ?? item.span.start.offset) ?? "";
  }

  /** The space between a label and the text ("\t", " ", NBSP), as the document writes it. */
  labelSeparator(section: Section | null): string {
    const candidates = [...(section ? [section] : []), ...this.doc.sections];
    for (const s of candidates) {
      for (const item of s.items) {
        if (!item.labelSpan) continue;
        const sep = /^[ \t\u00a0]+/.exec(this.source.slice(item.labelSpan.end.offset, item.span.end.offset));
        if (sep) return sep[0];
      }
    }
    return " ";
  }

  /** A written label to copy the style of: from the section, else from any section. */
  labelStyle(section: Section | null, scheme: Exclude<LabelScheme, "none">): string | null {
    if (section) {
      for (const item of section.items) {
        if (item.labelRaw && schemeOfLabel(item.label) === scheme) return item.labelRaw;
      }
    }
    return labelTemplate(this.doc.sections, scheme);
  }

  /** The blank space between two items of a section. */
  itemGap(section: Section | null): string {
    const candidates = [...(section ? [section] : []), ...this.doc.sections];
    for (const s of candidates) {
      const [first, second] = s.items;
      if (first && second) return this.source.slice(first.span.end.offset, this.itemChunk(second).start);
    }
    return this.eol + this.eol;
  }

  /** The blank space between a keyword line and its first item. */
  keywordGap(): string {
    for (const s of this.doc.sections) {
      if (s.items.length > 0) return this.trailing(this.keywordChunk(s));
    }
    return this.eol + this.eol;
  }

  /** The blank space between the last item of a section and the next keyword. */
  sectionGap(): string {
    for (let k = 0; k + 1 < this.doc.sections.length; k++) {
      const s = this.doc.sections[k] as Section;
      const last = s.items[s.items.length - 1];
      const next = this.doc.sections[k + 1] as Section;
      if (last) return this.source.slice(last.span.end.offset, this.keywordChunk(next).start);
    }
    return this.eol + this.eol;
  }

  /** A keyword line in the document's style: "*recalling*", "### recalling", "**recalling**". */
  keywordLine(keyword: string, kind: Section["kind"]): string {
    const ordered = [...this.doc.sections].sort((a, b) => Number(b.kind === kind) - Number(a.kind === kind));
    for (const s of ordered) {
      const at = s.keywordSource.indexOf(s.keyword);
      if (at >= 0)
        return s.keywordSource.slice(0, at) + keyword + s.keywordSource.slice(at + s.keyword.length);
    }
    return `*${keyword}*`;
  }

  /** How this document writes sub-items: what precedes their label, and whether a blank line does. */
  subitemStyle(): { prefix: string; blankLineBefore: boolean } | null {
    for (const s of this.doc.sections) {
      for (const item of s.items) {
        const sub = item.subitems[0];
        if (!sub) continue;
        const at = sub.labelSpan?.start.offset ?? sub.span.start.offset;
        return {
          prefix: this.source.slice(this.lines.lineStartAt(at), at),
          blankLineBefore: sub.blankLineBefore,
        };
      }
    }
    return null;
  }

  /** Where the written label of an item stands in the source, or null. */
  labelRange(item: Item): { start: number; end: number } | null {
    const span = item.labelSpan;
    return span ? { start: span.start.offset, end: span.end.offset } : null;
  }
}

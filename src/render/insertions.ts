/**
 * Where new text goes in a document, and the blank space around what is dropped. A new item goes
 * before the next kept item of its keyword group, else after the last live one (or the keyword); a new
 * keyword group before the next live keyword group, else after the last live chunk before it.
 */
import type { Item, Resolution, Section } from "../model.js";
import type { PlannedDocument, PlannedItem, PlannedSection } from "../plan/types.js";
import type { Anchor, Edit } from "./edits.js";
import type { Chunk, Layout } from "./layout.js";
import { type NewText, newItemText, newSectionText } from "./new-text.js";

type Before = NewText & { gap: string };
type After = NewText & { anchor: Chunk; gap: string };

/** A chunk of the source, dropped or still there. */
interface Placed {
  c: Chunk;
  gone: boolean;
}

/** The new text of one document, by where it goes, turned into edits once every chunk is known. */
export class Insertions {
  /** New chunks to insert before the chunk starting at an offset, in order. */
  private readonly before = new Map<number, Before[]>();
  /** New chunks to add after a live chunk (its trailing space is moved after them). */
  private readonly after = new Map<number, After[]>();

  constructor(
    private readonly doc: Resolution,
    private readonly layout: Layout,
  ) {}

  /** A new item of a kept keyword group, at `index` among the planned items of `ps`. */
  addItem(ps: PlannedSection, section: Section, index: number, item: PlannedItem): void {
    const layout = this.layout;
    const next = ps.items.slice(index + 1).find((x) => x.origin !== null);
    const text = newItemText(layout, section, ps.kind, item);
    if (next?.origin) {
      const chunk = layout.itemChunk(section.items[next.origin.item] as Item);
      this.addBefore(chunk.start, { ...text, gap: layout.itemGap(section) });
      return;
    }
    const previous = [...ps.items.slice(0, index)]
      .reverse()
      .find((x) => x.origin !== null && x.mark !== "SUP");
    const anchor = previous?.origin
      ? layout.itemChunk(section.items[previous.origin.item] as Item)
      : layout.keywordChunk(section);
    const gap = previous ? layout.itemGap(section) : layout.keywordGap();
    this.addAfter(anchor, { anchor, gap, ...text });
  }

  /** A new keyword group, the `k`-th planned section of `planned`. */
  addSection(planned: PlannedDocument, ps: PlannedSection, k: number): void {
    const { doc, layout } = this;
    const text = newSectionText(layout, ps);
    const gap = layout.sectionGap();
    const next = planned.sections.slice(k + 1).find((s) => s.origin !== null && s.mark !== "SUP");
    if (next?.origin !== null && next?.origin !== undefined) {
      const chunk = layout.keywordChunk(doc.sections[next.origin] as Section);
      this.addBefore(chunk.start, { ...text, gap });
      return;
    }
    // After the last live item (or keyword) of the sections before it.
    for (let j = k - 1; j >= 0; j--) {
      const s = planned.sections[j] as PlannedSection;
      if (s.origin === null || s.mark === "SUP") continue;
      const section = doc.sections[s.origin] as Section;
      const lastLive = [...s.items].reverse().find((i) => i.origin !== null && i.mark !== "SUP");
      const anchor = lastLive?.origin
        ? layout.itemChunk(section.items[lastLive.origin.item] as Item)
        : layout.keywordChunk(section);
      this.addAfter(anchor, { anchor, gap, ...text });
      return;
    }
    const first = doc.sections[0];
    const at = first ? layout.keywordChunk(first).start : doc.source.length;
    this.addBefore(at, { ...text, gap });
  }

  private addBefore(at: number, text: Before): void {
    this.before.set(at, [...(this.before.get(at) ?? []), text]);
  }

  private addAfter(anchor: Chunk, text: After): void {
    this.after.set(anchor.start, [...(this.after.get(anchor.start) ?? []), text]);
  }

  /** The edits that insert the new text, and those that fix the blank space where chunks are dropped. */
  edits(deleted: readonly Chunk[], live: readonly Chunk[]): Edit[] {
    const layout = this.layout;
    const gone = new Set(deleted.map((c) => c.start));
    const extras = this.doc.extras.map((extra) => layout.extraChunk(extra)).filter((c) => !gone.has(c.start));
    const chunks = [...live, ...extras];
    const order = [
      ...deleted.map((c) => ({ c, gone: true })),
      ...chunks.map((c) => ({ c, gone: false })),
    ].sort((a, b) => a.c.start - b.c.start);
    const { trailingAfter, gapBefore } = this.spaceAfterDropped(order);
    const edits: Edit[] = [];
    for (const [at, list] of this.before) edits.push(insertBefore(at, list, gapBefore.get(at)));
    for (const list of this.after.values()) {
      const anchor = (list[0] as After).anchor;
      edits.push(insertAfter(layout, anchor, list, trailingAfter.get(anchor.start)));
      trailingAfter.delete(anchor.start);
    }
    for (const [start, gap] of trailingAfter) {
      const chunk = order.find((o) => o.c.start === start)?.c as Chunk;
      edits.push({ start: chunk.contentEnd, end: chunk.end, clean: gap, revision: layout.trailing(chunk) });
    }
    return edits;
  }

  /**
   * Blank space where chunks are dropped before a keyword, an extra block or the end of the file: the
   * text that stays takes the space that followed the last dropped chunk (a section gap stays a section
   * gap, the file ends as it ended). Before an item, the space after the text that stays is right.
   * Returns the clean-text trailing space to use after a live chunk, and the gap to end the text
   * inserted before a dropped chunk, both by the chunk's start.
   */
  private spaceAfterDropped(order: readonly Placed[]): {
    trailingAfter: Map<number, string>;
    gapBefore: Map<number, string>;
  } {
    const layout = this.layout;
    const items = new Set(this.doc.sections.flatMap((s) => s.items.map((i) => layout.itemChunk(i).start)));
    const trailingAfter = new Map<number, string>();
    const gapBefore = new Map<number, string>();
    for (let k = 0; k < order.length; k++) {
      if (!order[k]?.gone || (k > 0 && order[k - 1]?.gone)) continue;
      let last = k;
      while (order[last + 1]?.gone) last++;
      const next = order[last + 1]?.c;
      if (next && items.has(next.start)) continue;
      const first = (order[k] as Placed).c;
      const gap = layout.trailing((order[last] as Placed).c);
      if (this.before.has(first.start)) gapBefore.set(first.start, gap);
      else if (k > 0) {
        const previous = (order[k - 1] as Placed).c;
        if (layout.trailing(previous) !== gap) trailingAfter.set(previous.start, gap);
      }
    }
    return { trailingAfter, gapBefore };
  }
}

/** New chunks before the chunk at `at`; the last one ends with `lastGap` when the space was fixed. */
function insertBefore(at: number, chunks: readonly Before[], lastGap: string | undefined): Edit {
  const anchors: Anchor[] = [];
  let clean = "";
  chunks.forEach((c, n) => {
    for (const a of c.anchors) anchors.push({ item: a.item, at: clean.length + a.at });
    clean += c.clean + (n === chunks.length - 1 ? (lastGap ?? c.gap) : c.gap);
  });
  return { start: at, end: at, clean, revision: chunks.map((c) => c.revision + c.gap).join(""), anchors };
}

/** New chunks after `anchor`, whose trailing space (or `trailing`, when fixed) moves after them. */
function insertAfter(
  layout: Layout,
  anchor: Chunk,
  chunks: readonly After[],
  trailing: string | undefined,
): Edit {
  const original = layout.trailing(anchor);
  const anchors: Anchor[] = [];
  let clean = "";
  for (const c of chunks) {
    clean += c.gap;
    for (const a of c.anchors) anchors.push({ item: a.item, at: clean.length + a.at });
    clean += c.clean;
  }
  return {
    start: anchor.contentEnd,
    end: anchor.end,
    clean: clean + (trailing ?? original),
    revision: chunks.map((c) => c.gap + c.revision).join("") + original,
    anchors,
  };
}

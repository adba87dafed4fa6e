/**
 * Markdown of the planned documents, in two forms from one list of edits over the source:
 * - clean: the proposed text, where every untouched item keeps its source byte for byte;
 * - revision: the ITU proposal, with margin marks (MOD heading, ADD/MOD/NOC/SUP per item), CriticMarkup
 *   revision marks (`{++added++}`, `{--deleted--}`, `{~~old~>new~~}`, `{>>review<<}`) and *Reasons*.
 */
import { citeDocument } from "../domain/citations.js";
import type { Item, Section, SectorRole } from "../model.js";
import { lastAtOrBefore, lineStartsOf } from "../offsets.js";
import { headingOffset } from "../plan/header.js";
import { schemeOfLabel, styleLabel } from "../plan/labels.js";
import type {
  ConsolidationPlan,
  Ending,
  PlannedDocument,
  PlannedItem,
  PlannedSection,
  ReviewNote,
} from "../plan/types.js";
import type { TextChange } from "./diff.js";
import { type Chunk, Layout } from "./layout.js";

export interface RenderedMarkdown {
  clean: string;
  revision: string;
  /** The 1-based line of each item of the clean text (kept, changed or new), by planned item. */
  lines: Map<PlannedItem, number>;
  /** The replacements of the source that give the clean text (for the unified diff). */
  changes: TextChange[];
}

/** Where a new item starts in the clean text of an edit (`at` relative to it). */
interface Anchor {
  item: PlannedItem;
  at: number;
}

/** A new chunk of text (item or keyword group) in both forms. */
interface NewText {
  clean: string;
  revision: string;
  anchors: Anchor[];
}

/** One replacement of `source[start, end)`: `clean` in the proposed text, `revision` in the marked one. */
interface Edit {
  start: number;
  end: number;
  clean: string;
  revision: string;
  anchors?: Anchor[];
}

/**
 * Wraps each line's content in `open`...`close`: CriticMarkup does not span paragraphs or list items.
 * The first line starts at the item's label and is wrapped whole; the indentation and list markers of
 * the following lines stay outside, so lists keep their shape.
 */
function wrapLines(text: string, open: string, close: string): string {
  return text
    .split(/(\r?\n)/)
    .map((part, index) => {
      if (/^\r?\n$/.test(part) || part.trim() === "") return part;
      const lead =
        index === 0 ? /^()(.*?)([ \t]*)$/ : /^([ \t]*(?:[-*+][ \t]+|\d+[.)][ \t]+)?)(.*?)([ \t]*)$/;
      const m = lead.exec(part) as RegExpExecArray;
      return `${m[1]}${open}${m[2]}${close}${m[3]}`;
    })
    .join("");
}

const del = (text: string) => wrapLines(text, "{--", "--}");
const ins = (text: string) => wrapLines(text, "{++", "++}");
const sub = (from: string, to: string) =>
  from === "" ? `{++${to}++}` : to === "" ? `{--${from}--}` : `{~~${from}~>${to}~~}`;
const comment = (notes: readonly ReviewNote[]) =>
  notes.length === 0 ? "" : ` {>>Review: ${notes.map((n) => n.message).join("; ")}<<}`;
const mark = (m: string) => `**${m}** `;

/** A new item in the document's style: its line prefix, and the content from the label on. */
function formatNewItem(
  layout: Layout,
  section: Section | null,
  kind: Section["kind"],
  item: PlannedItem,
  labelTemplate: string | null = null,
): { prefix: string; content: string } {
  const wording = item.wording as NonNullable<PlannedItem["wording"]>;
  const ending: Ending = item.newEnding ?? ";";
  const eol = layout.eol;
  let label = "";
  if (item.label) {
    const scheme = schemeOfLabel(item.label);
    const template = labelTemplate ?? (scheme === "none" ? null : layout.labelStyle(section, scheme));
    label = styleLabel(template, item.label) + layout.labelSeparator(section);
  }
  const subStyle = layout.subitemStyle();
  const parts = [label + wording.text];
  for (const s of wording.subitems) {
    const blank = subStyle ? subStyle.blankLineBefore : s.blankLineBefore;
    const prefix = subStyle ? subStyle.prefix : s.linePrefix;
    parts.push(`${blank ? eol + eol : eol}${prefix}${s.label ? `${s.label} ` : ""}${s.text}`);
  }
  return { prefix: layout.itemPrefix(section, kind), content: parts.join("") + ending };
}

function changed(planned: PlannedDocument): boolean {
  return (
    planned.header.length > 0 ||
    planned.sections.some((s) => s.mark !== "NOC" || s.items.some((i) => i.mark !== "NOC"))
  );
}

/** Renders one planned document in both forms. */
export function renderMarkdown(planned: PlannedDocument, plan: ConsolidationPlan): RenderedMarkdown {
  const doc = planned.input;
  const layout = new Layout(doc);
  const eol = doc.eol;
  const edits: Edit[] = [];
  /** New chunks to insert before the chunk starting at an offset, in order. */
  const before = new Map<number, (NewText & { gap: string })[]>();
  /** Kept items, by where their chunk starts in the source. */
  const kept: { item: PlannedItem; offset: number }[] = [];
  /** New chunks to add after a live chunk (its trailing space is moved after them). */
  const after = new Map<number, (NewText & { anchor: Chunk; gap: string })[]>();
  const deleted: Chunk[] = [];
  const live: Chunk[] = [];
  const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => map.set(key, [...(map.get(key) ?? []), value]);

  for (const h of planned.header) {
    edits.push({
      start: h.start,
      end: h.end,
      clean: h.to,
      revision: h.part === "front-matter" ? h.to : sub(h.from, h.to),
    });
  }
  if (changed(planned)) {
    const at = headingOffset(doc) ?? (doc.sections[0] ? layout.keywordChunk(doc.sections[0]).start : 0);
    edits.push({ start: at, end: at, clean: "", revision: `**MOD**${eol}${eol}` });
  }

  const newItemText = (section: Section | null, kind: Section["kind"], item: PlannedItem): NewText => {
    const { prefix, content } = formatNewItem(layout, section, kind, item);
    return {
      clean: prefix + content,
      revision: prefix + mark("ADD") + ins(content) + comment(item.review),
      anchors: [{ item, at: 0 }],
    };
  };

  planned.sections.forEach((ps, k) => {
    if (ps.origin === null) {
      insertNewSection(ps, k);
      return;
    }
    const section = doc.sections[ps.origin] as Section;
    const keyword = layout.keywordChunk(section);
    if (ps.mark === "SUP") {
      deleted.push(keyword);
      const content = layout.source.slice(keyword.contentStart, keyword.contentEnd);
      edits.push({
        start: keyword.start,
        end: keyword.end,
        clean: "",
        revision:
          layout.source.slice(keyword.start, keyword.contentStart) +
          mark("SUP") +
          del(content) +
          layout.trailing(keyword),
      });
    } else {
      live.push(keyword);
    }
    ps.items.forEach((pi, index) => {
      if (pi.origin === null) {
        const next = ps.items.slice(index + 1).find((x) => x.origin !== null);
        const text = newItemText(section, ps.kind, pi);
        if (next?.origin) {
          const chunk = layout.itemChunk(section.items[next.origin.item] as Item);
          const gap = layout.itemGap(section);
          push(before, chunk.start, { ...text, gap });
          return;
        }
        const previous = [...ps.items.slice(0, index)]
          .reverse()
          .find((x) => x.origin !== null && x.mark !== "SUP");
        const anchor = previous?.origin
          ? layout.itemChunk(section.items[previous.origin.item] as Item)
          : layout.keywordChunk(section);
        const gap = previous ? layout.itemGap(section) : layout.keywordGap();
        push(after, anchor.start, { anchor, gap, ...text });
        return;
      }
      const item = section.items[pi.origin.item] as Item;
      const chunk = layout.itemChunk(item);
      if (pi.mark === "SUP") {
        deleted.push(chunk);
        const content = layout.source.slice(chunk.contentStart, chunk.contentEnd);
        const prefix = layout.source.slice(chunk.start, chunk.contentStart);
        edits.push({
          start: chunk.start,
          end: chunk.end,
          clean: "",
          revision: prefix + markAt(item, "SUP", content, (c) => del(c)) + layout.trailing(chunk),
        });
        return;
      }
      live.push(chunk);
      kept.push({ item: pi, offset: chunk.start });
      if (pi.wording) {
        // The item that recalled Resolution 140 becomes the new recalling item.
        const { content } = formatNewItem(layout, section, ps.kind, pi, item.labelRaw);
        const old = layout.source.slice(chunk.contentStart, chunk.contentEnd);
        const listMarker = /^[-*+][ \t]+|^\d+[.)][ \t]+(?=\S)/.exec(old)?.[0] ?? "";
        edits.push({
          start: chunk.contentStart + listMarker.length,
          end: chunk.contentEnd,
          clean: content,
          revision: `${mark("MOD")}${del(old.slice(listMarker.length))} ${ins(content)}${comment(pi.review)}`,
        });
        return;
      }
      itemEdits(section, item, pi);
    });
  });

  /** Marks at the label (after a list marker that is part of the item's source). */
  function markAt(item: Item, m: string, content: string, wrap: (c: string) => string): string {
    const label = layout.labelRange(item);
    const split = label && label.start > item.span.start.offset ? label.start - item.span.start.offset : 0;
    return content.slice(0, split) + mark(m) + wrap(content.slice(split));
  }

  function itemEdits(section: Section, item: Item, pi: PlannedItem): void {
    const base = item.span.start.offset;
    const label = layout.labelRange(item);
    const markOffset = label && label.start >= base ? label.start : base;
    edits.push({ start: markOffset, end: markOffset, clean: "", revision: mark(pi.mark) });
    if (pi.oldLabel !== pi.label) {
      if (label && item.labelRaw && pi.label) {
        const to = styleLabel(item.labelRaw, pi.label);
        edits.push({ start: label.start, end: label.end, clean: to, revision: sub(item.labelRaw, to) });
      } else if (label && item.labelRaw && !pi.label) {
        const sep = /^[ \t\u00a0]*/.exec(layout.source.slice(label.end))?.[0] ?? "";
        edits.push({
          start: label.start,
          end: label.end + sep.length,
          clean: "",
          revision: `${sub(item.labelRaw, "")}${sep}`,
        });
      } else if (!item.labelRaw && pi.label) {
        const scheme = schemeOfLabel(pi.label);
        const template = scheme === "none" ? null : layout.labelStyle(section, scheme);
        const to = styleLabel(template, pi.label) + layout.labelSeparator(section);
        edits.push({ start: markOffset, end: markOffset, clean: to, revision: sub("", to) });
      }
    }
    for (const change of pi.subLabels) {
      const subitem = item.subitems[change.subitem];
      const range = subitem ? layout.labelRange(subitem) : null;
      if (!subitem?.labelRaw || !range) continue;
      const to = styleLabel(subitem.labelRaw, change.to);
      edits.push({ start: range.start, end: range.end, clean: to, revision: sub(subitem.labelRaw, to) });
    }
    for (const ref of pi.crossReferences) {
      if (ref.to !== null) {
        edits.push({
          start: base + ref.start,
          end: base + ref.end,
          clean: ref.to,
          revision: sub(ref.from, ref.to),
        });
      } else {
        edits.push({
          start: base + ref.end,
          end: base + ref.end,
          clean: "",
          revision: `{>>Review: this reference points to an item that is no longer here<<}`,
        });
      }
    }
    if (pi.ending) {
      const e = pi.ending;
      edits.push({ start: base + e.start, end: base + e.end, clean: e.to, revision: sub(e.from, e.to) });
    }
  }

  function insertNewSection(ps: PlannedSection, k: number): void {
    const keyword = layout.keywordLine(ps.keyword, ps.kind);
    const gap = layout.keywordGap();
    const items = ps.items.filter((i) => i.mark !== "SUP").map((i) => newItemText(null, ps.kind, i));
    const itemGap = layout.itemGap(null);
    const anchors: Anchor[] = [];
    let clean = keyword + gap;
    items.forEach((i, n) => {
      if (n > 0) clean += itemGap;
      for (const a of i.anchors) anchors.push({ item: a.item, at: clean.length + a.at });
      clean += i.clean;
    });
    const revision = mark("ADD") + ins(keyword) + gap + items.map((i) => i.revision).join(itemGap);
    const next = planned.sections.slice(k + 1).find((s) => s.origin !== null && s.mark !== "SUP");
    if (next?.origin !== null && next?.origin !== undefined) {
      const chunk = layout.keywordChunk(doc.sections[next.origin] as Section);
      const sectionGap = layout.sectionGap();
      push(before, chunk.start, { clean, revision, anchors, gap: sectionGap });
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
      push(after, anchor.start, { anchor, gap: layout.sectionGap(), clean, revision, anchors });
      return;
    }
    const first = doc.sections[0];
    const at = first ? layout.keywordChunk(first).start : doc.source.length;
    push(before, at, { clean, revision, anchors, gap: layout.sectionGap() });
  }

  // Blank space where chunks are dropped before a keyword, an extra block or the end of the file: the
  // text that stays takes the space that followed the last dropped chunk (a section gap stays a section
  // gap, the file ends as it ended). Before an item, the space after the text that stays is right.
  for (const extra of doc.extras) live.push(layout.extraChunk(extra));
  const items = new Set(doc.sections.flatMap((s) => s.items.map((i) => layout.itemChunk(i).start)));
  const order = [...deleted.map((c) => ({ c, gone: true })), ...live.map((c) => ({ c, gone: false }))].sort(
    (a, b) => a.c.start - b.c.start,
  );
  /** Clean-text trailing space to use after a live chunk, by its start. */
  const trailingAfter = new Map<number, string>();
  /** Clean-text gap to end the text inserted before a dropped chunk, by its start. */
  const gapBefore = new Map<number, string>();
  for (let k = 0; k < order.length; k++) {
    if (!order[k]?.gone || (k > 0 && order[k - 1]?.gone)) continue;
    let last = k;
    while (order[last + 1]?.gone) last++;
    const next = order[last + 1]?.c;
    if (next && items.has(next.start)) continue;
    const first = (order[k] as { c: Chunk }).c;
    const gap = layout.trailing((order[last] as { c: Chunk }).c);
    if (before.has(first.start)) gapBefore.set(first.start, gap);
    else if (k > 0) {
      const previous = (order[k - 1] as { c: Chunk }).c;
      if (layout.trailing(previous) !== gap) trailingAfter.set(previous.start, gap);
    }
  }

  for (const [at, chunks] of before) {
    const anchors: Anchor[] = [];
    let clean = "";
    chunks.forEach((c, n) => {
      for (const a of c.anchors) anchors.push({ item: a.item, at: clean.length + a.at });
      clean += c.clean + (n === chunks.length - 1 ? (gapBefore.get(at) ?? c.gap) : c.gap);
    });
    edits.push({
      start: at,
      end: at,
      clean,
      revision: chunks.map((c) => c.revision + c.gap).join(""),
      anchors,
    });
  }
  for (const chunks of after.values()) {
    const anchor = (chunks[0] as { anchor: Chunk }).anchor;
    const trailing = layout.trailing(anchor);
    const anchors: Anchor[] = [];
    let clean = "";
    for (const c of chunks) {
      clean += c.gap;
      for (const a of c.anchors) anchors.push({ item: a.item, at: clean.length + a.at });
      clean += c.clean;
    }
    edits.push({
      start: anchor.contentEnd,
      end: anchor.end,
      clean: clean + (trailingAfter.get(anchor.start) ?? trailing),
      revision: chunks.map((c) => c.gap + c.revision).join("") + trailing,
      anchors,
    });
    trailingAfter.delete(anchor.start);
  }
  for (const [start, gap] of trailingAfter) {
    const chunk = order.find((o) => o.c.start === start)?.c as Chunk;
    edits.push({ start: chunk.contentEnd, end: chunk.end, clean: gap, revision: layout.trailing(chunk) });
  }

  const positions = new Map<PlannedItem, number>();
  const clean = apply(doc.source, edits, "clean", kept, positions);
  let revision = separateMarkedItems(apply(doc.source, edits, "revision"), eol);
  const reasons = reasonsFor(planned, plan);
  if (reasons) {
    revision = revision.replace(/[\r\n\s]*$/, "") + eol + eol + reasons + eol;
  }
  const changes = edits
    .filter((e) => e.clean !== doc.source.slice(e.start, e.end))
    .map((e) => ({ start: e.start, end: e.end, text: e.clean }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  return { clean, revision, lines: toLines(clean, positions), changes };
}

function toLines(text: string, positions: Map<PlannedItem, number>): Map<PlannedItem, number> {
  const starts = lineStartsOf(text);
  const lines = new Map<PlannedItem, number>();
  for (const [item, offset] of positions) {
    // A chunk may start with blank space: its line is that of its first character.
    const at = offset + (/^\s*/.exec(text.slice(offset, offset + 200))?.[0].length ?? 0);
    lines.set(item, lastAtOrBefore(starts, at) + 1);
  }
  return lines;
}

/**
 * Applies the edits, sorted (at one offset, insertions before replacements). For the clean text it
 * also records where each kept item (by its source offset) and each new item (by anchor) lands.
 */
function apply(
  source: string,
  edits: readonly Edit[],
  mode: "clean" | "revision",
  kept: readonly { item: PlannedItem; offset: number }[] = [],
  positions?: Map<PlannedItem, number>,
): string {
  const sorted = edits
    .map((e, order) => ({ ...e, order }))
    .sort(
      (a, b) => a.start - b.start || Number(a.end > a.start) - Number(b.end > b.start) || a.order - b.order,
    );
  const pending = [...kept].sort((a, b) => a.offset - b.offset);
  let next = 0;
  let out = "";
  let cursor = 0;
  const flush = (limit: number, inclusive: boolean) => {
    while (positions && next < pending.length) {
      const k = pending[next] as { item: PlannedItem; offset: number };
      if (k.offset > limit || (k.offset === limit && !inclusive)) break;
      positions.set(k.item, out.length + Math.max(0, k.offset - cursor));
      next++;
    }
  };
  for (const e of sorted) {
    if (e.start < cursor) {
      throw new Error(
        `internal: overlapping edits at offset ${e.start} (text up to ${cursor} already written)`,
      );
    }
    // A kept item at an insertion point comes after the inserted text.
    flush(e.start, e.end > e.start);
    out += source.slice(cursor, e.start);
    if (positions) for (const a of e.anchors ?? []) positions.set(a.item, out.length + a.at);
    out += e[mode];
    cursor = e.end;
  }
  flush(Number.POSITIVE_INFINITY, true);
  return out + source.slice(cursor);
}

/** The *Reasons* that close a proposal. */
function reasonsFor(planned: PlannedDocument, plan: ConsolidationPlan): string | null {
  const doc = planned.input;
  const items = planned.sections.flatMap((s) => s.items);
  if (planned.role === "pp") {
    const added = items.filter((i) => i.mark === "ADD");
    const review = added.filter((i) => i.review.length > 0).length;
    const sectors = (["ITU-R", "ITU-T", "ITU-D"] as SectorRole[]).map((r) =>
      citeDocument(plan.sectors[r].input),
    );
    const already = plan.decisions.filter((d) => d.action === "noc").length;
    return (
      `*Reasons:* To state once, in Resolution 140, the provisions common to ${sectors.join(", ").replace(/, ([^,]*)$/, " and $1")}: ` +
      `${added.length} provision${added.length === 1 ? "" : "s"} added in neutral wording` +
      `${review > 0 ? ` (${review} derived wording${review === 1 ? "" : "s"} flagged for review)` : ""}; ` +
      `${already} common provision${already === 1 ? " it already has stays" : "s it already has stay"} unchanged. ` +
      `The resolution cites itself as ${plan.revision}.`
    );
  }
  const suppressed = items.filter((i) => i.mark === "SUP").length;
  if (suppressed === 0 && !items.some((i) => i.mark !== "NOC")) return null;
  const kinds = { moved: 0, matched: 0, recalled: 0 };
  for (const i of items) {
    if (i.placement === null || i.mark !== "SUP") continue;
    const p = plan.placements[i.placement];
    if (p && p.to.kind !== "kept") kinds[p.to.kind]++;
  }
  const parts = [
    kinds.moved > 0 ? `${kinds.moved} moved into Resolution 140` : "",
    kinds.matched > 0 ? `${kinds.matched} already in it` : "",
    kinds.recalled > 0 ? `${kinds.recalled} recalling Resolution 140, merged into the recalling item` : "",
  ].filter((p) => p);
  const replaced = items.some((i) => i.mark === "MOD" && i.wording !== null);
  const recalling = replaced
    ? "the item that recalled Resolution 140 now recalls its new revision and the provisions common to the three Sectors"
    : "a new recalling item refers to Resolution 140 and the provisions common to the three Sectors";
  const plural = (n: number) => `${n} item${n === 1 ? "" : "s"}`;
  return (
    `*Reasons:* The provisions common to the three Sectors are stated once in Resolution 140 (${plan.revision}), ` +
    `and ${citeDocument(doc)} no longer repeats them: ${plural(suppressed)} suppressed (${parts.join(", ")}); ` +
    `${recalling}; the remaining items are re-lettered and re-numbered.`
  );
}

/**
 * A margin mark written before a label ("**MOD** 2) to ...") is not a list marker, so the items of a
 * tight list would run together into one paragraph when the Markdown is rendered. Each marked line
 * gets a blank line before it, so every provision is its own paragraph, as in the printed proposal.
 */
export function separateMarkedItems(text: string, eol: string): string {
  const lines = text.split(eol);
  const out: string[] = [];
  for (const line of lines) {
    const previous = out[out.length - 1];
    if (MARKED_LINE.test(line) && previous !== undefined && previous.trim() !== "") out.push("");
    out.push(line);
  }
  return out.join(eol);
}

const MARKED_LINE = /^\*\*(ADD|MOD|SUP|NOC)\*\* /;

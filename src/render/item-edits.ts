/**
 * The edits of the source's own chunks: a suppressed keyword or item is marked SUP and deleted; the
 * item that recalled Resolution 140 is rewritten as the recalling item; a kept item gets its margin
 * mark and the changes of its label, sub-item labels, references and end punctuation.
 */
import type { Item, Section } from "../model.js";
import { schemeOfLabel, styleLabel } from "../plan/labels.js";
import type { AddedDefinition, PlannedItem } from "../plan/types.js";
import type { Edit } from "./edits.js";
import type { Chunk, Layout } from "./layout.js";
import {
  codeIndents,
  comment,
  del,
  flatten,
  ins,
  itemComments,
  marginMark,
  mark,
  markBlock,
  opensListItem,
  sub,
} from "./marks.js";
import { formatNewItem } from "./new-text.js";

/** A suppressed keyword line: gone from the clean text, marked SUP and deleted in the revision. */
export function suppressedKeyword(layout: Layout, keyword: Chunk): Edit {
  const content = layout.source.slice(keyword.contentStart, keyword.contentEnd);
  return {
    start: keyword.start,
    end: keyword.end,
    clean: "",
    revision:
      layout.source.slice(keyword.start, keyword.contentStart) +
      markBlock("SUP", content, del) +
      layout.trailing(keyword),
  };
}

/**
 * A suppressed item: gone from the clean text, marked SUP (at its label) and deleted in the revision,
 * with the note of where it went.
 */
export function suppressedItem(layout: Layout, item: Item, chunk: Chunk, planned: PlannedItem): Edit {
  const content = layout.source.slice(chunk.contentStart, chunk.contentEnd);
  const prefix = layout.source.slice(chunk.start, chunk.contentStart);
  return {
    start: chunk.start,
    end: chunk.end,
    clean: "",
    revision:
      prefix +
      markAt(layout, item, "SUP", content, (c) => del(c), prefix) +
      itemComments(planned) +
      layout.trailing(chunk),
  };
}

/**
 * Marks at the label (after a list marker that is part of the item's source). Where the mark leaves
 * no list marker before it, the later lines are flattened (no indented code block).
 */
function markAt(
  layout: Layout,
  item: Item,
  m: string,
  content: string,
  wrap: (c: string) => string,
  prefix: string,
): string {
  const label = layout.labelRange(item);
  const split = label && label.start > item.span.start.offset ? label.start - item.span.start.offset : 0;
  const before = content.slice(0, split);
  const rest = content.slice(split);
  return before + mark(m) + wrap(opensListItem(prefix + before) ? rest : flatten(rest));
}

/**
 * In the revision form, the code-like indentation of an item's later lines when its margin mark leaves
 * no list marker before it (see `codeIndents`); the clean text keeps it.
 */
function flattenEdits(layout: Layout, item: Item, markOffset: number): Edit[] {
  const lineStart = layout.lines.lineStartAt(markOffset);
  if (opensListItem(layout.source.slice(lineStart, markOffset))) return [];
  const base = item.span.start.offset;
  return codeIndents(layout.source.slice(base, item.span.end.offset)).map(({ at, length }) => ({
    start: base + at,
    end: base + at + length,
    clean: layout.source.slice(base + at, base + at + length),
    revision: "",
  }));
}

/** The item that recalled Resolution 140 becomes the new recalling item: its text replaced, MOD. */
export function rewrittenItem(
  layout: Layout,
  section: Section,
  kind: Section["kind"],
  item: Item,
  chunk: Chunk,
  planned: PlannedItem,
): Edit {
  const { content } = formatNewItem(layout, section, kind, planned, item.labelRaw);
  const old = layout.source.slice(chunk.contentStart, chunk.contentEnd);
  const listMarker = /^[-*+][ \t]+|^\d+[.)][ \t]+(?=\S)/.exec(old)?.[0] ?? "";
  return {
    start: chunk.contentStart + listMarker.length,
    end: chunk.contentEnd,
    clean: content,
    revision: `${mark("MOD")}${del(listMarker ? old.slice(listMarker.length) : flatten(old))} ${ins(content)}${itemComments(planned)}`,
  };
}

/** A kept item: its margin mark, then the changes of its label, sub-labels, references and ending. */
export function keptItemEdits(layout: Layout, section: Section, item: Item, planned: PlannedItem): Edit[] {
  const base = item.span.start.offset;
  const label = layout.labelRange(item);
  const markOffset = label && label.start >= base ? label.start : base;
  const margin = marginMark(planned);
  const edits: Edit[] = margin
    ? [
        { start: markOffset, end: markOffset, clean: "", revision: mark(margin) },
        ...flattenEdits(layout, item, markOffset),
      ]
    : [];
  if (planned.oldLabel !== planned.label) {
    const edit = labelEdit(layout, section, item, planned.label, label, markOffset);
    if (edit) edits.push(edit);
    if (!planned.label && label) edits.push(...listIndentEdits(layout, item, label.start));
  }
  for (const change of planned.subLabels) {
    const subitem = item.subitems[change.subitem];
    const range = subitem ? layout.labelRange(subitem) : null;
    if (!subitem?.labelRaw || !range) continue;
    const to = styleLabel(subitem.labelRaw, change.to);
    edits.push({ start: range.start, end: range.end, clean: to, revision: sub(subitem.labelRaw, to) });
  }
  for (const ref of planned.crossReferences) {
    if (ref.to !== null) {
      edits.push({
        start: base + ref.start,
        end: base + ref.end,
        clean: ref.to,
        revision: sub(ref.from, ref.to),
      });
    } else {
      // The new place of an item it names is unknown: the reference stands in brackets, for review.
      const to = `[${ref.from}]`;
      edits.push({
        start: base + ref.start,
        end: base + ref.end,
        clean: to,
        revision: `${sub(ref.from, to)}{>>Review: this reference names an item whose new place is unknown<<}`,
      });
    }
  }
  for (const c of planned.citationChanges ?? []) {
    edits.push({ start: base + c.start, end: base + c.end, clean: c.to, revision: sub(c.from, c.to) });
  }
  if (planned.ending) {
    const e = planned.ending;
    edits.push({ start: base + e.start, end: base + e.end, clean: e.to, revision: sub(e.from, e.to) });
  }
  if (planned.review.length > 0) {
    const end = item.span.end.offset;
    edits.push({ start: end, end, clean: "", revision: comment(planned.review) });
  }
  return edits;
}

/**
 * An ordered-list marker ("1.") removed from the only item left in its group leaves a paragraph: its
 * later lines lose the list's indentation, so that the text reads as written, not as a lazy
 * continuation indented like code. (Only one-paragraph items without sub-items lose their marker.)
 */
function listIndentEdits(layout: Layout, item: Item, labelStart: number): Edit[] {
  const lineStart = layout.lines.lineStartAt(labelStart);
  if (!/^\d+[.)]$/.test(item.labelRaw ?? "") || layout.source.slice(lineStart, labelStart).trim() !== "")
    return [];
  const edits: Edit[] = [];
  const end = item.span.end.offset;
  for (let nl = layout.source.indexOf("\n", labelStart); nl !== -1 && nl < end; ) {
    const indent = /^[ \t]+/.exec(layout.source.slice(nl + 1, end))?.[0] ?? "";
    if (indent) edits.push({ start: nl + 1, end: nl + 1 + indent.length, clean: "", revision: "" });
    nl = layout.source.indexOf("\n", nl + 1);
  }
  return edits;
}

/** The new label of a kept item written over its old one, removed, or added at `markOffset`. */
function labelEdit(
  layout: Layout,
  section: Section,
  item: Item,
  newLabel: string | null,
  label: { start: number; end: number } | null,
  markOffset: number,
): Edit | null {
  if (label && item.labelRaw && newLabel) {
    const to = styleLabel(item.labelRaw, newLabel);
    return { start: label.start, end: label.end, clean: to, revision: sub(item.labelRaw, to) };
  }
  if (label && item.labelRaw && !newLabel) {
    const sep = /^[ \t\u00a0]*/.exec(layout.source.slice(label.end))?.[0] ?? "";
    return {
      start: label.start,
      end: label.end + sep.length,
      clean: "",
      revision: `${sub(item.labelRaw, "")}${sep}`,
    };
  }
  if (!item.labelRaw && newLabel) {
    const scheme = schemeOfLabel(newLabel);
    const template = scheme === "none" ? null : layout.labelStyle(section, scheme);
    const to = styleLabel(template, newLabel) + layout.labelSeparator(section);
    return { start: markOffset, end: markOffset, clean: to, revision: sub("", to) };
  }
  return null;
}

/**
 * A footnote or link definition that no remaining item refers to: gone from the clean text; in the
 * revision its words are deleted but the definition stays one, so the deleted references still point
 * to it.
 */
export function droppedDefinition(layout: Layout, chunk: Chunk): Edit {
  const content = layout.source.slice(chunk.contentStart, chunk.contentEnd);
  const head = /^ {0,3}\[[^\]]+\]:[ \t]*/.exec(content)?.[0] ?? "";
  const lines = head === "" || /^ {0,3}\[\^/.test(head) ? [content] : content.split(/(?<=\n)/);
  const revision = lines
    .map((line) => {
      const lead = /^ {0,3}\[[^\]]+\]:[ \t]*/.exec(line)?.[0] ?? "";
      return lead + del(line.slice(lead.length));
    })
    .join("");
  return {
    start: chunk.start,
    end: chunk.end,
    clean: "",
    revision: layout.source.slice(chunk.start, chunk.contentStart) + revision + layout.trailing(chunk),
  };
}

/** The definitions new items bring, written at the end of the text: plain in the clean text, inserted in the revision. */
export function addedDefinitions(layout: Layout, definitions: readonly AddedDefinition[]): Edit | null {
  if (definitions.length === 0) return null;
  const { source, eol } = layout;
  const end = source.length;
  const before = source.endsWith(eol) ? eol : eol + eol;
  const written = definitions.map((d) => ({
    head: `[${d.kind === "footnote" ? "^" : ""}${d.name}]: `,
    body: d.body.replace(/\r?\n/g, eol).trimEnd(),
  }));
  return {
    start: end,
    end,
    clean: before + written.map((d) => d.head + d.body).join(eol + eol) + eol,
    revision: before + written.map((d) => d.head + ins(d.body)).join(eol + eol) + eol,
  };
}

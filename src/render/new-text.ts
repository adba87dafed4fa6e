/**
 * Text the plan adds (an item in derived wording, a keyword group), written in the document's own
 * style (src/render/layout.ts), in both forms: clean, and marked ADD.
 */
import type { Section } from "../model.js";
import { schemeOfLabel, styleLabel } from "../plan/labels.js";
import type { Ending, PlannedItem, PlannedSection } from "../plan/types.js";
import type { Anchor } from "./edits.js";
import type { Layout } from "./layout.js";
import { ins, itemComments, markBlock } from "./marks.js";

/** A new chunk of text (item or keyword group) in both forms. */
export interface NewText {
  clean: string;
  revision: string;
  anchors: Anchor[];
}

/** A new item in the document's style: its line prefix, and the content from the label on. */
export function formatNewItem(
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
  // An unlabelled item is a paragraph: a bullet would make it a list item of its own kind ("–").
  const prefix = item.label ? layout.itemPrefix(section, kind) : "";
  return { prefix, content: parts.join("") + ending };
}

/** A new item, marked ADD with its review notes in the revision. */
export function newItemText(
  layout: Layout,
  section: Section | null,
  kind: Section["kind"],
  item: PlannedItem,
): NewText {
  const { prefix, content } = formatNewItem(layout, section, kind, item);
  return {
    clean: prefix + content,
    revision: markBlock("ADD", content, ins, prefix) + itemComments(item),
    anchors: [{ item, at: 0 }],
  };
}

/** A new keyword group with its items. */
export function newSectionText(layout: Layout, ps: PlannedSection): NewText {
  const keyword = layout.keywordLine(ps.keyword, ps.kind);
  const gap = layout.keywordGap();
  const items = ps.items.filter((i) => i.mark !== "SUP").map((i) => newItemText(layout, null, ps.kind, i));
  const itemGap = layout.itemGap(null);
  const anchors: Anchor[] = [];
  let clean = keyword + gap;
  items.forEach((i, n) => {
    if (n > 0) clean += itemGap;
    for (const a of i.anchors) anchors.push({ item: a.item, at: clean.length + a.at });
    clean += i.clean;
  });
  const revision = markBlock("ADD", keyword, ins) + gap + items.map((i) => i.revision).join(itemGap);
  return { clean, revision, anchors };
}

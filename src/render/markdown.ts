/**
 * Markdown of the planned documents, in two forms from one list of edits over the source
 * (src/render/edits.ts):
 * - clean: the proposed text, where every untouched item keeps its source byte for byte;
 * - revision: the ITU proposal, one unit: MOD (and the proposal identifier) before the heading, margin
 *   marks on the provisions that change (ADD, MOD, (MOD), SUP; none on the others), CriticMarkup
 *   revision marks (`{++added++}`, `{--deleted--}`, `{~~old~>new~~}`, `{>>note<<}`), *Reasons*, and
 *   for a Sector text the table of its old and new labels.
 */
import type { Item, Resolution, Section } from "../model.js";
import { headingOffset } from "../plan/header.js";
import type { ConsolidationPlan, PlannedDocument, PlannedItem, PlannedSection } from "../plan/types.js";
import type { TextChange } from "./diff.js";
import { applyEdits, type Edit, type KeptItem, lineNumbers, sourceChanges } from "./edits.js";
import { Insertions } from "./insertions.js";
import {
  addedDefinitions,
  droppedDefinition,
  keptItemEdits,
  rewrittenItem,
  suppressedItem,
  suppressedKeyword,
} from "./item-edits.js";
import { labelTableMarkdown } from "./label-table.js";
import { type Chunk, Layout } from "./layout.js";
import { separateMarkedItems, sub } from "./marks.js";
import { reasonsFor } from "./reasons.js";

export { separateMarkedItems } from "./marks.js";

export interface RenderedMarkdown {
  clean: string;
  revision: string;
  /** The 1-based line of each item of the clean text (kept, changed or new), by planned item. */
  lines: Map<PlannedItem, number>;
  /** The replacements of the source that give the clean text (for the unified diff). */
  changes: TextChange[];
}

/** The edits of one document as they are collected, section by section. */
interface Draft {
  doc: Resolution;
  layout: Layout;
  edits: Edit[];
  /** Kept items, by where their chunk starts in the source. */
  kept: KeptItem[];
  /** Chunks of the source dropped, and chunks still there. */
  deleted: Chunk[];
  live: Chunk[];
  insertions: Insertions;
}

/** How the revision form is written beyond the plan. */
export interface MarkdownOptions {
  /** The proposal identifier of the unit ("ACP/64A1/1"), or null for none. */
  identifier?: string | null;
}

/** Renders one planned document in both forms. */
export function renderMarkdown(
  planned: PlannedDocument,
  plan: ConsolidationPlan,
  options: MarkdownOptions = {},
): RenderedMarkdown {
  const doc = planned.input;
  const layout = new Layout(doc);
  const draft: Draft = {
    doc,
    layout,
    edits: [],
    kept: [],
    deleted: [],
    live: [],
    insertions: new Insertions(doc, layout),
  };
  planned.sections.forEach((ps, k) => {
    if (ps.origin === null) draft.insertions.addSection(planned, ps, k);
    else sectionEdits(draft, ps, doc.sections[ps.origin] as Section);
  });
  for (const index of planned.droppedExtras) {
    const extra = doc.extras[index];
    if (!extra) continue;
    const chunk = layout.extraChunk(extra);
    draft.deleted.push(chunk);
    draft.edits.push(droppedDefinition(layout, chunk));
  }
  const definitions = addedDefinitions(layout, planned.definitions);
  if (definitions) draft.edits.push(definitions);
  // At one offset, edits apply in this order: the unit's mark before the heading, new text, then the
  // margin mark of a kept item that starts there (so a new item never takes a kept item's mark).
  const edits = [
    ...headerEdits(planned, layout, options.identifier ?? null),
    ...draft.insertions.edits(draft.deleted, draft.live),
    ...draft.edits,
  ];

  const positions = new Map<PlannedItem, number>();
  const clean = applyEdits(doc.source, edits, "clean", draft.kept, positions);
  let revision = separateMarkedItems(applyEdits(doc.source, edits, "revision"), doc.eol);
  const reasons = reasonsFor(planned, plan);
  const labels = labelTableMarkdown(planned, plan, doc.eol);
  for (const tail of [reasons, labels]) {
    if (tail) revision = revision.replace(/[\r\n\s]*$/, "") + doc.eol + doc.eol + tail + doc.eol;
  }
  return { clean, revision, lines: lineNumbers(clean, positions), changes: sourceChanges(doc.source, edits) };
}

function changed(planned: PlannedDocument): boolean {
  return (
    planned.header.length > 0 ||
    planned.sections.some((s) => s.mark !== "NOC" || s.items.some((i) => i.mark !== "NOC"))
  );
}

/**
 * The heading, preamble and front matter changes, and the unit's mark before the heading: MOD (with
 * the proposal identifier) for a changed document, NOC for one left as it is.
 */
function headerEdits(planned: PlannedDocument, layout: Layout, identifier: string | null): Edit[] {
  const doc = planned.input;
  const edits: Edit[] = planned.header.map((h) => ({
    start: h.start,
    end: h.end,
    clean: h.to,
    revision: h.part === "front-matter" ? h.to : sub(h.from, h.to),
  }));
  const at = headingOffset(doc) ?? (doc.sections[0] ? layout.keywordChunk(doc.sections[0]).start : 0);
  const unit = `**${changed(planned) ? "MOD" : "NOC"}**${identifier ? ` ${identifier}` : ""}`;
  edits.push({ start: at, end: at, clean: "", revision: `${unit}${doc.eol}${doc.eol}` });
  return edits;
}

/** The edits of a keyword group of the source and its items; new items are left to the insertions. */
function sectionEdits(draft: Draft, ps: PlannedSection, section: Section): void {
  const { layout, edits } = draft;
  const keyword = layout.keywordChunk(section);
  if (ps.mark === "SUP") {
    draft.deleted.push(keyword);
    edits.push(suppressedKeyword(layout, keyword));
  } else {
    draft.live.push(keyword);
  }
  ps.items.forEach((pi, index) => {
    if (pi.origin === null) {
      draft.insertions.addItem(ps, section, index, pi);
      return;
    }
    const item = section.items[pi.origin.item] as Item;
    const chunk = layout.itemChunk(item);
    if (pi.mark === "SUP") {
      draft.deleted.push(chunk);
      edits.push(suppressedItem(layout, item, chunk, pi));
      return;
    }
    draft.live.push(chunk);
    draft.kept.push({ item: pi, offset: chunk.start });
    if (pi.wording) edits.push(rewrittenItem(layout, section, ps.kind, item, chunk, pi));
    else edits.push(...keptItemEdits(layout, section, item, pi));
  });
}

/**
 * Markdown of the planned documents, in two forms from one list of edits over the source
 * (src/render/edits.ts):
 * - clean: the proposed text, where every untouched item keeps its source byte for byte;
 * - revision: the ITU proposal, with margin marks (MOD heading, ADD/MOD/NOC/SUP per item), CriticMarkup
 *   revision marks (`{++added++}`, `{--deleted--}`, `{~~old~>new~~}`, `{>>review<<}`) and *Reasons*.
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

/** Renders one planned document in both forms. */
export function renderMarkdown(planned: PlannedDocument, plan: ConsolidationPlan): RenderedMarkdown {
  const doc = planned.input;
  const layout = new Layout(doc);
  const draft: Draft = {
    doc,
    layout,
    edits: headerEdits(planned, layout),
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
  const edits = [...draft.edits, ...draft.insertions.edits(draft.deleted, draft.live)];

  const positions = new Map<PlannedItem, number>();
  const clean = applyEdits(doc.source, edits, "clean", draft.kept, positions);
  let revision = separateMarkedItems(applyEdits(doc.source, edits, "revision"), doc.eol);
  const reasons = reasonsFor(planned, plan);
  if (reasons) {
    revision = revision.replace(/[\r\n\s]*$/, "") + doc.eol + doc.eol + reasons + doc.eol;
  }
  return { clean, revision, lines: lineNumbers(clean, positions), changes: sourceChanges(doc.source, edits) };
}

function changed(planned: PlannedDocument): boolean {
  return (
    planned.header.length > 0 ||
    planned.sections.some((s) => s.mark !== "NOC" || s.items.some((i) => i.mark !== "NOC"))
  );
}

/** The heading, preamble and front matter changes, and the MOD mark before a changed document. */
function headerEdits(planned: PlannedDocument, layout: Layout): Edit[] {
  const doc = planned.input;
  const edits: Edit[] = planned.header.map((h) => ({
    start: h.start,
    end: h.end,
    clean: h.to,
    revision: h.part === "front-matter" ? h.to : sub(h.from, h.to),
  }));
  if (changed(planned)) {
    const at = headingOffset(doc) ?? (doc.sections[0] ? layout.keywordChunk(doc.sections[0]).start : 0);
    edits.push({ start: at, end: at, clean: "", revision: `**MOD**${doc.eol}${doc.eol}` });
  }
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
      edits.push(suppressedItem(layout, item, chunk));
      return;
    }
    draft.live.push(chunk);
    draft.kept.push({ item: pi, offset: chunk.start });
    if (pi.wording) edits.push(rewrittenItem(layout, section, ps.kind, item, chunk, pi));
    else edits.push(...keptItemEdits(layout, section, item, pi));
  });
}

/**
 * The meeting report in Markdown, for a wiki page or an e-mail: the summary table, then each group
 * with its wordings and differences. Built as an mdast tree and serialized with remark-stringify, so
 * escaping the documents' text is the library's job.
 */
import type { Paragraph, PhrasingContent, Root, RootContent, Table, TableRow } from "mdast";
import remarkGfm from "remark-gfm";
import remarkStringify from "remark-stringify";
import { unified } from "unified";
import { ROLES, SECTOR_ROLES } from "../../model.js";
import type { ReportGroup, ReportModel, ReportWording } from "./model.js";
import { ROLE_NAMES } from "./model.js";

const text = (value: string): PhrasingContent => ({ type: "text", value });
const strong = (value: string): PhrasingContent => ({ type: "strong", children: [text(value)] });
const emph = (value: string): PhrasingContent => ({ type: "emphasis", children: [text(value)] });
const para = (...children: PhrasingContent[]): Paragraph => ({ type: "paragraph", children });
const heading = (depth: 1 | 2 | 3, value: string): RootContent => ({
  type: "heading",
  depth,
  children: [text(value)],
});
const fmt = (n: number) => n.toLocaleString("en-US");

function table(head: string[], rows: PhrasingContent[][], align: ("left" | "right")[] = []): Table {
  const row = (cells: PhrasingContent[][]): TableRow => ({
    type: "tableRow",
    children: cells.map((c) => ({ type: "tableCell", children: c })),
  });
  return {
    type: "table",
    align: head.map((_, i) => align[i] ?? "left"),
    children: [row(head.map((h) => [text(h)])), ...rows.map((r) => row(r.map((c) => [c])))],
  };
}

/** A wording with its differing words in bold (variant) or emphasis (set aside by comparison). */
function wording(w: ReportWording): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const t of w.tokens) {
    if (t.space) out.push(text(" "));
    if (t.differs === "variant") out.push(strong(t.text));
    else if (t.differs === "set-aside") out.push(emph(t.text));
    else out.push(text(t.text));
  }
  out.push(text(` (${w.file}${w.line ? `:${w.line}` : ""})`));
  return mergeText(out);
}

function mergeText(nodes: PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const n of nodes) {
    const last = out[out.length - 1];
    if (n.type === "text" && last?.type === "text") last.value += n.value;
    else out.push(n);
  }
  return out;
}

function group(g: ReportGroup, partial: boolean): RootContent[] {
  const kind =
    g.kind === "variant" ? `variant (${g.classification.variant ?? "not classified"})` : "identical";
  const items: RootContent[] = [
    heading(3, `${g.id} ${g.family}: ${kind}, score ${g.score.toFixed(3)}`),
    para(strong(g.decision), text(`: ${g.why}`)),
  ];
  const list: { label: string; content: PhrasingContent[] }[] = [];
  if (!partial) {
    list.push({
      label: "Resolution 140 now",
      content: g.current ? wording(g.current) : [emph("not in Resolution 140")],
    });
  }
  for (const role of SECTOR_ROLES) {
    const m = g.members.find((x) => x.role === role);
    if (m) list.push({ label: role, content: wording(m) });
  }
  if (!partial) {
    list.push({
      label: "Resolution 140 proposed",
      content: g.proposed ? wording(g.proposed) : [emph("unchanged: not moved")],
    });
  }
  items.push({
    type: "list",
    ordered: false,
    spread: false,
    children: list.map((l) => ({
      type: "listItem",
      spread: false,
      children: [para(strong(`${l.label}:`), text(" "), ...l.content)],
    })),
  });
  if (g.differences.length > 0) {
    items.push(para(text("Word differences:")));
    items.push({
      type: "list",
      ordered: false,
      spread: false,
      children: g.differences.map((d) => ({
        type: "listItem",
        spread: false,
        children: [
          para(
            text(`…${d.before} [`),
            text(SECTOR_ROLES.map((r) => `${r}: ${d.readings[r] || "∅"}`).join(" | ")),
            text(`] ${d.after}… (${d.class ?? "not classified"})`),
          ),
        ],
      })),
    });
  }
  items.push(para(text(`Normalization rules: ${g.rules.length > 0 ? g.rules.join(", ") : "none"}.`)));
  return items;
}

export function renderMarkdownReport(model: ReportModel): string {
  const s = model.summary;
  const children: RootContent[] = [
    heading(1, `${model.title}: meeting report`),
    para(
      text(
        `${model.date}. Resolution 140 proposed as ${model.revision}. Inputs: ${ROLES.map((r) => `${ROLE_NAMES[r]} ${model.files[r]}`).join(", ")}.`,
      ),
    ),
    heading(2, "Summary"),
    table(
      ["Document", "Items before", "Items after", "Words before", "Words after", "Share saved"],
      s.documents.map((d) => [
        text(ROLE_NAMES[d.role]),
        text(fmt(d.itemsBefore)),
        text(fmt(d.itemsAfter)),
        text(fmt(d.wordsBefore)),
        text(fmt(d.wordsAfter)),
        text(`${d.percentSaved.toFixed(1)}%`),
      ]),
      ["left", "right", "right", "right", "right", "right"],
    ),
    para(
      text(
        `The three Sectors: ${fmt(s.sectors.wordsSaved)} words saved of ${fmt(s.sectors.wordsBefore)} (${s.sectors.percentSaved.toFixed(1)}%). ` +
          `Groups: ${model.groups.length} common (${model.counts.map((c) => `${c.count} ${c.label}`).join(", ")}); ` +
          `${s.groups.moved} added to Resolution 140, ${s.groups.alreadyInResolution140} already there; ${s.review} wordings flagged for review.`,
      ),
    ),
    para(
      text("In the wordings below, "),
      strong("bold"),
      text(" marks a word difference and "),
      emph("emphasis"),
      text(" a difference that comparison sets aside (Sector names, citation revisions, case)."),
    ),
    heading(2, `Common groups (${model.groups.length})`),
    ...model.groups.flatMap((g) => group(g, false)),
    heading(2, `Groups in two Sectors only (${model.partial.length})`),
    ...(model.partial.length > 0 ? model.partial.flatMap((g) => group(g, true)) : [para(text("None."))]),
    heading(2, `Review notes (${model.review.length})`),
    ...(model.review.length > 0
      ? [
          table(
            ["Document", "Where", "Note"],
            model.review.map((r) => [
              text(ROLE_NAMES[r.role]),
              text(`${r.keyword}${r.label ? ` ${r.label}` : ""} (${r.file}${r.line ? `:${r.line}` : ""})`),
              text(r.notes.join("; ")),
            ]),
          ),
        ]
      : [para(text("None."))]),
  ];
  const tree: Root = { type: "root", children };
  return unified()
    .use(remarkGfm)
    .use(remarkStringify, { bullet: "-", emphasis: "_", rule: "-" })
    .stringify(tree);
}

/**
 * One Word proposal (.docx) per body, in the layout of an ITU contribution: the cover block, then the
 * proposal unit (the mark and proposal identifier, the resolution as revised with real tracked changes
 * by "wsis-consolidate", review notes as comments) and *Reasons:*. Paragraph styles carry the names of
 * ITU's templates (Call, Proposal, Reasons, ResNo, Restitle, ...) so that the secretariat's template
 * restyles them. The same inputs and date give the same bytes (src/render/word/zip.ts).
 */
import {
  AlignmentType,
  BorderStyle,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  type IParagraphStyleOptions,
  Paragraph,
  type ParagraphChild,
  Tab,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { Role } from "../../model.js";
import type { ReportDocument } from "../report/model.js";
import type { ParagraphRole, RevisionParagraph } from "../report/revision.js";
import { AUTHOR, Footnotes, Ids, type InlineContext, inlineChildren, takeFootnotes } from "./inline.js";
import { wordText } from "./xml-text.js";
import { packDeterministic } from "./zip.js";

/** The cover block of an ITU contribution: what the command line or the config gives. */
export interface CoverOptions {
  /** ISO date, YYYY-MM-DD. */
  date: string;
  conference: Partial<Record<Role, string>>;
  document: Partial<Record<Role, string>>;
  source: string | null;
}

export { AUTHOR } from "./inline.js";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "2026-01-15" -> "15 January 2026", as ITU documents date themselves. */
export function longDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

const TAB = 794; // 1.4 cm, the label tab of ITU texts

const STYLES: IParagraphStyleOptions[] = [
  {
    id: "Title1",
    name: "Title 1",
    basedOn: "Normal",
    next: "Normal",
    run: { size: 28, allCaps: true },
    paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 480 } },
  },
  {
    id: "Source",
    name: "Source",
    basedOn: "Normal",
    next: "Normal",
    run: { size: 28, bold: true },
    paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 840 } },
  },
  {
    id: "Proposal",
    name: "Proposal",
    basedOn: "Normal",
    next: "Normal",
    run: { bold: true },
    paragraph: { keepNext: true, spacing: { before: 240 } },
  },
  {
    id: "ResNo",
    name: "Res_No",
    basedOn: "Normal",
    next: "Restitle",
    run: { size: 28, allCaps: true },
    paragraph: { alignment: AlignmentType.CENTER, keepNext: true, spacing: { before: 480 } },
  },
  {
    id: "Restitle",
    name: "Res_title",
    basedOn: "Normal",
    next: "Normalaftertitle",
    run: { size: 28, bold: true },
    paragraph: { alignment: AlignmentType.CENTER, keepNext: true, spacing: { before: 240 } },
  },
  {
    id: "Normalaftertitle",
    name: "Normal after title",
    basedOn: "Normal",
    next: "Normal",
    paragraph: { spacing: { before: 360 } },
  },
  {
    id: "Call",
    name: "Call",
    basedOn: "Normal",
    next: "Normal",
    run: { italics: true },
    paragraph: { keepNext: true, keepLines: true, spacing: { before: 160 }, indent: { left: TAB } },
  },
  {
    id: "Item",
    name: "Item",
    basedOn: "Normal",
    next: "Item",
    paragraph: { indent: { left: TAB, hanging: TAB } },
  },
  {
    id: "enumlev1",
    name: "enumlev1",
    basedOn: "Normal",
    next: "enumlev1",
    paragraph: {
      spacing: { before: 80 },
      indent: { left: 2 * TAB, hanging: TAB },
    },
  },
  {
    id: "Reasons",
    name: "Reasons",
    basedOn: "Normal",
    next: "Normal",
    paragraph: { spacing: { before: 240 } },
  },
  {
    id: "FootnoteText",
    name: "footnote text",
    basedOn: "Normal",
    run: { size: 20 },
  },
];

const STYLE_OF: Record<ParagraphRole, string | undefined> = {
  heading: "ResNo",
  title: "Restitle",
  preamble: "Normalaftertitle",
  keyword: "Call",
  item: "Item",
  subitem: "enumlev1",
  text: undefined,
  footnote: "FootnoteText",
};

interface CommentDef {
  id: number;
  text: string;
}

function toParagraph(p: RevisionParagraph, ctx: InlineContext, comments: CommentDef[]): Paragraph {
  const runs = inlineChildren(p.runs, ctx);
  const children: ParagraphChild[] = [];
  const mine = p.comments.map((text) => {
    const c = { id: comments.length, text };
    comments.push(c);
    return c;
  });
  for (const c of mine) children.push(new CommentRangeStart(c.id));
  children.push(...runs);
  for (const c of mine) {
    children.push(new CommentRangeEnd(c.id));
    children.push(new TextRun({ children: [new CommentReference(c.id)] }));
  }
  const change = p.change ? { id: ctx.ids.take(), author: AUTHOR, date: ctx.date } : undefined;
  return new Paragraph({
    style: STYLE_OF[p.role],
    children,
    ...(change ? { run: p.change === "inserted" ? { insertion: change } : { deletion: change } } : {}),
  });
}

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };

function documentLines(doc: ReportDocument, cover: CoverOptions): string[] {
  const given = cover.document[doc.role];
  if (!given) return ["Document [number]-E"];
  const add = /^(.*?)\s*\(Add\.?\s*(\d+)\)$/i.exec(given);
  if (add) return [`Addendum ${add[2]} to`, `Document ${add[1]}-E`];
  return [`Document ${given}`];
}

function coverBlock(doc: ReportDocument, cover: CoverOptions): (Paragraph | Table)[] {
  const conference = cover.conference[doc.role] ?? `${doc.body} [(meeting, place and year)]`;
  const cell = (lines: { text: string; bold?: boolean }[], right = false) =>
    new TableCell({
      width: { size: right ? 35 : 65, type: WidthType.PERCENTAGE },
      borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER },
      children: lines.map(
        (l) =>
          new Paragraph({ children: [new TextRun({ text: wordText(l.text), bold: l.bold || undefined })] }),
      ),
    });
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: {
      top: NO_BORDER,
      bottom: NO_BORDER,
      left: NO_BORDER,
      right: NO_BORDER,
      insideHorizontal: NO_BORDER,
      insideVertical: NO_BORDER,
    },
    rows: [
      new TableRow({
        children: [
          cell([{ text: conference, bold: true }]),
          cell(
            [
              ...documentLines(doc, cover).map((text) => ({ text, bold: true })),
              { text: longDate(cover.date), bold: true },
              { text: "Original: English", bold: true },
            ],
            true,
          ),
        ],
      }),
    ],
  });
  const input = doc.revision.paragraphs.find((p) => p.role === "heading");
  const cited = input
    ? input.runs
        .filter((r) => r.kind !== "ins")
        .map((r) => r.text)
        .join("")
        .trim()
    : doc.name;
  return [
    table,
    new Paragraph({ style: "Source", text: wordText(cover.source ?? "[Source]") }),
    new Paragraph({ style: "Title1", text: wordText(`Proposed revision of ${cited}`) }),
  ];
}

/** The footnotes the body's references brought, their text with its changes. */
function footnotesOf(ctx: InlineContext): Record<number, { children: Paragraph[] }> {
  const notes: Record<number, { children: Paragraph[] }> = {};
  // The notes' own changes take ids after the body's (the body is written first).
  const inNote = { ...ctx, footnotes: new Footnotes(new Map()) };
  for (const note of ctx.footnotes.written) {
    const children = note.paragraphs.map((runs, k) => {
      // A space after the note's number, as Word writes it; new or removed with the note's text.
      const first = runs[0];
      const space =
        first && k === 0 ? [{ ...first, text: " ", link: null, note: null, superscript: false }] : [];
      return new Paragraph({ style: "FootnoteText", children: inlineChildren([...space, ...runs], inNote) });
    });
    notes[note.id] = { children };
  }
  return notes;
}

/** The .docx of one document's proposal. */
export async function renderWordProposal(doc: ReportDocument, cover: CoverOptions): Promise<Uint8Array> {
  const date = `${cover.date}T00:00:00Z`;
  const { body: paragraphs, definitions } = takeFootnotes(doc.revision.paragraphs);
  const ctx: InlineContext = { ids: new Ids(), date, footnotes: new Footnotes(definitions) };
  const comments: CommentDef[] = [];
  const body = paragraphs.map((p) => toParagraph(p, ctx, comments));
  const unit = new Paragraph({
    style: "Proposal",
    tabStops: [{ type: "left", position: 1134 }],
    children: [
      new TextRun(doc.revision.unitMark),
      ...(doc.revision.identifier ? [new TextRun({ children: [new Tab(), doc.revision.identifier] })] : []),
    ],
  });
  const reasons = new Paragraph({
    style: "Reasons",
    tabStops: [{ type: "left", position: 1134 }],
    children: [
      new TextRun({ text: "Reasons:", bold: true, italics: true }),
      new TextRun({ children: [new Tab(), wordText(doc.revision.reasons ?? "[reasons]")] }),
    ],
  });
  const document = new Document({
    creator: AUTHOR,
    lastModifiedBy: AUTHOR,
    title: `Proposed revision of ${doc.name}`,
    description: `Consolidation of the WSIS resolutions: ${doc.name}, for the ${doc.body}`,
    features: { trackRevisions: true },
    styles: {
      default: {
        document: { run: { font: "Times New Roman", size: 24 }, paragraph: { spacing: { before: 120 } } },
      },
      paragraphStyles: STYLES,
    },
    footnotes: footnotesOf(ctx),
    comments: {
      children: comments.map((c) => ({
        id: c.id,
        author: AUTHOR,
        initials: "WC",
        date: new Date(date),
        children: [new Paragraph({ text: wordText(c.text) })],
      })),
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1418, bottom: 1418, left: 1134, right: 1134 },
          },
        },
        children: [...coverBlock(doc, cover), unit, ...body, reasons],
      },
    ],
  });
  return packDeterministic(document, date);
}

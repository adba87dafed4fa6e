/**
 * The runs of one revision paragraph as Word content: text runs with their emphasis and tracked
 * change, links as hyperlinks, and footnote references as real Word footnotes. A Markdown footnote
 * (`[^n1]` in an item, `[^n1]: text` in the document) becomes a `w:footnoteReference` with the
 * definition's text in word/footnotes.xml, so the definition is no paragraph of the body. The
 * reference keeps its run's change (a moved item's footnote comes in with it, tracked as an
 * insertion) and so does the note's text. Word numbers footnotes itself, 1, 2, 3 in the order of
 * their references: the Markdown label ("n1") is not kept, and a label referred to twice gives two
 * footnotes with the same text, as Word has no shared footnote.
 */
import {
  DeletedTextRun,
  ExternalHyperlink,
  FootnoteReference,
  InsertedTextRun,
  type ParagraphChild,
  Tab,
  TextRun,
} from "docx";
import type { RevisionParagraph, Run } from "../report/revision.js";
import { wordText } from "./xml-text.js";

export const AUTHOR = "wsis-consolidate";

/** The tracked-change ids of one document, in order of writing. */
export class Ids {
  private next = 1;
  take(): number {
    return this.next++;
  }
}

/** A footnote as written: its id in word/footnotes.xml and its paragraphs' runs. */
export interface WordFootnote {
  id: number;
  paragraphs: Run[][];
}

/**
 * The footnote definitions of a document, by label, and the footnotes written so far. Each reference
 * written takes the next id (Word's footnote ids 1, 2, ...; -1 and 0 are its separators).
 */
export class Footnotes {
  readonly written: WordFootnote[] = [];
  constructor(private readonly definitions: ReadonlyMap<string, Run[][]>) {}

  has(label: string): boolean {
    return this.definitions.has(label);
  }

  /** A new footnote for a reference to `label`, its id. */
  reference(label: string): number {
    const id = this.written.length + 1;
    this.written.push({ id, paragraphs: this.definitions.get(label) ?? [] });
    return id;
  }
}

/**
 * The body's paragraphs without the footnote definitions, and the definitions by label: each one's
 * paragraphs, the first one's runs after its label and tab. An indented paragraph right after a
 * definition (read as a sub-item) is a further paragraph of it, as Markdown reads it. A definition
 * whose label comes twice keeps the first, as Markdown does.
 */
export function takeFootnotes(paragraphs: readonly RevisionParagraph[]): {
  body: RevisionParagraph[];
  definitions: Map<string, Run[][]>;
} {
  const body: RevisionParagraph[] = [];
  const definitions = new Map<string, Run[][]>();
  let open: Run[][] | null = null;
  for (const p of paragraphs) {
    const label = p.role === "footnote" ? p.runs[0]?.note : null;
    if (!label) {
      if (open && p.role === "subitem") open.push(p.runs.map((r) => ({ ...r })));
      else {
        open = null;
        body.push(p);
      }
      continue;
    }
    let k = 0;
    while (k < p.runs.length && (p.runs[k] as Run).note === label) k++;
    const runs = p.runs.slice(k).map((r) => ({ ...r }));
    const first = runs[0];
    if (first) first.text = first.text.replace(/^\t/, "");
    open = [runs.filter((r) => r.text !== "")];
    if (!definitions.has(label)) definitions.set(label, open);
  }
  return { body, definitions };
}

export interface InlineContext {
  ids: Ids;
  /** The tracked changes' date. */
  date: string;
  footnotes: Footnotes;
}

function runChildren(text: string): (string | Tab)[] {
  const out: (string | Tab)[] = [];
  wordText(text)
    .split("\t")
    .forEach((part, k) => {
      if (k > 0) out.push(new Tab());
      if (part) out.push(part);
    });
  return out;
}

function toRun(r: Run, ctx: InlineContext): ParagraphChild {
  const note = r.note !== null && ctx.footnotes.has(r.note) ? ctx.footnotes.reference(r.note) : null;
  const options =
    note === null
      ? {
          children: runChildren(r.text),
          italics: r.italic || undefined,
          bold: r.bold || undefined,
          superScript: r.superscript || undefined,
          style: r.link ? "Hyperlink" : undefined,
        }
      : { children: [new FootnoteReference(note)], style: "FootnoteReference" };
  const change = { id: 0, author: AUTHOR, date: ctx.date };
  if (r.kind === "ins") return new InsertedTextRun({ ...options, ...change, id: ctx.ids.take() });
  if (r.kind === "del") return new DeletedTextRun({ ...options, ...change, id: ctx.ids.take() });
  return new TextRun(options);
}

/** A paragraph's runs as Word content; runs in one link are one hyperlink. */
export function inlineChildren(runs: readonly Run[], ctx: InlineContext): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  let k = 0;
  while (k < runs.length) {
    const link = (runs[k] as Run).link;
    if (link === null) {
      out.push(toRun(runs[k] as Run, ctx));
      k++;
      continue;
    }
    const children: ParagraphChild[] = [];
    while (k < runs.length && (runs[k] as Run).link === link) children.push(toRun(runs[k++] as Run, ctx));
    out.push(new ExternalHyperlink({ link: wordText(link), children }));
  }
  return out;
}

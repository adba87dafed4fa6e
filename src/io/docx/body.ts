/**
 * The text of a Word document body (word/document.xml) or of its footnotes and endnotes, read in one
 * streaming pass into paragraphs of inline pieces: text with its emphasis and link, note references
 * and line breaks. What is not resolution text is left out: field codes and field results (a
 * hyperlink field's result excepted, which is its link text), text boxes, drawings, hidden text and
 * comment marks. Tracked changes are counted, so the caller can refuse the document.
 */
import type { Numbering, NumberLabel } from "./numbering.js";
import type { NumberingRef, Styles } from "./styles.js";
import { walkXml } from "./xml.js";

export type Inline =
  | { kind: "text"; text: string; italic: boolean; bold: boolean; link: string | null }
  | { kind: "note"; note: string }
  | { kind: "break" };

export interface WordParagraph {
  /** 1-based number among the body's paragraphs in document order (empty ones and table cells count); null in notes. */
  number: number | null;
  /** 1 to 3 for a heading style, else undefined. */
  heading: number | undefined;
  /** In an ITU contribution, the unit's mark line ("Proposal" style) or the "Reasons" paragraph; else undefined. */
  contribution?: "proposal" | "reasons";
  /** The automatic number or bullet Word shows before the text, or null. */
  label: NumberLabel | null;
  /** The numbering level (0 for the first), for nesting bullets. */
  level: number;
  inlines: Inline[];
}

export interface TrackedChanges {
  insertions: number;
  deletions: number;
  moves: number;
}

export interface BodyReading {
  paragraphs: WordParagraph[];
  /** Note paragraphs by note key ("fn3", "en1"). */
  notes: Map<string, WordParagraph[]>;
  changes: TrackedChanges;
}

export interface BodyContext {
  styles: Styles;
  numbering: Numbering;
  /** Relationship id -> external target (hyperlinks). */
  links: ReadonlyMap<string, string>;
}

/** Elements whose content is never resolution text. */
const SKIPPED = new Set([
  "w:txbxContent",
  "w:drawing",
  "w:pict",
  "w:object",
  "mc:Fallback",
  "w:delText",
  "w:delInstrText",
  "w:instrText",
  "w:commentReference",
  "w:annotationRef",
  "w:footnoteRef",
  "w:endnoteRef",
  "w:sectPr",
]);

const CHANGES: Record<string, keyof TrackedChanges> = {
  "w:ins": "insertions",
  "w:del": "deletions",
  "w:moveFrom": "moves",
  "w:moveTo": "moves",
};

interface Field {
  instruction: string;
  result: boolean;
  /** The target of a HYPERLINK field ("" for one to a place in the document). */
  link: string | null;
}

/**
 * Reads one part. `part` is "document" for the body, "footnotes" or "endnotes" for a notes part
 * (whose separator notes are left out).
 */
export function readBody(
  xml: string,
  context: BodyContext,
  part: "document" | "footnotes" | "endnotes",
  changes: TrackedChanges = { insertions: 0, deletions: 0, moves: 0 },
): BodyReading {
  void part; // the notes' kind ("fn", "en") comes from each note element
  const reader = new BodyReader(context, changes);
  walkXml(xml, {
    open: (name, attributes) => reader.open(name, attributes),
    close: (name) => reader.close(name),
    text: (text) => reader.text(text),
  });
  return { paragraphs: reader.paragraphs, notes: reader.notes, changes };
}

/** The run formatting in force: the run's own, else its character style's, else the paragraph's. */
interface RunFormat {
  italic: boolean;
  bold: boolean;
  hidden: boolean;
}

/** The state of one streaming pass over a part, and what each element does to it. */
class BodyReader {
  readonly paragraphs: WordParagraph[] = [];
  readonly notes = new Map<string, WordParagraph[]>();
  private readonly stack: string[] = [];
  /** Depth inside an element whose content is not read (0: reading). */
  private skip = 0;
  private count = 0;
  private note: WordParagraph[] | null = null;
  // The paragraph being read.
  private paragraph: WordParagraph | null = null;
  private styleId: string | undefined;
  private numPr: { numId?: string; ilvl?: number } | null = null;
  private paragraphItalic = false;
  private paragraphBold = false;
  private paragraphHidden = false;
  // The run being read.
  private runItalic: boolean | undefined;
  private runBold: boolean | undefined;
  private runHidden: boolean | undefined;
  private runStyle: string | undefined;
  private run: RunFormat | null = null;
  private readonly hyperlinks: (string | null)[] = [];
  private readonly fields: Field[] = [];

  constructor(
    private readonly context: BodyContext,
    private readonly changes: TrackedChanges,
  ) {}

  open(name: string, attributes: Record<string, string>): void {
    const parent = this.stack[this.stack.length - 1];
    this.stack.push(name);
    const change = CHANGES[name];
    if (change) this.changes[change]++;
    if (this.skip > 0) {
      this.skip++;
      return;
    }
    if (SKIPPED.has(name)) {
      this.skip = 1;
      return;
    }
    if (name === "w:footnote" || name === "w:endnote") this.openNote(name, attributes);
    else if (name === "w:p") this.openParagraph();
    else if (name === "w:r") this.openRun();
    else if (name === "w:hyperlink") {
      const id = attributes["r:id"];
      this.hyperlinks.push(id === undefined ? null : (this.context.links.get(id) ?? null));
    } else if (name === "w:fldChar") this.fieldChar(attributes["w:fldCharType"]);
    else if (name === "w:fldSimple") {
      const instruction = attributes["w:instr"] ?? "";
      this.fields.push({ instruction, result: true, link: hyperlinkOfField(instruction) });
    } else if (parent === "w:pPr" || parent === "w:numPr") this.paragraphProperty(name, parent, attributes);
    else if (parent === "w:rPr") this.runProperty(name, attributes);
    else if (parent === "w:r") this.runContent(name, attributes);
  }

  close(name: string): void {
    this.stack.pop();
    if (this.skip > 0) {
      this.skip--;
      return;
    }
    if (name === "w:pPr") this.numberParagraph();
    else if (name === "w:p") this.closeParagraph();
    else if (name === "w:footnote" || name === "w:endnote") this.note = null;
    else if (name === "w:hyperlink") this.hyperlinks.pop();
    else if (name === "w:fldSimple") this.fields.pop();
  }

  text(text: string): void {
    if (this.skip > 0) {
      if (this.stack[this.stack.length - 1] === "w:instrText" && this.skip === 1) {
        const field = this.fields[this.fields.length - 1];
        if (field && !field.result) field.instruction += text;
      }
      return;
    }
    if (this.stack[this.stack.length - 1] === "w:t") this.addText(text);
  }

  private openNote(name: string, attributes: Record<string, string>): void {
    const type = attributes["w:type"];
    if (type === "separator" || type === "continuationSeparator" || type === "continuationNotice") {
      this.skip = 1;
      return;
    }
    const prefix = name === "w:footnote" ? "fn" : "en";
    this.note = [];
    this.notes.set(`${prefix}${attributes["w:id"] ?? ""}`, this.note);
  }

  private openParagraph(): void {
    this.paragraph = {
      number: this.note ? null : ++this.count,
      heading: undefined,
      label: null,
      level: 0,
      inlines: [],
    };
    this.styleId = undefined;
    this.numPr = null;
    this.settleParagraphStyle();
  }

  private paragraphProperty(name: string, parent: string, attributes: Record<string, string>): void {
    if (name === "w:pStyle" && parent === "w:pPr") {
      this.styleId = attributes["w:val"];
      this.settleParagraphStyle();
    } else if (name === "w:numPr" && parent === "w:pPr") this.numPr = {};
    else if (name === "w:numId" && parent === "w:numPr" && this.numPr) this.numPr.numId = attributes["w:val"];
    else if (name === "w:ilvl" && parent === "w:numPr" && this.numPr) {
      this.numPr.ilvl = Number(attributes["w:val"] ?? 0);
    }
  }

  private settleParagraphStyle(): void {
    const style = this.context.styles.paragraph(this.styleId);
    // A heading style's own bold or italic is its look, not emphasis the text carries.
    this.paragraphItalic = style.heading === undefined && (style.italic ?? false);
    this.paragraphBold = style.heading === undefined && (style.bold ?? false);
    this.paragraphHidden = style.hidden ?? false;
    if (this.paragraph) {
      this.paragraph.heading = style.heading;
      if (style.contribution) this.paragraph.contribution = style.contribution;
      else delete this.paragraph.contribution;
    }
  }

  /** At the end of the paragraph's properties: its automatic number, own or from its style. */
  private numberParagraph(): void {
    if (!this.paragraph) return;
    if (this.numPr?.numId === undefined) {
      const inherited = this.context.styles.paragraph(this.styleId).numbering;
      if (inherited) this.numPr = { numId: inherited.numId, ilvl: this.numPr?.ilvl ?? inherited.ilvl };
    }
    if (this.numPr?.numId !== undefined) {
      const ref: NumberingRef = { numId: this.numPr.numId, ilvl: this.numPr.ilvl ?? 0 };
      this.paragraph.label = this.context.numbering.next(ref);
      this.paragraph.level = ref.ilvl;
    }
  }

  private closeParagraph(): void {
    const paragraph = this.paragraph;
    if (paragraph) {
      // A paragraph without properties may still be numbered by its (default) style.
      if (paragraph.label === null && this.numPr === null) {
        const inherited = this.context.styles.paragraph(this.styleId).numbering;
        if (inherited) {
          paragraph.label = this.context.numbering.next(inherited);
          paragraph.level = inherited.ilvl;
        }
      }
      (this.note ?? this.paragraphs).push(paragraph);
    }
    this.paragraph = null;
  }

  private openRun(): void {
    this.runItalic = undefined;
    this.runBold = undefined;
    this.runHidden = undefined;
    this.runStyle = undefined;
    this.run = null;
  }

  private runProperty(name: string, attributes: Record<string, string>): void {
    if (!["w:i", "w:b", "w:vanish", "w:rStyle"].includes(name)) return;
    if (this.stack[this.stack.length - 3] !== "w:r") return;
    const value = attributes["w:val"];
    if (name === "w:rStyle") this.runStyle = value;
    else {
      const on = value === undefined || !["0", "false", "off"].includes(value);
      if (name === "w:i") this.runItalic = on;
      else if (name === "w:b") this.runBold = on;
      else this.runHidden = on;
    }
    this.run = null;
  }

  /** Tabs, breaks, hyphens and note references inside a run. */
  private runContent(name: string, attributes: Record<string, string>): void {
    if (name === "w:tab" || name === "w:ptab") this.addText(" ");
    else if ((name === "w:br" || name === "w:cr") && this.paragraph) {
      const type = attributes["w:type"];
      if (type === "page" || type === "column") this.addText(" ");
      else if (!this.runFormat().hidden && this.currentLink() !== undefined) {
        this.paragraph.inlines.push({ kind: "break" });
      }
    } else if (name === "w:noBreakHyphen") this.addText("\u2011");
    else if ((name === "w:footnoteReference" || name === "w:endnoteReference") && this.paragraph) {
      if (this.currentLink() === undefined) return;
      const prefix = name === "w:footnoteReference" ? "fn" : "en";
      this.paragraph.inlines.push({ kind: "note", note: `${prefix}${attributes["w:id"] ?? ""}` });
    }
  }

  private fieldChar(type: string | undefined): void {
    if (type === "begin") this.fields.push({ instruction: "", result: false, link: null });
    else if (type === "separate") {
      const field = this.fields[this.fields.length - 1];
      if (field) {
        field.result = true;
        field.link = hyperlinkOfField(field.instruction);
      }
    } else if (type === "end") this.fields.pop();
  }

  private runFormat(): RunFormat {
    if (this.run) return this.run;
    const character = this.context.styles.character(this.runStyle);
    this.run = {
      italic: this.runItalic ?? character.italic ?? this.paragraphItalic,
      bold: this.runBold ?? character.bold ?? this.paragraphBold,
      hidden: this.runHidden ?? character.hidden ?? this.paragraphHidden,
    };
    return this.run;
  }

  /** The link text is part of, or null; undefined when the text is inside a field and not read. */
  private currentLink(): string | null | undefined {
    let link: string | null =
      this.hyperlinks.length > 0 ? (this.hyperlinks[this.hyperlinks.length - 1] ?? null) : null;
    for (const field of this.fields) {
      if (!field.result || field.link === null) return undefined;
      if (field.link !== "") link = field.link;
    }
    return link;
  }

  private addText(text: string): void {
    const paragraph = this.paragraph;
    if (!paragraph || text === "") return;
    const format = this.runFormat();
    if (format.hidden) return;
    const link = this.currentLink();
    if (link === undefined) return;
    const last = paragraph.inlines[paragraph.inlines.length - 1];
    if (
      last?.kind === "text" &&
      last.italic === format.italic &&
      last.bold === format.bold &&
      last.link === link
    ) {
      last.text += text;
    } else {
      paragraph.inlines.push({ kind: "text", text, italic: format.italic, bold: format.bold, link });
    }
  }
}

/**
 * The target of a HYPERLINK field instruction (`HYPERLINK "https://..."`), "" for a link to a place in
 * the document (`\l`), or null for any other field.
 */
export function hyperlinkOfField(instruction: string): string | null {
  const match = /^\s*HYPERLINK\b(.*)$/is.exec(instruction);
  if (!match) return null;
  const tokens = (match[1] as string).match(/"[^"]*"|\S+/g) ?? [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    if (token.startsWith("\\")) {
      // \l "anchor", \o "tip" and \t "frame" take an argument; \m and \n do not.
      if (/^\\[lot]$/i.test(token)) i++;
      continue;
    }
    return token.replace(/^"|"$/g, "");
  }
  return "";
}

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
  const { styles, numbering, links } = context;
  const paragraphs: WordParagraph[] = [];
  const notes = new Map<string, WordParagraph[]>();
  const stack: string[] = [];
  let skip = 0;
  let count = 0;
  let note: WordParagraph[] | null = null;
  let notePrefix = part === "footnotes" ? "fn" : "en";

  // The paragraph being read.
  let paragraph: WordParagraph | null = null;
  let styleId: string | undefined;
  let numPr: { numId?: string; ilvl?: number } | null = null;
  let paragraphItalic = false;
  let paragraphBold = false;
  let paragraphHidden = false;
  // The run being read.
  let runItalic: boolean | undefined;
  let runBold: boolean | undefined;
  let runHidden: boolean | undefined;
  let runStyle: string | undefined;
  let run: { italic: boolean; bold: boolean; hidden: boolean } | null = null;
  const hyperlinks: (string | null)[] = [];
  const fields: Field[] = [];

  const runFormat = () => {
    if (run) return run;
    const character = styles.character(runStyle);
    run = {
      italic: runItalic ?? character.italic ?? paragraphItalic,
      bold: runBold ?? character.bold ?? paragraphBold,
      hidden: runHidden ?? character.hidden ?? paragraphHidden,
    };
    return run;
  };
  const settleParagraphStyle = () => {
    const style = styles.paragraph(styleId);
    // A heading style's own bold or italic is its look, not emphasis the text carries.
    paragraphItalic = style.heading === undefined && (style.italic ?? false);
    paragraphBold = style.heading === undefined && (style.bold ?? false);
    paragraphHidden = style.hidden ?? false;
    if (paragraph) paragraph.heading = style.heading;
  };
  /** The link text is part of, or null; undefined when the text is inside a field and not read. */
  const currentLink = (): string | null | undefined => {
    let link: string | null = hyperlinks.length > 0 ? (hyperlinks[hyperlinks.length - 1] ?? null) : null;
    for (const field of fields) {
      if (!field.result || field.link === null) return undefined;
      if (field.link !== "") link = field.link;
    }
    return link;
  };
  const addText = (text: string) => {
    if (!paragraph || text === "") return;
    const format = runFormat();
    if (format.hidden) return;
    const link = currentLink();
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
  };

  walkXml(xml, {
    open(name, attributes) {
      const parent = stack[stack.length - 1];
      stack.push(name);
      const change = CHANGES[name];
      if (change) changes[change]++;
      if (skip > 0) {
        skip++;
        return;
      }
      if (SKIPPED.has(name)) {
        skip = 1;
        return;
      }
      switch (name) {
        case "w:footnote":
        case "w:endnote": {
          const type = attributes["w:type"];
          if (type === "separator" || type === "continuationSeparator" || type === "continuationNotice") {
            skip = 1;
            return;
          }
          notePrefix = name === "w:footnote" ? "fn" : "en";
          note = [];
          notes.set(`${notePrefix}${attributes["w:id"] ?? ""}`, note);
          return;
        }
        case "w:p":
          paragraph = {
            number: note ? null : ++count,
            heading: undefined,
            label: null,
            level: 0,
            inlines: [],
          };
          styleId = undefined;
          numPr = null;
          settleParagraphStyle();
          return;
        case "w:pStyle":
          if (parent === "w:pPr") {
            styleId = attributes["w:val"];
            settleParagraphStyle();
          }
          return;
        case "w:numPr":
          if (parent === "w:pPr") numPr = {};
          return;
        case "w:numId":
          if (parent === "w:numPr" && numPr) numPr.numId = attributes["w:val"];
          return;
        case "w:ilvl":
          if (parent === "w:numPr" && numPr) numPr.ilvl = Number(attributes["w:val"] ?? 0);
          return;
        case "w:r":
          runItalic = undefined;
          runBold = undefined;
          runHidden = undefined;
          runStyle = undefined;
          run = null;
          return;
        case "w:i":
        case "w:b":
        case "w:vanish":
        case "w:rStyle": {
          if (parent !== "w:rPr" || stack[stack.length - 3] !== "w:r") return;
          const value = attributes["w:val"];
          if (name === "w:rStyle") runStyle = value;
          else {
            const on = value === undefined || !["0", "false", "off"].includes(value);
            if (name === "w:i") runItalic = on;
            else if (name === "w:b") runBold = on;
            else runHidden = on;
          }
          run = null;
          return;
        }
        case "w:tab":
        case "w:ptab":
          if (parent === "w:r") addText(" ");
          return;
        case "w:br":
        case "w:cr":
          if (parent === "w:r" && paragraph) {
            const type = attributes["w:type"];
            if (type === "page" || type === "column") addText(" ");
            else if (!runFormat().hidden && currentLink() !== undefined)
              paragraph.inlines.push({ kind: "break" });
          }
          return;
        case "w:noBreakHyphen":
          if (parent === "w:r") addText("\u2011");
          return;
        case "w:footnoteReference":
        case "w:endnoteReference":
          if (parent === "w:r" && paragraph && currentLink() !== undefined) {
            const prefix = name === "w:footnoteReference" ? "fn" : "en";
            paragraph.inlines.push({ kind: "note", note: `${prefix}${attributes["w:id"] ?? ""}` });
          }
          return;
        case "w:hyperlink": {
          const id = attributes["r:id"];
          hyperlinks.push(id === undefined ? null : (links.get(id) ?? null));
          return;
        }
        case "w:fldChar": {
          const type = attributes["w:fldCharType"];
          if (type === "begin") fields.push({ instruction: "", result: false, link: null });
          else if (type === "separate") {
            const field = fields[fields.length - 1];
            if (field) {
              field.result = true;
              field.link = hyperlinkOfField(field.instruction);
            }
          } else if (type === "end") fields.pop();
          return;
        }
        case "w:fldSimple": {
          const instruction = attributes["w:instr"] ?? "";
          fields.push({ instruction, result: true, link: hyperlinkOfField(instruction) });
          return;
        }
        default:
          return;
      }
    },
    close(name) {
      stack.pop();
      if (skip > 0) {
        skip--;
        return;
      }
      switch (name) {
        case "w:pPr":
          if (paragraph && numPr?.numId === undefined) {
            const inherited = styles.paragraph(styleId).numbering;
            if (inherited) numPr = { numId: inherited.numId, ilvl: numPr?.ilvl ?? inherited.ilvl };
          }
          if (paragraph && numPr?.numId !== undefined) {
            const ref: NumberingRef = { numId: numPr.numId, ilvl: numPr.ilvl ?? 0 };
            paragraph.label = numbering.next(ref);
            paragraph.level = ref.ilvl;
          }
          return;
        case "w:p":
          if (paragraph) {
            // A paragraph without properties may still be numbered by its (default) style.
            if (paragraph.label === null && numPr === null) {
              const inherited = styles.paragraph(styleId).numbering;
              if (inherited) {
                paragraph.label = numbering.next(inherited);
                paragraph.level = inherited.ilvl;
              }
            }
            (note ?? paragraphs).push(paragraph);
          }
          paragraph = null;
          return;
        case "w:footnote":
        case "w:endnote":
          note = null;
          return;
        case "w:hyperlink":
          hyperlinks.pop();
          return;
        case "w:fldSimple":
          fields.pop();
          return;
        default:
          return;
      }
    },
    text(text) {
      if (skip > 0) {
        if (stack[stack.length - 1] === "w:instrText" && skip === 1) {
          const field = fields[fields.length - 1];
          if (field && !field.result) field.instruction += text;
        }
        return;
      }
      if (stack[stack.length - 1] === "w:t") addText(text);
    },
  });
  return { paragraphs, notes, changes };
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

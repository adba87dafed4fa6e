/**
 * Word (.docx) input: the OOXML package read into Markdown text in the shapes the parser reads, with
 * the Word paragraph each Markdown line came from. The parser then builds the model from that text,
 * as from any Markdown file, and positions are reported as paragraph numbers ("¶12").
 */
import { FatalError } from "../../diagnostics/index.js";
import { readBody, type TrackedChanges, type WordParagraph } from "./body.js";
import { paragraphsToMarkdown } from "./markdown.js";
import { readNumbering } from "./numbering.js";
import { readWordParts } from "./package.js";
import { readStyles } from "./styles.js";
import { child, children, parseXmlTree, XmlProblem } from "./xml.js";

export { wordContainer } from "./package.js";

export interface DocxReading {
  /** The document as Markdown text. */
  markdown: string;
  /** For each Markdown line (index 0 is line 1), the Word paragraph it came from (1-based), or null. */
  paragraphOfLine: (number | null)[];
}

/** Reads a .docx file's bytes; throws a `FatalError` naming `file` for what cannot be read. */
export async function readDocx(bytes: Uint8Array, file: string): Promise<DocxReading> {
  const parts = await readWordParts(bytes, file);
  let part = "word/document.xml";
  try {
    part = "word/_rels/document.xml.rels";
    const links = readLinks(parts.documentRels);
    part = "word/styles.xml";
    const styles = readStyles(parts.styles);
    part = "word/numbering.xml";
    const numbering = readNumbering(parts.numbering);
    const context = { styles, numbering, links };
    const changes: TrackedChanges = { insertions: 0, deletions: 0, moves: 0 };
    part = "word/document.xml";
    const body = readBody(parts.document, context, "document", changes);
    const notes = new Map(body.notes);
    for (const [name, xml, rels] of [
      ["word/footnotes.xml", parts.footnotes, parts.footnotesRels],
      ["word/endnotes.xml", parts.endnotes, parts.endnotesRels],
    ] as const) {
      if (xml === null) continue;
      part = `word/_rels/${name.slice(5)}.rels`;
      // A note's links are relationships of its own part.
      const noteContext = { ...context, links: readLinks(rels) };
      part = name;
      const read = readBody(xml, noteContext, name.includes("foot") ? "footnotes" : "endnotes", changes);
      for (const [key, value] of read.notes) notes.set(key, value);
    }
    refuseTrackedChanges(changes, file);
    return paragraphsToMarkdown(resolutionText(body.paragraphs), notes);
  } catch (error) {
    if (error instanceof XmlProblem) {
      throw new FatalError(
        `is damaged: ${part} is not well-formed XML (${error.message}); open and save it again in Word`,
        file,
      );
    }
    throw error;
  }
}

/**
 * The paragraphs of the resolution. In an ITU contribution (a paragraph in the "Proposal" style, as
 * ITU's templates and the project's own Word proposals write the unit's mark line), the cover block
 * before the first unit, the unit's mark line and the "Reasons" paragraph are not resolution text.
 * The paragraphs keep their numbers, counted over the whole body.
 */
function resolutionText(paragraphs: readonly WordParagraph[]): readonly WordParagraph[] {
  const unit = paragraphs.findIndex((p) => p.contribution === "proposal");
  if (unit < 0) return paragraphs;
  return paragraphs.slice(unit).filter((p) => p.contribution === undefined);
}

function refuseTrackedChanges(changes: TrackedChanges, file: string): void {
  const total = changes.insertions + changes.deletions + changes.moves;
  if (total === 0) return;
  const kinds: string[] = [];
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  if (changes.insertions > 0) kinds.push(plural(changes.insertions, "insertion", "insertions"));
  if (changes.deletions > 0) kinds.push(plural(changes.deletions, "deletion", "deletions"));
  if (changes.moves > 0) kinds.push(plural(changes.moves, "move mark", "move marks"));
  throw new FatalError(
    `still holds tracked changes (${kinds.join(", ")}); accept or reject them first (in Word: Review > Accept or Reject), save, and run again`,
    file,
  );
}

/** Relationship id -> target, for the external hyperlinks of the document. */
function readLinks(xml: string | null): Map<string, string> {
  const links = new Map<string, string>();
  if (!xml) return links;
  const root = child(parseXmlTree(xml), "rel:Relationships") ?? child(parseXmlTree(xml), "Relationships");
  for (const rel of [...children(root, "rel:Relationship"), ...children(root, "Relationship")]) {
    const id = rel.attributes.Id;
    const target = rel.attributes.Target;
    if (id !== undefined && target !== undefined && /\/hyperlink$/.test(rel.attributes.Type ?? "")) {
      links.set(id, target);
    }
  }
  return links;
}

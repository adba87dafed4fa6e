/**
 * The Word package: a zip of XML parts. Opens it and reads the parts the reader needs, with one-line
 * errors for what is not a usable .docx (an encrypted or old .doc file, a damaged zip, a zip that is
 * not a Word document).
 */
import JSZip from "jszip";
import { FatalError } from "../../diagnostics/index.js";
import { openZip, xmlText } from "./zip.js";

/** The parts the reader uses; absent optional parts are null. */
export interface WordParts {
  document: string;
  /** word/_rels/document.xml.rels: hyperlink targets. */
  documentRels: string | null;
  styles: string | null;
  numbering: string | null;
  footnotes: string | null;
  endnotes: string | null;
  /** word/_rels/footnotes.xml.rels and endnotes.xml.rels: the notes' own hyperlink targets. */
  footnotesRels: string | null;
  endnotesRels: string | null;
}

/** Whether the bytes look like a zip (a .docx) or an OLE compound file (an encrypted .docx, a .doc). */
export function wordContainer(bytes: Uint8Array): "zip" | "ole" | null {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05)) return "zip";
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return "ole";
  return null;
}

export async function readWordParts(bytes: Uint8Array, file: string): Promise<WordParts> {
  const container = wordContainer(bytes);
  if (container === "ole") {
    throw new FatalError(
      "is encrypted (password-protected) or an old .doc file; save it as an unprotected .docx",
      file,
    );
  }
  if (container === null) {
    throw new FatalError(
      bytes.length === 0
        ? "the file is empty; expected a Word document (.docx)"
        : "is not a Word document (.docx is a zip file, and this is not one)",
      file,
    );
  }
  // Node's zlib first (fast); jszip for a zip that reader does not handle.
  let text: (name: string) => Promise<string | null>;
  try {
    const zip = openZip(bytes);
    text = async (name) => {
      try {
        const data = zip.read(name);
        return data === null ? null : xmlText(data);
      } catch (error) {
        throw new FatalError(
          `is damaged: ${name} cannot be read (${reason(error)}); open and save it again in Word`,
          file,
        );
      }
    };
  } catch {
    text = await openWithJszip(bytes, file);
  }
  const document = await text("word/document.xml");
  if (document === null) {
    throw new FatalError("is not a Word document (a zip without word/document.xml)", file);
  }
  const [documentRels, styles, numbering, footnotes, endnotes, footnotesRels, endnotesRels] =
    await Promise.all([
      text("word/_rels/document.xml.rels"),
      text("word/styles.xml"),
      text("word/numbering.xml"),
      text("word/footnotes.xml"),
      text("word/endnotes.xml"),
      text("word/_rels/footnotes.xml.rels"),
      text("word/_rels/endnotes.xml.rels"),
    ]);
  return { document, documentRels, styles, numbering, footnotes, endnotes, footnotesRels, endnotesRels };
}

async function openWithJszip(
  bytes: Uint8Array,
  file: string,
): Promise<(name: string) => Promise<string | null>> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  } catch (error) {
    throw new FatalError(
      `is damaged: it cannot be opened as a zip (${reason(error)}); open and save it again in Word`,
      file,
    );
  }
  return async (name) => {
    const entry = zip.file(name);
    if (!entry) return null;
    try {
      return xmlText(Buffer.from(await entry.async("uint8array")));
    } catch (error) {
      throw new FatalError(
        `is damaged: ${name} cannot be read (${reason(error)}); open and save it again in Word`,
        file,
      );
    }
  };
}

function reason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0]?.replace(/\.$/, "") ?? "unknown error";
}

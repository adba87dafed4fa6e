/** Reading a .docx back for the tests: paragraphs with their style, text as accepted and as rejected. */
import JSZip from "jszip";
import { SaxesParser } from "saxes";

export interface DocxParagraph {
  style: string | null;
  /** Every change accepted: deleted runs dropped, inserted text kept; null when the paragraph itself is deleted. */
  accepted: string | null;
  /** Every change rejected: inserted runs dropped, deleted text kept; null when the paragraph itself is inserted. */
  rejected: string | null;
  inTable: boolean;
  /** The footnotes referred to in the accepted text (their ids, in order); each reads "[^n]" there, n its place among them. */
  acceptedNotes: number[];
  /** The same in the rejected text. */
  rejectedNotes: number[];
}

export async function docxParts(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts: Record<string, string> = {};
  for (const name of Object.keys(zip.files)) {
    const entry = zip.files[name];
    if (entry && !entry.dir) parts[name] = await entry.async("string");
  }
  return parts;
}

/**
 * The paragraphs of a part (word/document.xml, or word/footnotes.xml with `notes`). A footnote reference
 * reads as the number Word shows, "[^1]", "[^2]", ..., counted in each of the accepted and the rejected
 * text: Word numbers footnotes in the order of their references, and renumbers them when one goes.
 */
export function readParagraphs(documentXml: string): DocxParagraph[] {
  const out: DocxParagraph[] = [];
  const parser = new SaxesParser();
  const counted = { acc: 0, rej: 0 };
  let p: {
    style: string | null;
    acc: string;
    rej: string;
    ins: boolean;
    del: boolean;
    accNotes: number[];
    rejNotes: number[];
  } | null = null;
  let inIns = 0;
  let inDel = 0;
  let inTable = 0;
  let inPPr = false;
  let text: "t" | "delText" | null = null;
  parser.on("opentag", (tag) => {
    const name = tag.name;
    if (name === "w:tbl") inTable++;
    else if (name === "w:p")
      p = { style: null, acc: "", rej: "", ins: false, del: false, accNotes: [], rejNotes: [] };
    else if (name === "w:pPr") inPPr = true;
    else if (name === "w:pStyle" && p && inPPr) p.style = String(tag.attributes["w:val"]);
    else if (name === "w:ins") {
      if (inPPr && p) p.ins = true;
      else inIns++;
    } else if (name === "w:del") {
      if (inPPr && p) p.del = true;
      else inDel++;
    } else if (name === "w:t") text = "t";
    else if (name === "w:delText") text = "delText";
    else if (name === "w:footnoteReference" && p) {
      const id = Number(tag.attributes["w:id"]);
      if (!inDel) {
        p.acc += `[^${++counted.acc}]`;
        p.accNotes.push(id);
      }
      if (!inIns) {
        p.rej += `[^${++counted.rej}]`;
        p.rejNotes.push(id);
      }
    } else if (name === "w:tab" && p && !inPPr) {
      if (!inDel) p.acc += "\t";
      if (!inIns) p.rej += "\t";
    }
  });
  parser.on("text", (value) => {
    if (!p || !text) return;
    if (!inDel) p.acc += value;
    if (!inIns) p.rej += value;
  });
  parser.on("closetag", (tag) => {
    const name = tag.name;
    if (name === "w:tbl") inTable--;
    else if (name === "w:pPr") inPPr = false;
    else if (name === "w:ins" && !inPPr) inIns--;
    else if (name === "w:del" && !inPPr) inDel--;
    else if (name === "w:t" || name === "w:delText") text = null;
    else if (name === "w:p" && p) {
      out.push({
        style: p.style,
        accepted: p.del ? null : p.acc,
        rejected: p.ins ? null : p.rej,
        inTable: inTable > 0,
        acceptedNotes: p.accNotes,
        rejectedNotes: p.rejNotes,
      });
      p = null;
    }
  });
  parser.write(documentXml).close();
  return out;
}

/** The text of each footnote of word/footnotes.xml by id, as accepted and as rejected (separators left out). */
export function readFootnotes(
  footnotesXml: string | undefined,
): Map<number, { accepted: string; rejected: string }> {
  const notes = new Map<number, { accepted: string; rejected: string }>();
  if (!footnotesXml) return notes;
  for (const m of footnotesXml.matchAll(/<w:footnote\b([^>]*)>([\s\S]*?)<\/w:footnote>/g)) {
    const id = Number(/w:id="(-?\d+)"/.exec(m[1] as string)?.[1]);
    if (/w:type="/.test(m[1] as string)) continue;
    const paragraphs = readParagraphs(`<w:body xmlns:w="w" xmlns:r="r">${m[2]}</w:body>`);
    const join = (k: "accepted" | "rejected") =>
      paragraphs
        .map((p) => p[k] ?? "")
        .join(" ")
        .replace(/\s+/g, " ")
        .trim();
    notes.set(id, { accepted: join("accepted"), rejected: join("rejected") });
  }
  return notes;
}

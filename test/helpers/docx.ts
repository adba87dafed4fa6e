/**
 * Hand-built Word documents for tests: a minimal OOXML package (content types, relationships, the
 * document and whichever of styles, numbering, footnotes the test gives), zipped with jszip. The XML
 * stays small enough to read in the test that uses it.
 */
import JSZip from "jszip";

export const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
export const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export interface DocxParts {
  /** The content of `<w:body>`. */
  body: string;
  /** The content of `<w:numbering>`. */
  numbering?: string;
  /** The content of `<w:styles>`. */
  styles?: string;
  /** The content of `<w:footnotes>` (the separator notes are added). */
  footnotes?: string;
  /** Hyperlink relationships: id -> URL. */
  links?: Record<string, string>;
  /** Other files of the package, by path. */
  files?: Record<string, string>;
}

const part = (root: string, content: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:${root} xmlns:w="${W_NS}" xmlns:r="${R_NS}">${content}</w:${root}>`;

export async function buildDocx(parts: DocxParts): Promise<Buffer> {
  const zip = new JSZip();
  const overrides = [
    ["/word/document.xml", "document.main"],
    ...(parts.styles ? [["/word/styles.xml", "styles"]] : []),
    ...(parts.numbering ? [["/word/numbering.xml", "numbering"]] : []),
    ...(parts.footnotes ? [["/word/footnotes.xml", "footnotes"]] : []),
  ]
    .map(
      ([name, type]) =>
        `<Override PartName="${name}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.${type}+xml"/>`,
    )
    .join("");
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides}</Types>`,
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  const rels = Object.entries(parts.links ?? {})
    .map(
      ([id, url]) =>
        `<Relationship Id="${id}" Type="${R_NS}/hyperlink" Target="${url}" TargetMode="External"/>`,
    )
    .join("");
  zip.file(
    "word/_rels/document.xml.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`,
  );
  zip.file("word/document.xml", part("document", `<w:body>${parts.body}</w:body>`));
  if (parts.styles) zip.file("word/styles.xml", part("styles", parts.styles));
  if (parts.numbering) zip.file("word/numbering.xml", part("numbering", parts.numbering));
  if (parts.footnotes) {
    const separators =
      '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>' +
      '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>';
    zip.file("word/footnotes.xml", part("footnotes", separators + parts.footnotes));
  }
  for (const [name, content] of Object.entries(parts.files ?? {})) zip.file(name, content);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** `<w:p>` with plain text runs; `props` goes into `<w:pPr>`. */
export function para(text: string, props = ""): string {
  return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ""}${text === "" ? "" : run(text)}</w:p>`;
}

/** `<w:r>` with text; `props` goes into `<w:rPr>`. */
export function run(text: string, props = ""): string {
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ""}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
}

/** A paragraph numbered by list `numId` at level `ilvl`. */
export function numbered(numId: number, ilvl: number, content: string): string {
  return `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr>${content}</w:p>`;
}

/** An abstract list with the given levels (format and text pattern), and a `w:num` for it. */
export function list(
  id: number,
  levels: { format: string; text: string; start?: number }[],
  numIds: number[] = [id],
): string {
  const lvls = levels
    .map(
      (level, ilvl) =>
        `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${level.start ?? 1}"/><w:numFmt w:val="${level.format}"/><w:lvlText w:val="${level.text}"/></w:lvl>`,
    )
    .join("");
  const nums = numIds.map((n) => `<w:num w:numId="${n}"><w:abstractNumId w:val="${id}"/></w:num>`).join("");
  return `<w:abstractNum w:abstractNumId="${id}">${lvls}</w:abstractNum>${nums}`;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** A tracked deletion of a paragraph's mark (`<w:pPr>...<w:rPr>...<w:del .../>`). */
const DELETED_MARK = /<w:pPr>(?:(?!<\/w:pPr>)[\s\S])*?<w:rPr>(?:(?!<\/w:rPr>)[\s\S])*?<w:del\b[^>]*\/>/;

/** One part's tracked changes accepted: deletions dropped, insertions kept as plain text. */
export function acceptChangesInPart(xml: string): string {
  return (
    xml
      // A paragraph whose mark is deleted goes when nothing of it is left; otherwise (Word would join
      // it to the next one) only the mark's deletion goes: the writer deletes a paragraph's mark only
      // with all of its text.
      .replace(/<w:p\b[^>]*>(?:(?!<\/w:p>)[\s\S])*?<\/w:p>/g, (p) => {
        if (!DELETED_MARK.test(p)) return p;
        const kept = p.replace(/<w:del\b[^>]*[^/]>[\s\S]*?<\/w:del>/g, "");
        return /<w:t\b|<w:footnoteReference\b|<w:tab\/>/.test(kept) ? p : "";
      })
      .replace(/<w:del\b[^>]*[^/]>[\s\S]*?<\/w:del>/g, "")
      .replace(/<w:del\b[^>]*\/>/g, "")
      .replace(/<w:ins\b[^>]*[^/]>|<\/w:ins>/g, "")
      .replace(/<w:ins\b[^>]*\/>/g, "")
  );
}

/**
 * A Word file with every tracked change accepted, as Word's Accept All Changes leaves it: in the body
 * and the notes, deleted text and deleted paragraphs dropped, inserted text kept, and the footnotes
 * whose reference was deleted removed.
 */
export async function acceptAllChanges(bytes: Uint8Array): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const document = acceptChangesInPart(
    await (zip.file("word/document.xml") as JSZip.JSZipObject).async("string"),
  );
  zip.file("word/document.xml", document);
  const referenced = new Set([...document.matchAll(/<w:footnoteReference w:id="(-?\d+)"/g)].map((m) => m[1]));
  for (const name of ["word/footnotes.xml", "word/endnotes.xml"]) {
    const part = zip.file(name);
    if (!part) continue;
    let xml = acceptChangesInPart(await part.async("string"));
    if (name === "word/footnotes.xml") {
      xml = xml.replace(/<w:footnote\b([^>]*)>[\s\S]*?<\/w:footnote>/g, (note, attributes: string) => {
        const id = /w:id="(-?\d+)"/.exec(attributes)?.[1];
        return /w:type=/.test(attributes) || referenced.has(id) ? note : "";
      });
    }
    zip.file(name, xml);
  }
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/**
 * A Word body from a simple Markdown text, one paragraph per block or list entry (blocks are separated
 * by blank lines, hard-wrapped lines joined; a bullet's marker is taken off, an ordered entry keeps its
 * number as a typed label): a block all in `*`, `_` or `**`, or a heading of level 3 or more, becomes an
 * italic (or plain) paragraph of its text, escapes are taken off, and a tab after a label is a Word
 * tab. Enough for the bundled resolutions; paragraph k of the body is entry k of `paragraphs`.
 */
export function blocksToBody(markdown: string): { body: string; paragraphs: string[] } {
  const paragraphs: string[] = [];
  for (const block of markdown.replace(/^\uFEFF/, "").split(/\r?\n[ \t]*\r?\n/)) {
    const entries: string[] = [];
    for (const line of block.split(/\r?\n/)) {
      const text = line.trim();
      if (text === "") continue;
      const entry = /^([-*+][ \t]+)(?!\S*\*$)/.exec(text);
      if (entry || /^\d+[.)][ \t]/.test(text) || entries.length === 0)
        entries.push(entry ? text.slice(entry[0].length) : text);
      else entries[entries.length - 1] += ` ${text}`;
    }
    paragraphs.push(...entries.map((e) => e.replace(/\\([!-/:-@[-`{-~])/g, "$1")));
  }
  const body = paragraphs
    .map((p) => {
      const heading = /^(#+)[ \t]+(.*)$/.exec(p);
      if (heading)
        return `<w:p>${run(heading[2] as string, (heading[1] as string).length >= 3 ? "<w:i/>" : "")}</w:p>`;
      const emphasis = /^(\*\*|\*|_)(.+)\1$/.exec(p);
      if (emphasis) return `<w:p>${run(emphasis[2] as string, emphasis[1] === "**" ? "" : "<w:i/>")}</w:p>`;
      return `<w:p>${p
        .split("\t")
        .map((part) => run(part))
        .join("<w:r><w:tab/></w:r>")}</w:p>`;
    })
    .join("");
  return { body, paragraphs };
}

/**
 * Byte-identical .docx files: the docx package stamps the zip entries and the document's core
 * properties with the current time. The package's files are zipped here instead, each entry with one
 * fixed time (`date`), and the created and modified dates of docProps/core.xml set to it.
 */
import { type Document, Packer } from "docx";
import JSZip from "jszip";

type Files = Iterable<[string, string | Uint8Array | ArrayBuffer]>;
/** docx's own compiler (the files of the package, before zipping); used when this version has it. */
const compiler = (Packer as unknown as { compiler?: { compile(file: Document, prettify?: unknown): Files } })
  .compiler;

function stampCore(xml: string, stamp: string): string {
  return xml.replace(
    /(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g,
    (_m, open: string, _t: string, close: string) => `${open}${stamp}${close}`,
  );
}

const text = (content: string | Uint8Array) =>
  typeof content === "string" ? content : new TextDecoder().decode(content);

/** The .docx of `document`, the same bytes for the same document and date. */
export async function packDeterministic(document: Document, date: string): Promise<Uint8Array> {
  const when = new Date(date);
  const stamp = when.toISOString().replace(/\.\d{3}Z$/, "Z");
  const out = new JSZip();
  const add = (name: string, content: string | Uint8Array) =>
    out.file(name, name === "docProps/core.xml" ? stampCore(text(content), stamp) : content, {
      date: when,
      createFolders: false,
    });
  if (typeof compiler?.compile === "function") {
    for (const [name, data] of compiler.compile(document)) {
      add(name, typeof data === "string" || data instanceof Uint8Array ? data : new Uint8Array(data));
    }
  } else {
    const source = await JSZip.loadAsync(await Packer.toBuffer(document));
    for (const name of Object.keys(source.files)) {
      const entry = source.files[name] as JSZip.JSZipObject;
      if (!entry.dir)
        add(name, name.endsWith(".xml") ? await entry.async("string") : await entry.async("uint8array"));
    }
  }
  return out.generateAsync({
    type: "uint8array",
    compression: "DEFLATE",
    compressionOptions: { level: 6 },
    platform: "DOS",
  });
}

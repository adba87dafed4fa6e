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

/**
 * The docx package names each hyperlink's relationship with a random id; here they are renamed
 * "rIdLink1", "rIdLink2", ... in the order of the relationship parts, in every XML part that uses them.
 */
function renameLinkIds(files: [string, string | Uint8Array][]): [string, string | Uint8Array][] {
  const renamed = new Map<string, string>();
  for (const [name, data] of files) {
    if (!name.endsWith(".rels")) continue;
    for (const m of text(data).matchAll(/<Relationship Id="([^"]+)" Type="[^"]*\/hyperlink"/g)) {
      if (!renamed.has(m[1] as string)) renamed.set(m[1] as string, `rIdLink${renamed.size + 1}`);
    }
  }
  if (renamed.size === 0) return files;
  const ids = new RegExp(`"(${[...renamed.keys()].map((id) => id.replace(/\W/g, "\\$&")).join("|")})"`, "g");
  return files.map(([name, data]) =>
    /\.(xml|rels)$/.test(name)
      ? [name, text(data).replace(ids, (_m, id: string) => `"${renamed.get(id)}"`)]
      : [name, data],
  );
}

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
  const files: [string, string | Uint8Array][] = [];
  if (typeof compiler?.compile === "function") {
    for (const [name, data] of compiler.compile(document)) {
      files.push([
        name,
        typeof data === "string" || data instanceof Uint8Array ? data : new Uint8Array(data),
      ]);
    }
  } else {
    const source = await JSZip.loadAsync(await Packer.toBuffer(document));
    for (const name of Object.keys(source.files)) {
      const entry = source.files[name] as JSZip.JSZipObject;
      if (!entry.dir)
        files.push([
          name,
          /\.(xml|rels)$/.test(name) ? await entry.async("string") : await entry.async("uint8array"),
        ]);
    }
  }
  for (const [name, data] of renameLinkIds(files)) add(name, data);
  return out.generateAsync({
    type: "uint8array",
    compression: "DEFLATE",
    compressionOptions: { level: 6 },
    platform: "DOS",
  });
}

/**
 * Byte-identical .docx files: the docx package stamps the zip entries and the document's core
 * properties with the current time. Every entry is rewritten here with one fixed time (`date`), and
 * the created and modified dates of docProps/core.xml are set to it.
 */
import JSZip from "jszip";

export async function deterministicZip(packed: Uint8Array, date: string): Promise<Uint8Array> {
  const source = await JSZip.loadAsync(packed);
  const out = new JSZip();
  const when = new Date(date);
  const stamp = when.toISOString().replace(/\.\d{3}Z$/, "Z");
  for (const name of Object.keys(source.files).sort()) {
    const entry = source.files[name] as JSZip.JSZipObject;
    if (entry.dir) continue;
    let content: string | Uint8Array = await entry.async("uint8array");
    if (name === "docProps/core.xml") {
      content = new TextDecoder()
        .decode(content)
        .replace(
          /(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g,
          (_m, open: string, _t: string, close: string) => `${open}${stamp}${close}`,
        );
    }
    out.file(name, content, { date: when, createFolders: false });
  }
  return out.generateAsync({
    type: "uint8array",
    compression: "DEFLATE",
    compressionOptions: { level: 6 },
    platform: "DOS",
  });
}

/**
 * XML for the Word reader: a streaming walk over one part with saxes, element names made canonical
 * ("w:p", "r:id") whatever prefixes the producer chose, and a small tree for the little parts
 * (styles, numbering, relationships) where a tree reads more plainly than events.
 */
import { SaxesParser } from "saxes";

/** The namespaces the reader knows, by the prefix it names them with. */
const NAMESPACES: Record<string, string> = {
  "http://schemas.openxmlformats.org/wordprocessingml/2006/main": "w",
  "http://purl.oclc.org/ooxml/wordprocessingml/main": "w",
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships": "r",
  "http://purl.oclc.org/ooxml/officeDocument/relationships": "r",
  "http://schemas.openxmlformats.org/package/2006/relationships": "rel",
  "http://schemas.openxmlformats.org/markup-compatibility/2006": "mc",
};

export interface XmlHandlers {
  open(name: string, attributes: Record<string, string>): void;
  close(name: string): void;
  text(text: string): void;
}

/** The problem with a part's XML, thrown by `walkXml`. */
export class XmlProblem extends Error {}

/** How a document's own prefixes become the reader's; null when they are the same. */
function makeRename(attributes: Record<string, string>): ((name: string) => string) | null {
  const map = new Map<string, string>();
  for (const key in attributes) {
    const known = NAMESPACES[attributes[key] as string];
    if (!known) continue;
    if (key === "xmlns") map.set("", known);
    else if (key.startsWith("xmlns:")) map.set(key.slice(6), known);
  }
  if ([...map].every(([prefix, known]) => prefix === known)) return null;
  const cache = new Map<string, string>();
  return (name: string) => {
    let renamed = cache.get(name);
    if (renamed === undefined) {
      const colon = name.indexOf(":");
      const known = name.startsWith("xmlns") ? undefined : map.get(colon < 0 ? "" : name.slice(0, colon));
      renamed = known ? `${known}:${name.slice(colon + 1)}` : name;
      cache.set(name, renamed);
    }
    return renamed;
  };
}

/**
 * Walks `xml`, calling `handlers` with canonical element and attribute names: the prefix the document
 * binds to a known namespace is replaced by the reader's own (`w`, `r`, `rel`, `mc`); other names are
 * left as written. Prefixes are read from the root element, where every producer declares them.
 */
export function walkXml(xml: string, handlers: XmlHandlers): void {
  const parser = new SaxesParser({ xmlns: false, position: false });
  // Undefined until the root element is read; null when the document's prefixes are the reader's own.
  let rename: ((name: string) => string) | null | undefined;
  parser.on("opentag", (tag) => {
    const attributes = tag.attributes as Record<string, string>;
    if (rename === undefined) rename = makeRename(attributes);
    if (rename === null) {
      handlers.open(tag.name, attributes);
      return;
    }
    const renamed: Record<string, string> = {};
    // An attribute without a prefix is in no namespace (a default namespace does not reach it).
    for (const key in attributes) renamed[key.includes(":") ? rename(key) : key] = attributes[key] as string;
    handlers.open(rename(tag.name), renamed);
  });
  parser.on("closetag", (tag) => handlers.close(rename ? rename(tag.name) : tag.name));
  parser.on("text", (text) => handlers.text(text));
  parser.on("cdata", (text) => handlers.text(text));
  try {
    parser.write(xml).close();
  } catch (error) {
    throw new XmlProblem(error instanceof Error ? error.message.split("\n")[0] : String(error));
  }
}

/** An element of a small part, as a tree. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/** The whole of a (small) part as a tree; text is kept only for leaf elements' own text. */
export function parseXmlTree(xml: string): XmlElement {
  const root: XmlElement = { name: "#document", attributes: {}, children: [], text: "" };
  const stack: XmlElement[] = [root];
  walkXml(xml, {
    open(name, attributes) {
      const element: XmlElement = { name, attributes, children: [], text: "" };
      (stack[stack.length - 1] as XmlElement).children.push(element);
      stack.push(element);
    },
    close() {
      stack.pop();
    },
    text(text) {
      (stack[stack.length - 1] as XmlElement).text += text;
    },
  });
  return root;
}

/** The first child named `name`, or undefined. */
export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((c) => c.name === name);
}

/** Every child named `name`. */
export function children(element: XmlElement | undefined, name: string): XmlElement[] {
  return element ? element.children.filter((c) => c.name === name) : [];
}

/**
 * A WordprocessingML on/off property (`<w:i/>`, `<w:i w:val="0"/>`): true, false, or undefined when the
 * element is absent.
 */
export function onOff(element: XmlElement | undefined): boolean | undefined {
  if (!element) return undefined;
  return isOn(element.attributes["w:val"]);
}

export function isOn(value: string | undefined): boolean {
  return value === undefined || !["0", "false", "off", "none"].includes(value);
}

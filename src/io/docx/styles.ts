/**
 * Styles (word/styles.xml), as far as the reader needs them: whether a paragraph or character style
 * makes text italic or bold, which heading level a paragraph style stands for, and the automatic
 * numbering a paragraph style carries. Each style inherits what it does not set from `basedOn`.
 */
import { child, children, onOff, parseXmlTree, type XmlElement } from "./xml.js";

export interface NumberingRef {
  numId: string;
  ilvl: number;
}

export interface StyleInfo {
  italic?: boolean;
  bold?: boolean;
  hidden?: boolean;
  /** 1 for the document heading (Heading 1, Title, ITU's ResNo), 2 for the title, 3 for lower headings. */
  heading?: number;
  numbering?: NumberingRef;
  /** A part of an ITU contribution around the proposed text (styles "Proposal" and "Reasons"), never inherited. */
  contribution?: "proposal" | "reasons";
}

export interface Styles {
  paragraph(id: string | undefined): StyleInfo;
  character(id: string | undefined): StyleInfo;
}

interface RawStyle {
  type: string;
  basedOn?: string;
  own: StyleInfo;
}

/** The heading level a style name stands for ("heading 2" -> 2; ITU's "ResNo" -> 1, "Restitle" -> 2). */
export function headingLevelOfName(name: string): number | undefined {
  const key = name.toLowerCase().replace(/[\s_-]/g, "");
  if (key === "title" || key === "resno" || key === "recno") return 1;
  if (key === "subtitle" || key === "restitle" || key === "rectitle") return 2;
  const match = /^heading([1-9])$/.exec(key);
  return match ? Math.min(3, Number(match[1])) : undefined;
}

/** The part of an ITU contribution a style name stands for: the unit's mark line ("Proposal") or "Reasons". */
export function contributionPartOfName(name: string): "proposal" | "reasons" | undefined {
  const key = name.toLowerCase().replace(/[\s_-]/g, "");
  return key === "proposal" ? "proposal" : key === "reasons" ? "reasons" : undefined;
}

export function readNumPr(numPr: XmlElement | undefined): NumberingRef | undefined {
  if (!numPr) return undefined;
  const numId = child(numPr, "w:numId")?.attributes["w:val"];
  if (numId === undefined) return undefined;
  const ilvl = Number(child(numPr, "w:ilvl")?.attributes["w:val"] ?? 0);
  return { numId, ilvl: Number.isFinite(ilvl) ? ilvl : 0 };
}

export function readStyles(xml: string | null): Styles {
  const raw = new Map<string, RawStyle>();
  const defaults: Record<string, string> = {};
  if (xml) {
    const root = child(parseXmlTree(xml), "w:styles");
    for (const style of children(root, "w:style")) {
      const id = style.attributes["w:styleId"];
      const type = style.attributes["w:type"] ?? "paragraph";
      if (id === undefined) continue;
      if (style.attributes["w:default"] && isTrue(style.attributes["w:default"])) defaults[type] = id;
      const rPr = child(style, "w:rPr");
      const pPr = child(style, "w:pPr");
      const name = child(style, "w:name")?.attributes["w:val"] ?? id;
      const own: StyleInfo = {};
      const italic = onOff(child(rPr, "w:i"));
      const bold = onOff(child(rPr, "w:b"));
      const hidden = onOff(child(rPr, "w:vanish"));
      if (italic !== undefined) own.italic = italic;
      if (bold !== undefined) own.bold = bold;
      if (hidden !== undefined) own.hidden = hidden;
      const heading = type === "paragraph" ? (headingLevelOfName(name) ?? headingLevelOfName(id)) : undefined;
      if (heading !== undefined) own.heading = heading;
      const contribution =
        type === "paragraph" ? (contributionPartOfName(name) ?? contributionPartOfName(id)) : undefined;
      if (contribution !== undefined) own.contribution = contribution;
      const numbering = readNumPr(child(pPr, "w:numPr"));
      if (numbering) own.numbering = numbering;
      const basedOn = child(style, "w:basedOn")?.attributes["w:val"];
      raw.set(id, basedOn === undefined ? { type, own } : { type, basedOn, own });
    }
  }
  const resolved = new Map<string, StyleInfo>();
  const resolve = (id: string, seen: Set<string>): StyleInfo => {
    const done = resolved.get(id);
    if (done) return done;
    const style = raw.get(id);
    if (!style || seen.has(id)) return {};
    seen.add(id);
    const base = style.basedOn === undefined ? {} : resolve(style.basedOn, seen);
    // A heading level is the style's own; inheriting it would make "Heading 1 Char" look like one.
    const { heading: _inherited, contribution: _part, ...inherited } = base;
    const info = { ...inherited, ...style.own };
    resolved.set(id, info);
    return info;
  };
  return {
    paragraph: (id) => resolve(id ?? defaults.paragraph ?? "", new Set()),
    character: (id) => (id === undefined ? {} : resolve(id, new Set())),
  };
}

function isTrue(value: string): boolean {
  return value === "1" || value === "true" || value === "on";
}

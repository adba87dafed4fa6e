/**
 * Small `Resolution` objects for align tests, built from data (keyword -> item texts) rather than
 * Markdown, so a test states exactly which items each Sector has. Lines are numbered from 1 in
 * order: keyword lines and items (sub-items take a line each).
 */
import type { Item, Resolution, Role, Section } from "../../src/model.js";
import { matchKeyword } from "../../src/parse/keywords.js";

/** An item: its text, or its text and sub-items. */
export type ItemSpec = string | { text: string; sub: string[] };

/** Sections in order: [keyword, items]; the family is the keyword's first word unless given as "keyword|family". */
export type SectionSpec = [string, ItemSpec[]];

const FILES: Record<Role, string> = { pp: "res140.md", "ITU-R": "r.md", "ITU-T": "t.md", "ITU-D": "d.md" };

export function resolution(role: Role, sections: SectionSpec[], file = FILES[role]): Resolution {
  let line = 1;
  const point = { line: 1, column: 1, offset: 0 };
  const makeItem = (label: string, text: string, subitems: Item[], at: number): Item => ({
    label,
    labelRaw: label,
    ordinal: null,
    text,
    subitems,
    line: at,
    column: 1,
    endLine: at + subitems.length,
    span: { start: point, end: point },
    source: text,
    labelSpan: null,
    blankLineBefore: false,
  });
  const built: Section[] = sections.map(([keywordSpec, items]) => {
    const [keyword, family] = keywordSpec.split("|") as [string, string | undefined];
    const sectionLine = line++;
    return {
      keyword,
      family: family ?? (keyword.split(" ")[0] as string),
      kind: matchKeyword(keyword)?.kind ?? "preambular",
      line: sectionLine,
      column: 1,
      span: { start: point, end: point },
      keywordSource: keyword,
      keywordSpan: { start: point, end: point },
      items: items.map((spec, k) => {
        const at = line++;
        const label = `${String.fromCharCode(97 + (k % 26))})`;
        if (typeof spec === "string") return makeItem(label, spec, [], at);
        const subs = spec.sub.map((text, j) => makeItem(`${"i".repeat(j + 1)})`, text, [], line++));
        return makeItem(label, spec.text, subs, at);
      }),
    };
  });
  return {
    file,
    role,
    roleSource: "flag",
    number: null,
    revision: null,
    heading: null,
    title: null,
    preamble: null,
    frontMatter: null,
    spans: {
      heading: null,
      headingRevision: null,
      title: null,
      preamble: null,
      preambleMeeting: null,
      frontMatter: null,
      frontMatterRevision: null,
    },
    sections: built,
    extras: [],
    source: "",
    eol: "\n",
    bom: false,
  };
}

/** The three Sectors (and optionally Resolution 140) with the same section layout. */
export function sectors(spec: Partial<Record<Role, SectionSpec[]>>): Partial<Record<Role, Resolution>> {
  const out: Partial<Record<Role, Resolution>> = {};
  for (const role of ["pp", "ITU-R", "ITU-T", "ITU-D"] as Role[]) {
    const sections = spec[role];
    if (sections) out[role] = resolution(role, sections);
  }
  return out;
}

/**
 * Builds small `Resolution` objects for stage tests from a strict, minimal Markdown: one keyword line
 * (`*recalling*`, `_resolves_` or `### instructs ...`), items that start with a label (`a)`, `(a)`,
 * `1`, `1.` ... optionally after `- `), continuation lines, and sub-items on lines indented by two or
 * more spaces. Spans, lines and source slices are exact, so renderers can splice the source.
 *
 * It is not the project's parser (src/parse): it lets the plan and render stages be tested on
 * documents whose structure the test states explicitly.
 */
import type { ExtraBlock, Item, Point, Resolution, Role, Section, SectionKind } from "../../src/model.js";

const PREAMBULAR = [
  "recalling",
  "recognizing",
  "considering",
  "noting",
  "bearing in mind",
  "taking into account",
  "acknowledging",
  "emphasizing",
  "reaffirming",
  "welcoming",
  "aware",
  "convinced",
  "mindful",
  "having regard to",
  "observing",
];

const KEYWORD_LINE = /^(?:#{1,6}\s+)?([*_]{1,2})?([a-z][A-Za-z ,-]*?)\1?\s*$/;
const LABEL =
  /^((?:[-*+]|\d+\.)\s+)?(\*\*)?(\(([a-z]{1,2})\)|([a-z]{1,2})\\?\)|(\d+(?:\.\d+)*)[.)]?)(\*\*)?(?=[ \t\u00a0])/;
const SUB_LABEL = /^(\s{2,})(([ivx]+)\)|([a-z])\)|(\d+\.\d+)|[–-])(?=[ \t\u00a0])/;

export interface BuildOptions {
  file?: string;
  role?: Role | null;
}

/** The family of a keyword, as DOMAIN.md defines it ("noting further" -> noting; "instructs the Director(s) ..." -> instructs-director). */
export function familyOf(keyword: string): string {
  const k = keyword.toLowerCase().replace(/\s+/g, " ").trim();
  if (/^instructs the directors? of /.test(k)) return "instructs-director";
  if (/^instructs the secretary-general/.test(k)) return "instructs-secretary-general";
  return k
    .replace(/^further /, "")
    .replace(/ (further|also|with satisfaction|with appreciation)$/, "")
    .split(" ")
    .slice(0, k.startsWith("bearing") || k.startsWith("taking") || k.startsWith("having") ? 3 : 1)
    .join(" ");
}

function kindOf(keyword: string): SectionKind {
  const base = familyOf(keyword);
  return PREAMBULAR.includes(base) ? "preambular" : "operative";
}

function isKeyword(line: string): string | null {
  const m = KEYWORD_LINE.exec(line);
  if (!m?.[2]) return null;
  const word = m[2].trim();
  const first = word.split(" ")[0] ?? "";
  const known = [
    ...PREAMBULAR.map((p) => p.split(" ")[0]),
    "further",
    "resolves",
    "decides",
    "instructs",
    "requests",
    "invites",
    "encourages",
    "urges",
    "calls",
  ];
  return known.includes(first) ? word : null;
}

function plain(text: string): string {
  return text
    .replace(/\\([()*_])/g, "$1")
    .replace(/[*_]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

function ordinalOf(label: string): number | null {
  if (/^\d+$/.test(label)) return Number(label);
  const letters = /^([a-z]+)\)$/.exec(label)?.[1];
  if (letters && !/^[ivx]+$/.test(letters)) {
    let n = 0;
    for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 96);
    return n;
  }
  const roman = /^([ivx]+)\)$/.exec(label)?.[1];
  if (roman) {
    const values: Record<string, number> = { i: 1, v: 5, x: 10 };
    let total = 0;
    for (let k = 0; k < roman.length; k++) {
      const v = values[roman[k] as string] as number;
      const next = values[roman[k + 1] as string] ?? 0;
      total += v < next ? -v : v;
    }
    return total;
  }
  const dotted = /\.(\d+)$/.exec(label)?.[1];
  return dotted ? Number(dotted) : null;
}

export function buildResolution(markdown: string, options: BuildOptions = {}): Resolution {
  const source = markdown.replace(/^\uFEFF/, "");
  const eol = source.includes("\r\n") ? "\r\n" : "\n";
  // Line table: start offset and content (without the line end) of each line.
  const lines: { start: number; text: string; end: number }[] = [];
  let offset = 0;
  for (const piece of source.split(/(?<=\n)/)) {
    const text = piece.replace(/\r?\n$/, "");
    lines.push({ start: offset, text, end: offset + text.length });
    offset += piece.length;
  }
  const point = (line: number, column: number): Point => ({
    line: line + 1,
    column: column + 1,
    offset: (lines[line] as { start: number }).start + column,
  });
  const endPoint = (line: number): Point => {
    const l = lines[line] as { end: number; text: string };
    return { line: line + 1, column: l.text.length + 1, offset: l.end };
  };

  let frontMatter: Record<string, unknown> | null = null;
  let i = 0;
  if (lines[0]?.text === "---") {
    frontMatter = {};
    i = 1;
    while (i < lines.length && lines[i]?.text !== "---") {
      const m = /^(\w+):\s*(.*)$/.exec(lines[i]?.text ?? "");
      if (m) frontMatter[m[1] as string] = m[2];
      i++;
    }
    i++;
  }

  const sections: Section[] = [];
  const extras: ExtraBlock[] = [];
  let heading: string | null = null;
  let title: string | null = null;
  let preamble: string | null = null;
  let current: Section | null = null;
  let item: Item | null = null;
  let sub: Item | null = null;

  const closeItem = (lastLine: number) => {
    if (!item) return;
    if (sub) {
      sub.endLine = lastLine + 1;
      sub.span.end = endPoint(lastLine);
      sub.source = source.slice(sub.span.start.offset, sub.span.end.offset);
      sub.text = plain(sub.text);
    }
    item.endLine = lastLine + 1;
    item.span.end = endPoint(lastLine);
    item.source = source.slice(item.span.start.offset, item.span.end.offset);
    item.text = plain(item.text);
    item = null;
    sub = null;
  };
  const closeSection = () => {
    if (!current) return;
    const last = current.items[current.items.length - 1];
    current.span.end = last ? last.span.end : endPoint(current.line - 1);
  };

  let lastContent = -1;
  for (; i < lines.length; i++) {
    const { text } = lines[i] as { text: string };
    if (text.trim() === "") continue;
    const keyword = isKeyword(text);
    if (keyword) {
      closeItem(lastContent);
      closeSection();
      const col = text.indexOf(keyword);
      current = {
        keyword,
        family: familyOf(keyword),
        kind: kindOf(keyword),
        line: i + 1,
        column: 1,
        span: { start: point(i, 0), end: endPoint(i) },
        items: [],
        keywordSource: text,
      };
      void col;
      sections.push(current);
      lastContent = i;
      continue;
    }
    const subMatch = item ? SUB_LABEL.exec(text) : null;
    if (item && subMatch) {
      if (sub) {
        sub.endLine = lastContent + 1;
        sub.span.end = endPoint(lastContent);
        sub.source = source.slice(sub.span.start.offset, sub.span.end.offset);
        sub.text = plain(sub.text);
      }
      const indent = (subMatch[1] as string).length;
      const raw = subMatch[2] as string;
      const label = raw === "-" ? "–" : raw;
      sub = {
        label,
        labelRaw: raw,
        ordinal: ordinalOf(label),
        text: text.slice(indent + raw.length),
        subitems: [],
        line: i + 1,
        column: indent + 1,
        endLine: i + 1,
        span: { start: point(i, indent), end: endPoint(i) },
        source: "",
      };
      item.subitems.push(sub);
      lastContent = i;
      continue;
    }
    const labelMatch = current ? LABEL.exec(text) : null;
    if (current && labelMatch) {
      closeItem(lastContent);
      const prefix = labelMatch[1] ?? "";
      const labelRaw = labelMatch[0].slice(prefix.length);
      const letter = labelMatch[4] ?? labelMatch[5];
      const label = letter ? `${letter})` : (labelMatch[6] as string);
      item = {
        label,
        labelRaw,
        ordinal: ordinalOf(label),
        text: text.slice(labelMatch[0].length),
        subitems: [],
        line: i + 1,
        column: prefix.length + 1,
        endLine: i + 1,
        span: { start: point(i, prefix.length), end: endPoint(i) },
        source: "",
      };
      current.items.push(item);
      lastContent = i;
      continue;
    }
    if (item && lastContent === i - 1) {
      // A hard-wrapped continuation line.
      if (sub) sub.text += ` ${text}`;
      else item.text += ` ${text}`;
      lastContent = i;
      continue;
    }
    closeItem(lastContent);
    if (current && !/^(?:#|Annex\b|Note\b)/.test(text)) {
      // An unlabelled paragraph under a keyword: an item without a label (a lone item is unlabelled).
      const indent = /^\s*/.exec(text)?.[0].length ?? 0;
      item = {
        label: null,
        labelRaw: null,
        ordinal: null,
        text,
        subitems: [],
        line: i + 1,
        column: indent + 1,
        endLine: i + 1,
        span: { start: point(i, indent), end: endPoint(i) },
        source: "",
      };
      current.items.push(item);
      lastContent = i;
      continue;
    }
    if (!current) {
      const p = plain(text.replace(/^#+\s*/, ""));
      if (heading === null && /^RESOLUTION\b/i.test(p)) heading = p;
      else if (heading !== null && title === null) title = p;
      else if (preamble === null && /^The\b/.test(p) && /,$/.test(p)) preamble = p;
      else extras.push(extraAt("front", i));
    } else {
      extras.push(extraAt(sections.length - 1, i));
    }
    lastContent = i;
  }
  closeItem(lastContent);
  closeSection();

  function extraAt(after: "front" | number, line: number): ExtraBlock {
    const l = lines[line] as { text: string };
    return {
      after,
      line: line + 1,
      endLine: line + 1,
      span: { start: point(line, 0), end: endPoint(line) },
      source: l.text,
      text: plain(l.text),
    };
  }

  const number = heading ? (/RESOLUTION\s+(?:ITU-R\s+)?(\d+)/i.exec(heading)?.[1] ?? null) : null;
  const revText = heading ? (/\((REV\.[^)]*)\)/i.exec(heading)?.[1] ?? null) : null;
  return {
    file: options.file ?? "test.md",
    role: options.role ?? null,
    roleSource: options.role ? "flag" : null,
    number,
    revision: revText ? { text: revText } : null,
    heading,
    title,
    preamble,
    frontMatter,
    sections,
    extras,
    source,
    eol,
    bom: false,
  };
}

/** Four small resolutions in the shape of the real ones, keyed by role. */
export function docs(parts: Partial<Record<Role, string>>): Record<Role, Resolution> {
  const files: Record<Role, string> = { pp: "res-140.md", "ITU-R": "r.md", "ITU-T": "t.md", "ITU-D": "d.md" };
  const out = {} as Record<Role, Resolution>;
  for (const role of ["pp", "ITU-R", "ITU-T", "ITU-D"] as Role[]) {
    out[role] = buildResolution(parts[role] ?? "", { file: files[role], role });
  }
  return out;
}

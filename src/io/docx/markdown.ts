/**
 * Word paragraphs to Markdown text in the shapes the parser reads: one paragraph per Word paragraph,
 * blank lines between; an automatic number written before the text as if typed ("a) ..."); bullets as
 * list entries; heading styles as `#` headings; italic and bold as `*` and `**`; hyperlinks as
 * `[text](url)`; notes as `[^n]` references with their definitions at the end. Text is escaped so that
 * it reads back as the same text. Each Markdown line remembers the Word paragraph it came from.
 */
import type { Inline, WordParagraph } from "./body.js";

export interface MarkdownReading {
  markdown: string;
  /** For each Markdown line (index 0 is line 1), the Word paragraph it came from, or null (blank lines). */
  paragraphOfLine: (number | null)[];
}

export function paragraphsToMarkdown(
  paragraphs: readonly WordParagraph[],
  notes: ReadonlyMap<string, WordParagraph[]>,
): MarkdownReading {
  const lines: string[] = [];
  const origin: (number | null)[] = [];
  const noteNumbers = new Map<string, number>();
  const noteOrigin = new Map<string, number | null>();
  // The numbered or bulleted paragraphs above, by level: a deeper one is indented under its parent
  // when the parent is a Markdown list item ("1. ", "- "), so that it nests there as in Word.
  let open: { level: number; content: number; listItem: boolean }[] = [];

  const push = (text: string, paragraph: number | null) => {
    if (lines.length > 0) {
      lines.push("");
      origin.push(null);
    }
    for (const line of text.split("\n")) {
      lines.push(line);
      origin.push(paragraph);
    }
  };

  for (const paragraph of paragraphs) {
    const noteRef = (key: string) => {
      if (!notes.has(key)) return null;
      let n = noteNumbers.get(key);
      if (n === undefined) {
        n = noteNumbers.size + 1;
        noteNumbers.set(key, n);
        noteOrigin.set(key, paragraph.number);
      }
      return n;
    };
    const content = inlineMarkdown(paragraph.inlines, noteRef);
    const label = paragraph.label;
    if (content === "" && (label === null || label.bullet || label.text.trim() === "")) {
      // An empty list paragraph writes nothing, and what stands under it does not nest in the item above.
      if (label !== null) {
        while (open.length > 0 && (open[open.length - 1] as { level: number }).level >= paragraph.level)
          open.pop();
        open.push({ level: paragraph.level, content: 0, listItem: false });
      }
      continue;
    }
    let prefix = "";
    if (paragraph.heading !== undefined) prefix = `${"#".repeat(paragraph.heading)} `;
    const marker = label?.bullet
      ? "-"
      : label && label.text.trim() !== ""
        ? escapeText(label.text.trim())
        : null;
    if (marker === null || paragraph.heading !== undefined) open = [];
    else {
      while (open.length > 0 && (open[open.length - 1] as { level: number }).level >= paragraph.level)
        open.pop();
      const parent = open[open.length - 1];
      const indent = parent?.listItem ? parent.content : 0;
      prefix = `${" ".repeat(indent)}${marker} `;
      const listItem = marker === "-" || /^\d{1,9}[.)]$/.test(marker);
      open.push({ level: paragraph.level, content: prefix.length, listItem });
    }
    push(prefix + content, paragraph.number);
  }

  for (const [key, n] of noteNumbers) {
    const text = (notes.get(key) ?? [])
      .map((p) => inlineMarkdown(p.inlines, () => null).replace(/\n/g, " "))
      .filter((t) => t !== "")
      .join(" ");
    push(`[^${n}]: ${text}`, noteOrigin.get(key) ?? null);
  }
  if (lines.length > 0) {
    lines.push("");
    origin.push(null);
  }
  return { markdown: lines.join("\n"), paragraphOfLine: origin.slice(0, Math.max(0, lines.length - 1)) };
}

/** One paragraph's inline pieces as Markdown; line breaks stay "\n", each line escaped at its start. */
function inlineMarkdown(inlines: readonly Inline[], noteRef: (key: string) => number | null): string {
  let out = "";
  let i = 0;
  while (i < inlines.length) {
    const inline = inlines[i] as Inline;
    if (inline.kind === "break") {
      out = `${out.trimEnd()}\n`;
      i++;
      continue;
    }
    if (inline.kind === "note") {
      const n = noteRef(inline.note);
      if (n !== null) out += `[^${n}]`;
      i++;
      continue;
    }
    // A run of text pieces with one link (or none).
    let j = i;
    const pieces: { text: string; italic: boolean; bold: boolean }[] = [];
    while (j < inlines.length) {
      const next = inlines[j] as Inline;
      if (next.kind !== "text" || next.link !== inline.link) break;
      pieces.push(next);
      j++;
    }
    const text = emphasized(pieces);
    if (inline.link && text.trim() !== "") {
      const lead = /^\s*/.exec(text)?.[0] ?? "";
      const trail = /\s*$/.exec(text)?.[0] ?? "";
      out += `${lead}[${text.trim()}](${linkDestination(inline.link)})${trail}`;
    } else out += text;
    i = j;
  }
  return out
    .split("\n")
    .map((line) => escapeLineStart(line.replace(/[ \t]+/g, " ").trim()))
    .join("\n")
    .replace(/^\n+|\n+$/g, "");
}

/** Text pieces with their emphasis: italic spans as `*...*`, bold inside or alone as `**...**`. */
function emphasized(pieces: readonly { text: string; italic: boolean; bold: boolean }[]): string {
  let out = "";
  let i = 0;
  while (i < pieces.length) {
    const italic = (pieces[i] as { italic: boolean }).italic;
    let j = i;
    let inner = "";
    while (j < pieces.length && (pieces[j] as { italic: boolean }).italic === italic) {
      const piece = pieces[j] as { text: string; bold: boolean };
      inner += piece.bold ? wrap(escapeText(piece.text), "**") : escapeText(piece.text);
      j++;
    }
    out += italic ? wrap(inner, "*") : inner;
    i = j;
  }
  return out;
}

/** `text` between `marker`s, its outer spaces outside them (so the marks open and close). */
function wrap(text: string, marker: string): string {
  const core = text.trim();
  if (core === "") return text;
  const lead = text.slice(0, text.indexOf(core));
  const trail = text.slice(text.indexOf(core) + core.length);
  return `${lead}${marker}${core}${marker}${trail}`;
}

/** Characters that would be read as Markdown are escaped with a backslash. */
export function escapeText(text: string): string {
  return text.replace(/[\\`*_[\]<~]/g, "\\$&").replace(/&(?=#?[a-zA-Z0-9]+;)/g, "\\&");
}

/** A line start that would open a block (heading, quote, list, rule) is escaped. */
function escapeLineStart(line: string): string {
  if (/^[#>]/.test(line)) return `\\${line}`;
  if (/^[-+](\s|$)/.test(line)) return `\\${line}`;
  if (/^=+$/.test(line)) return `\\${line}`;
  return line;
}

function linkDestination(url: string): string {
  return /[\s()<>]/.test(url) ? `<${url.replace(/[<>]/g, encodeURIComponent)}>` : url;
}

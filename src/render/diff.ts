/**
 * Unified diffs from each input file to its shortened text, in the form `git apply` and `patch -p1`
 * take: both sides name the input's path (`a/<path>`, `b/<path>`), so applying the diff in the
 * directory the tool ran from turns the input into the shortened text.
 *
 * The renderer knows exactly what it changed, so the diff is built from those changes: each is widened
 * to whole lines, lines are compared only inside those blocks (jsdiff `diffLines`), and hunks with three
 * lines of context are assembled around them. A whole-file line diff costs O(lines x changes) and takes
 * seconds on resolutions of thousands of items; this stays linear. Data first: the hunks are a jsdiff
 * `StructuredPatch`, and `formatPatch` writes the text.
 */
import { diffLines, FILE_HEADERS_ONLY, formatPatch, type StructuredPatch, structuredPatch } from "diff";
import { LineIndex } from "../offsets.js";

/** A replacement of `before[start, end)` by `text`. */
export interface TextChange {
  start: number;
  end: number;
  text: string;
}

const CONTEXT = 3;

interface Line {
  text: string;
  /** False for a last line without a line end. */
  eol: boolean;
}

type Op = { kind: " " | "-" | "+"; line: Line };

function splitLines(text: string): Line[] {
  if (text === "") return [];
  const parts = text.split("\n");
  const last = parts.pop() as string;
  const lines = parts.map((t) => ({ text: t, eol: true }));
  if (last !== "") lines.push({ text: last, eol: false });
  return lines;
}

/** `path` as given on the command line, relative and with forward slashes. */
function diffName(path: string): string {
  return path.replace(/\\/g, "/").replace(/^\.\//, "");
}

/**
 * The header after a file name: none, or for a name with whitespace an empty one, which ends the
 * `---`/`+++` line with a tab (as git writes it) so that `patch` reads the whole name.
 */
function headerFor(name: string): string | undefined {
  return /\s/.test(name) ? "" : undefined;
}

/**
 * The unified diff of `before` -> `after`. With `changes` (the replacements that turn `before` into
 * `after`), only the changed lines are compared; without, the whole texts are.
 */
export function renderUnifiedDiff(
  path: string,
  before: string,
  after: string,
  changes?: readonly TextChange[],
): string {
  const name = diffName(path);
  if (before === after) return "";
  const patch = changes ? patchFromChanges(name, before, after, changes) : null;
  const result =
    patch ??
    structuredPatch(`a/${name}`, `b/${name}`, before, after, headerFor(name), headerFor(name), {
      context: CONTEXT,
    });
  if (result.hunks.length === 0) return "";
  return formatPatch(result, FILE_HEADERS_ONLY);
}

/** The patch built from known changes, or null when they do not turn `before` into `after`. */
function patchFromChanges(
  name: string,
  before: string,
  after: string,
  changes: readonly TextChange[],
): StructuredPatch | null {
  const lines = new LineIndex(before);
  const rendered = renderBlocks(before, lines, lineBlocks(lines, changes));
  if (rendered === null || rebuild(before, rendered) !== after) return null;
  return {
    oldFileName: `a/${name}`,
    newFileName: `b/${name}`,
    oldHeader: headerFor(name),
    newHeader: headerFor(name),
    hunks: hunksOf(lineOps(before, rendered)),
  };
}

/** Whole lines of `before` and the changes inside them. */
interface Block {
  from: number;
  to: number;
  changes: TextChange[];
}

/** A block and its new text. */
interface Rendered {
  from: number;
  to: number;
  text: string;
}

/** 1. Each change widened to whole lines; blocks that overlap or touch merged. */
function lineBlocks(lines: LineIndex, changes: readonly TextChange[]): Block[] {
  const sorted = [...changes]
    .filter((c) => c.end > c.start || c.text !== "")
    .sort((a, b) => a.start - b.start);
  const blocks: Block[] = [];
  for (const c of sorted) {
    const from = lines.lineStartAt(c.start);
    let to = c.end === lines.lineStartAt(c.end) && c.end > from ? c.end : lines.nextLineStart(c.end);
    if (c.end === c.start && c.start === from && c.text.endsWith("\n")) to = from;
    const last = blocks[blocks.length - 1];
    if (last && from <= last.to) {
      last.to = Math.max(last.to, to);
      last.changes.push(c);
    } else blocks.push({ from, to, changes: [c] });
  }
  return blocks;
}

/** The new text of each block; a block whose new text does not end a line takes in the next line too. */
function renderBlocks(before: string, lines: LineIndex, blocks: Block[]): Rendered[] | null {
  const rendered: Rendered[] = [];
  for (let k = 0; k < blocks.length; k++) {
    const block = blocks[k] as Block;
    let text = applyWithin(before, block.from, block.to, block.changes);
    if (text === null) return null;
    while (block.to < before.length && text !== "" && !text.endsWith("\n")) {
      block.to = lines.nextLineStart(block.to);
      const next = blocks[k + 1];
      if (next && next.from < block.to) {
        block.to = Math.max(block.to, next.to);
        block.changes.push(...next.changes);
        blocks.splice(k + 1, 1);
      }
      text = applyWithin(before, block.from, block.to, block.changes);
      if (text === null) return null;
    }
    rendered.push({ from: block.from, to: block.to, text });
  }
  return rendered;
}

function rebuild(before: string, rendered: readonly Rendered[]): string {
  let rebuilt = "";
  let cursor = 0;
  for (const r of rendered) {
    rebuilt += before.slice(cursor, r.from) + r.text;
    cursor = r.to;
  }
  return rebuilt + before.slice(cursor);
}

/** 2. The line operations of the whole file: equal lines outside the blocks, a line diff inside. */
function lineOps(before: string, rendered: readonly Rendered[]): Op[] {
  const ops: Op[] = [];
  const equal = (text: string) => {
    for (const line of splitLines(text)) ops.push({ kind: " ", line });
  };
  let cursor = 0;
  for (const r of rendered) {
    equal(before.slice(cursor, r.from));
    for (const part of diffLines(before.slice(r.from, r.to), r.text)) {
      const kind = part.added ? "+" : part.removed ? "-" : " ";
      for (const line of splitLines(part.value)) ops.push({ kind, line });
    }
    cursor = r.to;
  }
  equal(before.slice(cursor));
  return ops;
}

/** 3. Hunks: the changes with three lines of context, joined when their contexts meet. */
function hunksOf(ops: readonly Op[]): StructuredPatch["hunks"] {
  const hunks: StructuredPatch["hunks"] = [];
  let oldLine = 1;
  let newLine = 1;
  const positions = ops.map((op) => {
    const at = { old: oldLine, new: newLine };
    if (op.kind !== "+") oldLine++;
    if (op.kind !== "-") newLine++;
    return at;
  });
  let k = 0;
  while (k < ops.length) {
    if ((ops[k] as Op).kind === " ") {
      k++;
      continue;
    }
    const start = Math.max(0, k - CONTEXT);
    let end = k;
    let lastChange = k;
    while (end < ops.length) {
      if ((ops[end] as Op).kind !== " ") lastChange = end;
      else if (end - lastChange > 2 * CONTEXT) break;
      end++;
    }
    const stop = Math.min(ops.length, lastChange + CONTEXT + 1);
    const slice = ops.slice(start, stop);
    const lines: string[] = [];
    for (const op of slice) {
      lines.push(op.kind + op.line.text);
      if (!op.line.eol) lines.push("\\ No newline at end of file");
    }
    const at = positions[start] as { old: number; new: number };
    hunks.push({
      oldStart: at.old,
      oldLines: slice.filter((o) => o.kind !== "+").length,
      newStart: at.new,
      newLines: slice.filter((o) => o.kind !== "-").length,
      lines,
    });
    k = stop;
  }
  return hunks;
}

function applyWithin(
  source: string,
  from: number,
  to: number,
  changes: readonly TextChange[],
): string | null {
  let out = "";
  let cursor = from;
  for (const c of changes) {
    if (c.start < cursor || c.end > to) return null;
    out += source.slice(cursor, c.start) + c.text;
    cursor = c.end;
  }
  return out + source.slice(cursor, to);
}

import { createRequire } from "node:module";
import type { Document } from "yaml";
import { diagnostic, RULES } from "../diagnostics/index.js";
import type { Diagnostic, Span } from "../model.js";
import { readSimpleYaml } from "./simple-yaml.js";
import { lineCount, lineEnd, lineStart, pointAt, type SourceText, spanOf } from "./source.js";

/** The YAML parser, loaded on first need: most front matter is read without it (./simple-yaml.ts). */
let yamlModule: typeof import("yaml") | undefined;
const yaml = (): typeof import("yaml") => {
  yamlModule ??= createRequire(import.meta.url)("yaml") as typeof import("yaml");
  return yamlModule;
};

export interface FrontMatter {
  /** The parsed YAML mapping, or null when there is none (or it is not a mapping). */
  data: Record<string, unknown> | null;
  /** Offset where the Markdown body starts (0 without front matter). */
  bodyStart: number;
  /** 1-based line where the body starts. */
  bodyLine: number;
  /** From the opening `---` to the end of the closing `---` line, or null without front matter. */
  span: Span | null;
  /** The `revision:` value as written (inside its quotes), when the YAML is a mapping that has one. */
  revisionSpan: Span | null;
  diagnostics: Diagnostic[];
}

const FENCE = /^---[ \t]*$/;

/**
 * YAML front matter the way remark-frontmatter sees it: a `---` line as the very first line, up to
 * the next `---` line. The one reader of front matter: the rest of the pipeline reads the model.
 * Bad YAML is a warning, never fatal: the rest of the document still parses.
 */
export function readFrontMatter(source: SourceText): FrontMatter {
  const close = closingFence(source);
  if (close === 0) {
    return { data: null, bodyStart: 0, bodyLine: 1, span: null, revisionSpan: null, diagnostics: [] };
  }
  const { text } = source;
  const yamlStart = lineStart(source, 2);
  const yamlText = close > 2 ? text.slice(yamlStart, lineEnd(source, close - 1)) : "";
  const bodyLine = close + 1;
  const result: FrontMatter = {
    data: null,
    bodyStart: bodyLine <= lineCount(source) ? lineStart(source, bodyLine) : text.length,
    bodyLine,
    span: spanOf(source, 0, lineEnd(source, close)),
    revisionSpan: null,
    diagnostics: [],
  };
  const simple = readSimpleYaml(yamlText);
  if (simple) {
    result.data = simple.data;
    if (simple.revision) {
      result.revisionSpan = spanOf(
        source,
        yamlStart + simple.revision.start,
        yamlStart + simple.revision.end,
      );
    }
    return result;
  }
  const document = yaml().parseDocument(yamlText, { prettyErrors: false });
  const error = document.errors[0];
  if (error) {
    result.diagnostics.push(yamlError(source, yamlStart, yamlText, error.pos[0], error.message));
    return result;
  }
  const value: unknown = document.toJS();
  if (value === null || value === undefined) return result;
  if (typeof value !== "object" || Array.isArray(value)) {
    result.diagnostics.push(
      diagnostic(
        RULES.frontMatterInvalid,
        source.file,
        { line: 2, column: 1 },
        "The YAML front matter is not a mapping of fields (such as `body: WTSA`); it is ignored.",
      ),
    );
    return result;
  }
  result.data = value as Record<string, unknown>;
  const revision = revisionRange(document);
  if (revision) result.revisionSpan = spanOf(source, yamlStart + revision.start, yamlStart + revision.end);
  return result;
}

/** The line of the closing `---`, or 0 when the text does not open with front matter. */
function closingFence(source: SourceText): number {
  const { text } = source;
  if (!text.startsWith("---") || lineCount(source) < 2 || !FENCE.test(text.slice(0, lineEnd(source, 1)))) {
    return 0;
  }
  for (let line = 2; line <= lineCount(source); line++) {
    if (FENCE.test(text.slice(lineStart(source, line), lineEnd(source, line)))) return line;
  }
  return 0;
}

/** A YAML error at `at` in the YAML text, which starts at `yamlStart` in the file. */
function yamlError(
  source: SourceText,
  yamlStart: number,
  yamlText: string,
  at: number,
  message: string,
): Diagnostic {
  const { line, column } = pointAt(source, yamlStart + Math.min(at, yamlText.length));
  return diagnostic(
    RULES.frontMatterInvalid,
    source.file,
    { line, column },
    `The YAML front matter does not parse (${firstLine(message)}); fix it or remove it, it is ignored.`,
  );
}

/** Where the top-level `revision:` value stands in the YAML text, inside its quotes if it has them. */
function revisionRange(document: Document): { start: number; end: number } | null {
  const { isMap, isScalar } = yaml();
  const map = document.contents;
  if (!isMap(map)) return null;
  const pair = map.items.find((item) => isScalar(item.key) && item.key.value === "revision");
  const value = pair?.value;
  if (!isScalar(value) || !value.range) return null;
  const [start, end] = value.range;
  if (value.type === "PLAIN") return { start, end };
  if (value.type === "QUOTE_DOUBLE" || value.type === "QUOTE_SINGLE")
    return { start: start + 1, end: end - 1 };
  return null;
}

function firstLine(message: string): string {
  return message.split(/\r?\n/)[0]?.trim() ?? message;
}

import { parseDocument } from "yaml";
import { diagnostic, RULES } from "../diagnostics/index.js";
import type { Diagnostic } from "../model.js";
import { lineCount, lineEnd, lineStart, type SourceText } from "./source.js";

export interface FrontMatter {
  /** The parsed YAML mapping, or null when there is none (or it is not a mapping). */
  data: Record<string, unknown> | null;
  /** Offset where the Markdown body starts (0 without front matter). */
  bodyStart: number;
  /** 1-based line where the body starts. */
  bodyLine: number;
  diagnostics: Diagnostic[];
}

const FENCE = /^---[ \t]*$/;

/**
 * YAML front matter the way remark-frontmatter sees it: a `---` line as the very first line, up to
 * the next `---` line. Bad YAML is a warning, never fatal: the rest of the document still parses.
 */
export function readFrontMatter(source: SourceText): FrontMatter {
  const none: FrontMatter = { data: null, bodyStart: 0, bodyLine: 1, diagnostics: [] };
  const { text } = source;
  if (!text.startsWith("---") || lineCount(source) < 2 || !FENCE.test(text.slice(0, lineEnd(source, 1)))) {
    return none;
  }
  let close = 0;
  for (let line = 2; line <= lineCount(source); line++) {
    if (FENCE.test(text.slice(lineStart(source, line), lineEnd(source, line)))) {
      close = line;
      break;
    }
  }
  if (close === 0) return none;
  const yamlText = close > 2 ? text.slice(lineStart(source, 2), lineEnd(source, close - 1)) : "";
  const bodyLine = close + 1;
  const result: FrontMatter = {
    data: null,
    bodyStart: bodyLine <= lineCount(source) ? lineStart(source, bodyLine) : text.length,
    bodyLine,
    diagnostics: [],
  };
  const document = parseDocument(yamlText, { prettyErrors: false });
  const error = document.errors[0];
  if (error) {
    // The YAML starts on line 2 of the file; the error's offset is within the YAML.
    const before = yamlText.slice(0, error.pos[0]);
    const line = 2 + (before.match(/\r\n|\r|\n/g)?.length ?? 0);
    const column = before.length - Math.max(before.lastIndexOf("\n"), before.lastIndexOf("\r"));
    result.diagnostics.push(
      diagnostic(
        RULES.frontMatterInvalid,
        source.file,
        { line, column },
        `The YAML front matter does not parse (${firstLine(error.message)}); fix it or remove it, it is ignored.`,
      ),
    );
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
  return result;
}

function firstLine(message: string): string {
  return message.split(/\r?\n/)[0]?.trim() ?? message;
}

/** How diagnostics and fatal errors read on a terminal: the shapes editors and CI annotate from. */
import type { FatalError } from "../diagnostics/index.js";
import type { Diagnostic } from "../model.js";

/**
 * `file:line:col`; for a Word input `file ¶12` (its paragraph, as Word shows them); the file alone for
 * a finding on the whole file.
 */
export function placeOf(d: Pick<Diagnostic, "file" | "line" | "column" | "paragraph">): string {
  if (d.paragraph !== undefined) return `${d.file} ¶${d.paragraph}`;
  return d.line === null ? d.file : `${d.file}:${d.line}:${d.column ?? 1}`;
}

/** One finding as one line, unpadded: `file:line:col  severity  message  rule-id`. */
export function formatDiagnosticLine(d: Diagnostic): string {
  return `${placeOf(d)}  ${d.severity}  ${d.message}  ${d.ruleId}`;
}

/** "3 problems (1 error, 2 warnings)". */
export function countLine(diagnostics: readonly Diagnostic[]): string {
  const n = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) n[d.severity]++;
  const plural = (k: number, word: string) => `${k} ${word}${k === 1 ? "" : "s"}`;
  const parts = [plural(n.error, "error"), plural(n.warning, "warning")];
  if (n.info > 0) parts.push(`${n.info} info`);
  return `${plural(diagnostics.length, "problem")} (${parts.join(", ")})`;
}

/** One diagnostic as one line: `file:line:col  severity  message  rule-id` (see ./stylish.ts). */
export function formatDiagnostic(d: Diagnostic): string {
  return formatDiagnosticLine(d);
}

/**
 * The one-line form of a fatal error: `file:line: message` or `file: message`. Control characters (a
 * line break in a file name, or in a JSON parser's quote of the bad input) are written as escapes
 * (`\n`, `\u0000`), so the error stays one line whatever it quotes.
 */
export function formatFatal(error: FatalError): string {
  if (!error.file) return oneLine(error.message);
  const place = error.line ? `${error.file}:${error.line}` : error.file;
  return oneLine(`${place}: ${error.message}`);
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters being escaped
const CONTROL = /[\u0000-\u001f\u007f\u2028\u2029]/g;

const NAMED: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

function oneLine(text: string): string {
  return text.replace(
    CONTROL,
    (c) => NAMED[c] ?? `\\u${(c.codePointAt(0) as number).toString(16).padStart(4, "0")}`,
  );
}

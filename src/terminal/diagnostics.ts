/** How diagnostics and fatal errors read on a terminal: the shapes editors and CI annotate from. */
import type { FatalError } from "../diagnostics/index.js";
import type { Diagnostic } from "../model.js";
import { formatDiagnosticLine } from "./stylish.js";

export { countLine, formatStylish } from "./stylish.js";

/** One diagnostic as one line: `file:line:col  severity  message  rule-id` (see ./stylish.ts). */
export function formatDiagnostic(d: Diagnostic): string {
  return formatDiagnosticLine(d);
}

/** The one-line form of a fatal error: `file:line: message` or `file: message`. */
export function formatFatal(error: FatalError): string {
  if (!error.file) return error.message;
  const place = error.line ? `${error.file}:${error.line}` : error.file;
  return `${place}: ${error.message}`;
}

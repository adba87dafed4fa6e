/** How diagnostics and fatal errors read on a terminal: the shapes editors and CI annotate from. */
import type { FatalError } from "../diagnostics/index.js";
import type { Diagnostic } from "../model.js";

/** `file:line:column: severity: message [rule-id]`; for a Word input, `file ¶12: severity: ...`. */
export function formatDiagnostic(d: Diagnostic): string {
  const place =
    d.paragraph !== undefined
      ? `${d.file} ¶${d.paragraph}`
      : d.line === null
        ? d.file
        : `${d.file}:${d.line}:${d.column ?? 1}`;
  return `${place}: ${d.severity}: ${d.message} [${d.ruleId}]`;
}

/** The one-line form of a fatal error: `file:line: message` or `file: message`. */
export function formatFatal(error: FatalError): string {
  if (!error.file) return error.message;
  const place = error.line ? `${error.file}:${error.line}` : error.file;
  return `${place}: ${error.message}`;
}

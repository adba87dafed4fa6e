import type { Diagnostic, Severity } from "./model.js";

/**
 * A problem that stops the run: a missing file, a role claimed twice. Its message is one line that
 * names the file (and line where there is one); the CLI prints it and exits 2, without a stack trace.
 */
export class FatalError extends Error {
  override readonly name = "FatalError";
  constructor(
    message: string,
    readonly file?: string,
    readonly line?: number,
  ) {
    super(message);
  }
}

export function diagnostic(
  file: string,
  place: { line: number; column: number } | null,
  severity: Severity,
  ruleId: string,
  message: string,
): Diagnostic {
  return { file, line: place?.line ?? null, column: place?.column ?? null, severity, ruleId, message };
}

/** `file:line:column: severity: message [rule-id]`, the shape editors and CI annotate from. */
export function formatDiagnostic(d: Diagnostic): string {
  const place = d.line === null ? d.file : `${d.file}:${d.line}:${d.column ?? 1}`;
  return `${place}: ${d.severity}: ${d.message} [${d.ruleId}]`;
}

/** The one-line form of a fatal error: `file:line: message` or `file: message`. */
export function formatFatal(error: FatalError): string {
  if (!error.file) return error.message;
  const place = error.line ? `${error.file}:${error.line}` : error.file;
  return `${place}: ${error.message}`;
}

export function countBySeverity(diagnostics: readonly Diagnostic[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity]++;
  return counts;
}

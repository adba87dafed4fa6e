/**
 * The one terminal reporter of diagnostics, for every command: `parse`, `analyze` and `propose` print
 * their warnings with it on stderr, `check` its findings on stdout. One line per finding,
 * `file:line:col  severity  message  rule-id` (an editor or terminal opens the place), grouped by
 * file, then a count line. Coloured only when asked.
 */
import type { Diagnostic, Severity } from "../model.js";
import { type ChalkInstance, makeChalk } from "./color.js";

export interface StylishOptions {
  color?: boolean;
  /** Print the count line even when there is nothing to count ("no problems"). */
  always?: boolean;
}

/** `file:line:col`, or the file alone for a finding on the whole file. */
export function placeOf(d: Pick<Diagnostic, "file" | "line" | "column">): string {
  return d.line === null ? d.file : `${d.file}:${d.line}:${d.column ?? 1}`;
}

function paint(c: ChalkInstance, severity: Severity, text: string): string {
  return severity === "error" ? c.red(text) : severity === "warning" ? c.yellow(text) : c.blue(text);
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

/** The findings grouped by file (in the order files first appear), aligned, with a count line. */
export function formatStylish(diagnostics: readonly Diagnostic[], options: StylishOptions = {}): string {
  const c = makeChalk(options.color === true);
  if (diagnostics.length === 0) return options.always ? `${c.green("✔")} no problems\n` : "";
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const list = byFile.get(d.file) ?? [];
    list.push(d);
    byFile.set(d.file, list);
  }
  const out: string[] = [];
  for (const list of byFile.values()) {
    if (out.length > 0) out.push("");
    const placeWidth = Math.max(...list.map((d) => placeOf(d).length));
    const severityWidth = Math.max(...list.map((d) => d.severity.length));
    for (const d of list) {
      out.push(
        `${placeOf(d).padEnd(placeWidth)}  ${paint(c, d.severity, d.severity.padEnd(severityWidth))}  ${d.message}  ${c.dim(d.ruleId)}`,
      );
    }
  }
  const failing = diagnostics.some((d) => d.severity !== "info");
  out.push("", `${failing ? c.red("✖") : c.blue("i")} ${countLine(diagnostics)}`);
  return `${out.join("\n")}\n`;
}

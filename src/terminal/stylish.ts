/**
 * The one terminal reporter of diagnostics, for every command: `parse`, `analyze` and `propose` print
 * their warnings with it on stderr, `check` its findings on stdout. One line per finding,
 * `file:line:col  severity  message  rule-id` (an editor or terminal opens the place), grouped by
 * file, then a count line. Coloured only when asked.
 */
import type { Diagnostic, Severity } from "../model.js";
import { type ChalkInstance, makeChalk } from "./color.js";
import { countLine, placeOf } from "./diagnostics.js";

export { countLine, formatDiagnosticLine, placeOf } from "./diagnostics.js";

export interface StylishOptions {
  color?: boolean;
  /** Print the count line even when there is nothing to count ("no problems"). */
  always?: boolean;
}

function paint(c: ChalkInstance, severity: Severity, text: string): string {
  return severity === "error" ? c.red(text) : severity === "warning" ? c.yellow(text) : c.blue(text);
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
    // Loops, not Math.max(...spread): a file may have more warnings than a call has room for arguments.
    let placeWidth = 0;
    let severityWidth = 0;
    for (const d of list) {
      placeWidth = Math.max(placeWidth, placeOf(d).length);
      severityWidth = Math.max(severityWidth, d.severity.length);
    }
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

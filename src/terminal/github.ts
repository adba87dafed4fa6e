/**
 * GitHub Actions workflow commands: one `::error file=F,line=L,col=C,title=rule::message` line per
 * finding, which the runner turns into an annotation on the line of the pull request's diff.
 */
import type { Diagnostic } from "../model.js";

const LEVEL = { error: "error", warning: "warning", info: "notice" } as const;

/** Data of a workflow command: "%", CR and LF escaped. */
function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** A property of a workflow command: also ":" and ",". */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/**
 * One finding. On a Word input (a paragraph, no line of the file) the annotation points at the file
 * and the message names the paragraph ("¶12: ...").
 */
export function formatGithubLine(d: Diagnostic): string {
  const props = [`file=${escapeProperty(d.file.replace(/\\/g, "/"))}`];
  const word = d.paragraph !== undefined;
  if (d.line !== null && !word) props.push(`line=${d.line}`, `col=${d.column ?? 1}`);
  props.push(`title=${escapeProperty(d.ruleId)}`);
  const message = word ? `¶${d.paragraph}: ${d.message}` : d.message;
  return `::${LEVEL[d.severity]} ${props.join(",")}::${escapeData(message)}`;
}

export function formatGithub(diagnostics: readonly Diagnostic[]): string {
  return diagnostics.map((d) => `${formatGithubLine(d)}\n`).join("");
}

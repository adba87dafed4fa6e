/** Everything the CLI prints on a terminal: colour, diagnostics, the outline, the reports, the summary. */
export { formatAnalysisText, type TextOptions } from "./analysis.js";
export { type ChalkInstance, makeChalk, useColor } from "./color.js";
export { formatDiagnostic, formatFatal } from "./diagnostics.js";
export { formatGithub } from "./github.js";
export { formatOutlineText } from "./outline.js";
export { formatStylish } from "./stylish.js";
export { formatSummary, formatWordDiff } from "./summary.js";

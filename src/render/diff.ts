/**
 * Unified diffs from each input file to its shortened text, in the form `git apply` and `patch -p1`
 * take: both sides name the input's path (`a/<path>`, `b/<path>`), so applying the diff in the
 * directory the tool ran from turns the input into the shortened text.
 */
import { FILE_HEADERS_ONLY, formatPatch, structuredPatch } from "diff";

/** `path` as given on the command line, relative and with forward slashes. */
export function renderUnifiedDiff(path: string, before: string, after: string): string {
  const name = path.replace(/\\/g, "/").replace(/^\.\//, "");
  const patch = structuredPatch(`a/${name}`, `b/${name}`, before, after, undefined, undefined, {
    context: 3,
  });
  if (patch.hunks.length === 0) return "";
  return formatPatch(patch, FILE_HEADERS_ONLY);
}

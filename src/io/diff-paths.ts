/**
 * How a unified diff names the input it changes, so that it applies (docs/formats.md, "Diffs"): the
 * path relative to the working folder when the input is under it, run `patch -p1` or `git apply`
 * there; otherwise the file's own name, run them in the input's folder. Always forward slashes, so a
 * diff made on Windows applies elsewhere too.
 */
import nodePath from "node:path";

type PathApi = Pick<typeof nodePath, "resolve" | "relative" | "isAbsolute" | "basename" | "sep">;

export function diffPathOf(file: string, cwd: string, path: PathApi = nodePath): string {
  const full = path.resolve(cwd, file);
  const inside = path.relative(cwd, full);
  const under = inside !== "" && !inside.startsWith("..") && !path.isAbsolute(inside);
  const name = under ? inside : path.basename(full);
  return name.split(path.sep).join("/");
}

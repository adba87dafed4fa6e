// Builds dist/ with tsc only when a source is newer than the last build, so `npm start` and the
// benchmarks do not pay for a full compile (about 5 s) on every run. `npm run build` always builds.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../", import.meta.url));
const stamp = join(root, "dist", ".build-stamp");

function newest(path) {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const inputs = ["src", "bench", "package.json", "tsconfig.json", "tsconfig.build.json"].map((p) =>
  join(root, p),
);
const built = existsSync(stamp) ? statSync(stamp).mtimeMs : -1;
if (inputs.some((path) => existsSync(path) && newest(path) > built)) {
  const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
  execFileSync(process.execPath, [tsc, "-p", join(root, "tsconfig.build.json")], { stdio: "inherit" });
  writeFileSync(stamp, `${new Date().toISOString()}\n`);
}

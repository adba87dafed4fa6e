// Preloaded with `node --import` by test/cli/check.test.ts: writes each module file the run loads to
// the file named by LOADED_MODULES_FILE, one a line: ES modules through a loader hook, CommonJS ones
// (a package's files, `createRequire`) through Module._load.
import { appendFileSync } from "node:fs";
import Module, { register } from "node:module";

const out = process.env.LOADED_MODULES_FILE;
if (out) {
  const hook = `export async function load(url, context, next) {
    if (url.startsWith("file:")) (await import("node:fs")).appendFileSync(${JSON.stringify(out)}, url + "\\n");
    return next(url, context);
  }`;
  register(`data:text/javascript,${encodeURIComponent(hook)}`);
  const load = Module._load;
  Module._load = function (request, parent, isMain) {
    const loaded = load.call(this, request, parent, isMain);
    try {
      appendFileSync(out, `${Module._resolveFilename(request, parent, isMain)}\n`);
    } catch {
      // a built-in module: nothing to record
    }
    return loaded;
  };
}

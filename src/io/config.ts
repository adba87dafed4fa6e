/**
 * `wsis-consolidate.yaml`: the settings a drafting group keeps next to its drafts. Found by walking up
 * from the working directory to the repository root (the folder with `.git`), or given with
 * `--config`. Its keys are the long option names; the schema is one table (`CONFIG_KEYS`), so a new
 * setting is one line. Paths in the file are relative to the file. Unknown keys and bad values stop
 * the run with a message naming the key, the file and the line.
 */
import { readFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument, stringify } from "yaml";
import { FatalError, ruleById } from "../diagnostics/index.js";
import { CONFIG_KEYS } from "./config-keys.js";

export { CONFIG_FILE_NAME, CONFIG_KEYS, type ConfigKey, type ConfigType, findConfig } from "./config-keys.js";

export type ConfigValue = string | number | boolean;

/** One setting as read: its value (paths made relative to the working directory) and its line. */
export interface ConfigSetting {
  value: ConfigValue;
  line: number;
}

export interface RuleConfig {
  severity?: "error" | "warning" | "info" | "off";
  options?: Record<string, unknown>;
  line: number;
}

export interface LoadedConfig {
  /** The file as the messages name it (relative to the working directory). */
  file: string;
  settings: Map<string, ConfigSetting>;
  /** Inline terms: the table as YAML text, for `mergeSectorTerms`. */
  inlineTerms: { yaml: string; line: number } | null;
  rules: Map<string, RuleConfig>;
}

/** Reads and checks a config file; `path` is absolute or relative to `cwd`. Throws FatalError. */
export function loadConfig(path: string, cwd: string): LoadedConfig {
  const full = resolve(cwd, path);
  const file = relative(cwd, full) || path;
  let text: string;
  try {
    text = readFileSync(full, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new FatalError(
      code === "ENOENT"
        ? "no such config file"
        : code === "EISDIR"
          ? "is a directory, not a config file"
          : `cannot read the config file (${code ?? String(error)})`,
      file,
    );
  }
  return parseConfig(text, file, dirname(full), cwd);
}

/** Checks the text of a config file. `dir` is where its paths are relative to. */
export function parseConfig(text: string, file: string, dir: string, cwd: string): LoadedConfig {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const lineOf = (node: Node | null | undefined): number =>
    node?.range ? lines.linePos(node.range[0]).line : 1;
  const firstError = doc.errors[0];
  if (firstError) {
    const line = firstError.linePos?.[0]?.line ?? 1;
    throw new FatalError(`not valid YAML: ${firstError.message.split("\n")[0]}`, file, line);
  }
  const config: LoadedConfig = { file, settings: new Map(), inlineTerms: null, rules: new Map() };
  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === undefined))) return config;
  if (!isMap(root))
    throw new FatalError("a config file is a mapping of settings (key: value)", file, lineOf(root));
  const known = Object.keys(CONFIG_KEYS);
  for (const pair of root.items) {
    const keyNode = pair.key as Node | null;
    const key = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
    const line = lineOf(keyNode);
    const spec = CONFIG_KEYS[key];
    const fail = (why: string): never => {
      throw new FatalError(`${key}: ${why}`, file, line);
    };
    if (!spec) {
      const near = known.find((k) => closeTo(k, key));
      throw new FatalError(
        `unknown key "${key}"${near ? ` (did you mean "${near}"?)` : ""}; known keys: ${known.join(", ")}`,
        file,
        line,
      );
    }
    const node = pair.value as Node | null;
    const value: unknown = node && "toJSON" in node ? (node as { toJSON(): unknown }).toJSON() : null;
    const valueLine = node ? lineOf(node) : line;
    switch (spec.type) {
      case "rules":
        readRules(node, file, lineOf, config, fail);
        break;
      case "terms":
        if (typeof value === "string" && value.trim() !== "") {
          config.settings.set(key, { value: relative(cwd, resolve(dir, value)) || value, line });
        } else if (isMap(node)) {
          config.inlineTerms = { yaml: stringify(value), line: valueLine };
        } else fail("must be the path of a terms file, or the table itself (concepts: ...)");
        break;
      case "path":
        if (typeof value !== "string" || value.trim() === "") fail("must be a path (relative to this file)");
        config.settings.set(key, { value: relative(cwd, resolve(dir, value as string)) || ".", line });
        break;
      case "ratio":
        if (typeof value !== "number" || !(value > 0 && value <= 1)) {
          fail(`must be a number greater than 0 and at most 1, not ${JSON.stringify(value)}`);
        }
        config.settings.set(key, { value: value as number, line });
        break;
      case "integer":
        if (typeof value !== "number" || !Number.isInteger(value) || value < -1) {
          fail(`must be a whole number, 0 or more (or -1: no limit), not ${JSON.stringify(value)}`);
        }
        config.settings.set(key, { value: value as number, line });
        break;
      case "boolean":
        if (typeof value !== "boolean") fail(`must be true or false, not ${JSON.stringify(value)}`);
        config.settings.set(key, { value: value as boolean, line });
        break;
      case "revision":
        if (typeof value !== "string" || !/^Rev\.\s*\S.*,\s*(?:\d{4}|\[[^\]]+\])$/.test(value.trim())) {
          fail(`must read like "Rev. Bucharest, 2022", not ${JSON.stringify(value)}`);
        }
        config.settings.set(key, { value: (value as string).trim(), line });
        break;
      case "string":
        if (typeof value !== "string" && typeof value !== "number") fail("must be text");
        config.settings.set(key, { value: String(value), line });
        break;
    }
  }
  return config;
}

const SEVERITIES = ["error", "warning", "info", "off"] as const;

function readRules(
  node: Node | null,
  file: string,
  lineOf: (node: Node | null | undefined) => number,
  config: LoadedConfig,
  fail: (why: string) => never,
): void {
  if (node === null || (isScalar(node) && node.value === null)) return;
  if (!isMap(node))
    fail("must map rule ids to a severity (error, warning, info, off) or {severity, options}");
  for (const pair of (node as import("yaml").YAMLMap).items) {
    const keyNode = pair.key as Node | null;
    const id = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
    const line = lineOf(keyNode);
    const bad = (why: string): never => {
      throw new FatalError(`rules.${id}: ${why}`, file, line);
    };
    const rule = ruleById(id);
    if (!rule)
      bad("no such rule (the rules are listed in the README and by `wsis-consolidate check --help`)");
    const valueNode = pair.value as Node | null;
    const value: unknown =
      valueNode && "toJSON" in valueNode ? (valueNode as { toJSON(): unknown }).toJSON() : null;
    const entry: RuleConfig = { line };
    const severity = (v: unknown) => {
      if (!SEVERITIES.includes(v as (typeof SEVERITIES)[number])) {
        bad(`the severity must be error, warning, info or off, not ${JSON.stringify(v)}`);
      }
      entry.severity = v as RuleConfig["severity"];
    };
    if (typeof value === "string") severity(value);
    else if (isSeq(valueNode) || typeof value !== "object" || value === null) {
      bad("must be a severity (error, warning, info, off) or {severity, options}");
    } else {
      const object = value as Record<string, unknown>;
      for (const k of Object.keys(object)) {
        if (k !== "severity" && k !== "options")
          bad(`unknown key "${k}" (a rule takes severity and options)`);
      }
      if (object.severity !== undefined) severity(object.severity);
      if (object.options !== undefined) {
        if (typeof object.options !== "object" || object.options === null || Array.isArray(object.options)) {
          bad("options must be a mapping");
        }
        const options = object.options as Record<string, unknown>;
        const known = rule?.options ?? {};
        for (const [name, v] of Object.entries(options)) {
          const spec = known[name];
          if (!spec) {
            const names = Object.keys(known);
            bad(
              `unknown option "${name}"${names.length > 0 ? ` (the rule takes ${names.join(", ")})` : " (the rule takes none)"}`,
            );
          }
          if (typeof v !== spec?.type)
            bad(`option "${name}" must be a ${spec?.type}, not ${JSON.stringify(v)}`);
        }
        entry.options = options;
      }
    }
    config.rules.set(id, entry);
  }
}

/** A likely misspelling: at most two edits apart (Levenshtein), hyphens aside. */
function closeTo(a: string, b: string): boolean {
  const x = a.replace(/-/g, "");
  const y = b.toLowerCase().replace(/[-_\s]/g, "");
  if (Math.abs(x.length - y.length) > 2) return false;
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++) {
      row[j] = Math.min(
        (previous[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (previous[j - 1] as number) + (x[i - 1] === y[j - 1] ? 0 : 1),
      );
    }
    previous = row;
  }
  return (previous[y.length] as number) <= 2;
}

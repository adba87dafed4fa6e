/**
 * The keys of `wsis-consolidate.yaml` (one table, `CONFIG_KEYS`: a new setting is one line) and where
 * the file is. Apart from the reader (./config.ts) so that a command run without a config file loads
 * no YAML parser.
 */
import { existsSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { ROLE_FILE_OPTIONS } from "./role-files.js";

export const CONFIG_FILE_NAME = "wsis-consolidate.yaml";

type Command = "parse" | "analyze" | "propose" | "report" | "check";
/** The commands that read the four inputs. */
const ALL: readonly Command[] = ["analyze", "propose", "report", "check"];

/** What a key's value must be. */
export type ConfigType = "path" | "ratio" | "string" | "boolean" | "integer" | "revision" | "rules" | "terms";

export interface ConfigKey {
  type: ConfigType;
  /** The commands that use it; the others accept it and ignore it. */
  commands: readonly Command[];
  description: string;
  /** Accepted and validated, for a command still to come (the report, the cover block). */
  future?: boolean;
}

/** Each Sector's next meeting: its option's prefix, the meeting, an example. */
const SECTOR_MEETINGS = [
  ["itu-r", "Radiocommunication Assembly", "Geneva, 2027"],
  ["itu-t", "WTSA", "Geneva, 2028"],
  ["itu-d", "WTDC", "Baku, 2029"],
] as const;

/**
 * Every key of the file. Not here on purpose: `force` (a file that silently replaces outputs is not
 * safe; type it) and `format` (how to print is the caller's choice, a terminal or a CI step).
 */
export const CONFIG_KEYS: Readonly<Record<string, ConfigKey>> = {
  ...Object.fromEntries(
    ROLE_FILE_OPTIONS.map((o) => [
      o.key,
      // parse: a file named here is read in this role (unless --role says otherwise).
      {
        type: "path",
        commands: ["parse", ...ALL],
        description: `${o.document} (--${o.key})`,
      } satisfies ConfigKey,
    ]),
  ),
  threshold: { type: "ratio", commands: ALL, description: "minimum similarity of a variant group (0..1)" },
  "link-threshold": {
    type: "ratio",
    commands: ALL,
    description: "minimum similarity of a Resolution 140 item to a group for a link (0..1)",
  },
  terms: {
    type: "terms",
    commands: ALL,
    description: "the Sector-term table's additions: a YAML file, or the table inline",
  },
  revision: {
    type: "revision",
    commands: ["propose", "report", "check"],
    description: 'the coming revision of Resolution 140 ("Rev. Doha, 2026"); check: the target',
  },
  out: { type: "path", commands: ["propose", "report"], description: "the output folder (--out)" },
  "include-variants": {
    type: "boolean",
    commands: ["propose", "report"],
    description: "also move variant groups (--include-variants)",
  },
  "word-diff": { type: "boolean", commands: ["propose"], description: "print word diffs (--word-diff)" },
  "max-warnings": {
    type: "integer",
    commands: ["check"],
    description: "the most warnings check lets pass; -1: no limit (--max-warnings)",
  },
  baseline: { type: "path", commands: ["check"], description: "a consolidation.json to check drift against" },
  ...Object.fromEntries(
    SECTOR_MEETINGS.map(([sector, meeting, example]) => [
      `${sector}-meeting`,
      {
        type: "string",
        commands: ["propose", "report"],
        description: `the next ${meeting} ("${example}"; --${sector}-meeting)`,
      } satisfies ConfigKey,
    ]),
  ),
  "invite-assemblies": {
    type: "boolean",
    commands: ["propose", "report"],
    description:
      "Resolution 140 invites the RA, WTSA and WTDC to review their resolutions (--invite-assemblies)",
  },
  "proposal-prefix": {
    type: "string",
    commands: ["propose", "report"],
    description: 'a body\'s proposal identifier prefix, BODY=PREFIX ("PP=ACP/64A1"; --proposal-prefix)',
  },
  conference: { type: "string", commands: ALL, description: "cover block: the conference", future: true },
  document: { type: "string", commands: ALL, description: "cover block: the document number", future: true },
  date: { type: "string", commands: ALL, description: "cover block: the date", future: true },
  source: { type: "string", commands: ALL, description: "cover block: who submits it", future: true },
  rules: {
    type: "rules",
    commands: ["parse", ...ALL],
    description: "rule severities (every command) and options (check), by rule id",
  },
};

/** The config file that applies in `cwd`: walking up to the repository root; null when there is none. */
export function findConfig(cwd: string): string | null {
  let dir = resolve(cwd);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE_NAME);
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    // The repository root ends the walk (`.git` is a folder, or a file in a worktree); outside a
    // repository only the working directory itself is looked at.
    if (existsSync(join(dir, ".git"))) return null;
    const parent = dirname(dir);
    if (parent === dir) return null;
    if (!insideRepository(parent)) return null;
    dir = parent;
  }
}

function insideRepository(dir: string): boolean {
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, ".git"))) return true;
    if (dirname(d) === d) return false;
  }
}

/**
 * The config file applied to a command's options before it runs: each key of the file that the
 * command uses sets the option of the same long name, unless the command line gave it (command line,
 * then config, then defaults). Files given on the command line as plain arguments replace the
 * config's file roles (their roles are not known until they are read).
 */
import { resolve } from "node:path";
import type { Command } from "commander";
import type { LoadedConfig } from "../io/config.js";
import { CONFIG_KEYS, findConfig } from "../io/config-keys.js";
import { ROLE_FILE_OPTIONS } from "../io/role-files.js";
import type { Role } from "../model.js";
import type { CliIO } from "./context.js";

/**
 * `--config FILE` and `--no-config`, and the config applied before the command runs (`applyConfig`);
 * `then` sees the config read, for what a command does with it beyond its options.
 */
export function addConfigOptions(
  command: Command,
  io: CliIO | undefined,
  then?: (config: LoadedConfig, command: Command, cwd: string) => void,
): Command {
  command.hook("preAction", async (_self, action) => {
    const cwd = io?.cwd ?? process.cwd();
    const config = await applyConfig(action, cwd);
    if (config && then) then(config, action, cwd);
  });
  return command
    .option(
      "--config <file>",
      "the config file (default: wsis-consolidate.yaml, looked up to the repository root)",
    )
    .option("--no-config", "ignore any config file");
}

/** The role the config gives `file` (one of its `pp`, `itu-r`, `itu-t`, `itu-d` paths) and its key, or null. */
export function configRoleOf(
  config: LoadedConfig,
  file: string,
  cwd: string,
): { role: Role; key: string } | null {
  const full = resolve(cwd, file);
  for (const { key, role } of ROLE_FILE_OPTIONS) {
    const setting = config.settings.get(key);
    if (setting && resolve(cwd, String(setting.value)) === full) return { role, key };
  }
  return null;
}

const camel = (key: string) => key.replace(/-([a-z])/g, (_, ch: string) => ch.toUpperCase());
const ROLE_KEYS = new Set(ROLE_FILE_OPTIONS.map((o) => o.key));

/**
 * Reads the config that applies (or none) and sets the command's options from it. The YAML reader
 * loads only when there is a file to read.
 */
export async function applyConfig(command: Command, cwd: string): Promise<LoadedConfig | null> {
  const given = command.opts().config as string | false | undefined;
  if (given === false) return null;
  const path = typeof given === "string" ? given : findConfig(cwd);
  if (path === null) return null;
  const { loadConfig } = await import("../io/config.js");
  const config = loadConfig(path, cwd);
  const name = command.name();
  const fromCli = (attribute: string) => {
    const source = command.getOptionValueSource(attribute);
    return source === "cli" || source === "env";
  };
  const hasPositional = command.args.length > 0;
  const rolesNamedBy: Partial<Record<Role, string>> = {};
  for (const [key, setting] of config.settings) {
    const spec = CONFIG_KEYS[key];
    if (!spec?.commands.includes(name as never)) continue;
    if (ROLE_KEYS.has(key) && hasPositional) continue;
    const attribute = camel(key);
    const option = command.options.find((o) => o.attributeName() === attribute);
    if (!option || fromCli(attribute)) continue;
    const value = option.isBoolean() ? setting.value === true : String(setting.value);
    command.setOptionValueWithSource(attribute, value, "config");
    const role = ROLE_FILE_OPTIONS.find((o) => o.key === key)?.role;
    if (role) rolesNamedBy[role] = `${config.file} (${key})`;
  }
  if (Object.keys(rolesNamedBy).length > 0)
    command.setOptionValueWithSource("rolesNamedBy", rolesNamedBy, "config");
  if (config.inlineTerms && !fromCli("terms")) {
    command.setOptionValueWithSource(
      "termsInline",
      { yaml: config.inlineTerms.yaml, file: config.file, line: config.inlineTerms.line },
      "config",
    );
  }
  if (config.rules.size > 0) {
    const rules = Object.fromEntries(
      [...config.rules].map(([id, r]) => [
        id,
        { ...(r.severity ? { severity: r.severity } : {}), ...(r.options ? { options: r.options } : {}) },
      ]),
    );
    command.setOptionValueWithSource("rulesConfig", rules, "config");
  }
  command.setOptionValueWithSource("configFile", config.file, "config");
  return config;
}

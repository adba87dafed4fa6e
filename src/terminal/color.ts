/**
 * The one chalk set-up. Colour is used only on a terminal; `NO_COLOR` (https://no-color.org) turns it
 * off and `FORCE_COLOR` turns it on, as the conventions say. chalk's own detection is not used (it
 * ignores NO_COLOR): the level is set here from the environment the CLI was given.
 */
import { Chalk, type ChalkInstance } from "chalk";

export type { ChalkInstance } from "chalk";

/** Whether output to `stream` is coloured, by the environment `env`. */
export function useColor(env: Record<string, string | undefined>, stream: { isTTY?: boolean }): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== "" && force !== "0" && force !== "false") return true;
  return stream.isTTY === true;
}

/** A chalk that colours only when `enabled`. */
export function makeChalk(enabled: boolean): ChalkInstance {
  return new Chalk({ level: enabled ? 1 : 0 });
}

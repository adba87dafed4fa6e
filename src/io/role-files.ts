/**
 * The four input files named by role: one table for the command-line flags (`--pp`, `--itu-r` ...),
 * the config file's keys of the same names, and what the commands pass to the loader.
 */
import type { Role } from "../model.js";

/** The files named for a role, as the options carry them (`--itu-r` is `ituR`). */
export interface RoleFiles {
  pp?: string;
  ituR?: string;
  ituT?: string;
  ituD?: string;
}

export interface RoleFileOption {
  role: Role;
  /** The long option name and config key ("itu-r"). */
  key: string;
  /** Where commander puts its value. */
  attribute: keyof RoleFiles;
  /** Which document it names. */
  description: string;
}

export const ROLE_FILE_OPTIONS: readonly RoleFileOption[] = [
  { role: "pp", key: "pp", attribute: "pp", description: "Resolution 140 (Plenipotentiary Conference)" },
  {
    role: "ITU-R",
    key: "itu-r",
    attribute: "ituR",
    description: "the ITU-R resolution (Resolution ITU-R 61)",
  },
  {
    role: "ITU-T",
    key: "itu-t",
    attribute: "ituT",
    description: "the ITU-T resolution (WTSA Resolution 75)",
  },
  {
    role: "ITU-D",
    key: "itu-d",
    attribute: "ituD",
    description: "the ITU-D resolution (WTDC Resolution 30)",
  },
];

/** The role files of a command's options, and nothing else of them. */
export function pickRoleFiles(options: RoleFiles): RoleFiles {
  const picked: RoleFiles = {};
  for (const { attribute } of ROLE_FILE_OPTIONS) {
    const file = options[attribute];
    if (file !== undefined) picked[attribute] = file;
  }
  return picked;
}

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
  /**
   * Who named a role's file when it was not a flag: the config file and its key,
   * "wsis-consolidate.yaml (itu-d)", so that a warning says which setting to check.
   */
  rolesNamedBy?: Partial<Record<Role, string>>;
}

export interface RoleFileOption {
  role: Role;
  /** The long option name and config key ("itu-r"). */
  key: string;
  /** Where commander puts its value. */
  attribute: Exclude<keyof RoleFiles, "rolesNamedBy">;
  /** Which document it names ("the ITU-R resolution"). */
  document: string;
  /** Which one that is today ("Resolution ITU-R 61"), for the option's help. */
  detail: string;
}

export const ROLE_FILE_OPTIONS: readonly RoleFileOption[] = [
  {
    role: "pp",
    key: "pp",
    attribute: "pp",
    document: "Resolution 140",
    detail: "Plenipotentiary Conference",
  },
  {
    role: "ITU-R",
    key: "itu-r",
    attribute: "ituR",
    document: "the ITU-R resolution",
    detail: "Resolution ITU-R 61",
  },
  {
    role: "ITU-T",
    key: "itu-t",
    attribute: "ituT",
    document: "the ITU-T resolution",
    detail: "WTSA Resolution 75",
  },
  {
    role: "ITU-D",
    key: "itu-d",
    attribute: "ituD",
    document: "the ITU-D resolution",
    detail: "WTDC Resolution 30",
  },
];

/** The role files of a command's options, and nothing else of them. */
export function pickRoleFiles(options: RoleFiles): RoleFiles {
  const picked: RoleFiles = {};
  for (const { attribute } of ROLE_FILE_OPTIONS) {
    const file = options[attribute];
    if (file !== undefined) picked[attribute] = file;
  }
  if (options.rolesNamedBy) picked.rolesNamedBy = options.rolesNamedBy;
  return picked;
}

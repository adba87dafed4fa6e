/**
 * How each of the four documents names itself, as data for role detection: front matter values,
 * and words in the heading, title or preamble that only one of them uses.
 */
import type { Role } from "../model.js";

export interface RoleInfo {
  /** The command-line flag that names its file. */
  flag: string;
  /** How messages name it. */
  label: string;
  /** The assembly or conference that adopts it, for messages ("(WTSA)"). */
  body: string;
}

export const ROLE_INFO: Record<Role, RoleInfo> = {
  pp: { flag: "--pp", label: "Plenipotentiary (Resolution 140)", body: "Plenipotentiary Conference" },
  "ITU-R": { flag: "--itu-r", label: "ITU-R", body: "Radiocommunication Assembly" },
  "ITU-T": { flag: "--itu-t", label: "ITU-T", body: "WTSA" },
  "ITU-D": { flag: "--itu-d", label: "ITU-D", body: "WTDC" },
};

/**
 * Values of the front matter fields `body:` and `role:`, lowercased, with any "-22" or " 2022" edition
 * suffix removed before lookup ("PP-22" -> "pp", "WTSA-20" -> "wtsa").
 */
export const FRONT_MATTER_ROLES: Record<string, Role> = {
  pp: "pp",
  plenipotentiary: "pp",
  "plenipotentiary conference": "pp",
  "itu pp": "pp",
  ra: "ITU-R",
  "itu-r": "ITU-R",
  itur: "ITU-R",
  "radiocommunication assembly": "ITU-R",
  wtsa: "ITU-T",
  "itu-t": "ITU-T",
  itut: "ITU-T",
  "world telecommunication standardization assembly": "ITU-T",
  wtdc: "ITU-D",
  "itu-d": "ITU-D",
  itud: "ITU-D",
  "world telecommunication development conference": "ITU-D",
};

/** Where a signal is looked for: the heading line, the title, the preamble. */
export type RoleField = "heading" | "title" | "preamble";

export interface RoleSignal {
  role: Role;
  pattern: RegExp;
  fields: readonly RoleField[];
  /** How a message names what was found ("Radiocommunication Assembly"). */
  evidence: string;
}

export const ROLE_SIGNALS: readonly RoleSignal[] = [
  {
    role: "pp",
    pattern: /\bplenipotentiary conference\b/i,
    fields: ["heading", "title", "preamble"],
    evidence: "Plenipotentiary Conference",
  },
  { role: "pp", pattern: /^resolution\s+140\b/i, fields: ["heading"], evidence: "Resolution 140" },
  {
    role: "ITU-R",
    pattern: /\bresolution\s+itu-r\s+\d/i,
    fields: ["heading", "title"],
    evidence: "Resolution ITU-R",
  },
  {
    role: "ITU-R",
    pattern: /\bradiocommunication assembly\b/i,
    fields: ["heading", "title", "preamble"],
    evidence: "Radiocommunication Assembly",
  },
  {
    role: "ITU-T",
    pattern: /\bworld telecommunication standardization assembly\b/i,
    fields: ["heading", "title", "preamble"],
    evidence: "World Telecommunication Standardization Assembly",
  },
  { role: "ITU-T", pattern: /\bWTSA\b/, fields: ["heading", "title", "preamble"], evidence: "WTSA" },
  {
    role: "ITU-D",
    pattern: /\bworld telecommunication development conference\b/i,
    fields: ["heading", "title", "preamble"],
    evidence: "World Telecommunication Development Conference",
  },
  { role: "ITU-D", pattern: /\bWTDC\b/, fields: ["heading", "title", "preamble"], evidence: "WTDC" },
];

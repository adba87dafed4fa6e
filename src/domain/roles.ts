/**
 * Which of the four documents a resolution is: from its front matter, else from the words of its
 * heading, title and preamble; and, for the commands that read all four, one file per role.
 */
import { diagnostic, FatalError, RULES } from "../diagnostics/index.js";
import { type Diagnostic, type Resolution, ROLES, type Role } from "../model.js";

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

export type RoleDetection =
  | { role: Role; source: "front-matter" | "content"; evidence: string }
  | { role: null; reason: string };

type Detectable = Pick<Resolution, "frontMatter" | "heading" | "title" | "preamble">;

/** The role a resolution states or shows, or null with the reason it cannot be told. */
export function detectRole(resolution: Detectable): RoleDetection {
  const fromFrontMatter = roleFromFrontMatter(resolution.frontMatter);
  if (fromFrontMatter) return fromFrontMatter;
  const found = new Map<Role, string>();
  for (const signal of ROLE_SIGNALS) {
    if (found.has(signal.role)) continue;
    if (signal.fields.some((field) => signal.pattern.test(fieldText(resolution, field)))) {
      found.set(signal.role, signal.evidence);
    }
  }
  if (found.size === 1) {
    const [role, evidence] = [...found][0] as [Role, string];
    return { role, source: "content", evidence };
  }
  if (found.size > 1) {
    const names = [...found].map(([role, evidence]) => `${evidence} (${role})`);
    return {
      role: null,
      reason: `its heading and preamble point to more than one document: ${names.join(" and ")}`,
    };
  }
  const declared = declaredBody(resolution.frontMatter);
  if (declared !== null) {
    return {
      role: null,
      reason: `the front matter names "${declared}", which is none of PP, RA/ITU-R, WTSA/ITU-T, WTDC/ITU-D`,
    };
  }
  return {
    role: null,
    reason:
      "neither front matter (body:) nor the heading or preamble names the Plenipotentiary Conference, the RA, the WTSA or the WTDC",
  };
}

function fieldText(resolution: Detectable, field: RoleField): string {
  return resolution[field] ?? "";
}

function declaredBody(frontMatter: Record<string, unknown> | null): string | null {
  const value = frontMatter?.body ?? frontMatter?.role;
  return typeof value === "string" || typeof value === "number" ? String(value) : null;
}

function roleFromFrontMatter(frontMatter: Record<string, unknown> | null): RoleDetection | null {
  const declared = declaredBody(frontMatter);
  if (declared === null) return null;
  const key = declared
    .trim()
    .toLowerCase()
    .replace(/[\s-]*\(?(\d{2}|\d{4})\)?$/, "")
    .replace(/\s+/g, " ");
  const role = FRONT_MATTER_ROLES[key];
  return role ? { role, source: "front-matter", evidence: `front matter: ${declared}` } : null;
}

/**
 * The role stage for one document (the `parse` command): the caller's role when given (a `--role`
 * flag), else the detected one; a `role-unknown` warning when neither settles it.
 */
export function resolveRole(
  resolution: Resolution,
  flag?: Role,
  namedBy = "--role",
): { resolution: Resolution; diagnostic: Diagnostic | null } {
  if (flag) {
    const flagged: Resolution = { ...resolution, role: flag, roleSource: "flag" };
    return { resolution: flagged, diagnostic: roleMismatch(flagged, namedBy) };
  }
  const detection = detectRole(resolution);
  if (detection.role) {
    return {
      resolution: { ...resolution, role: detection.role, roleSource: detection.source },
      diagnostic: null,
    };
  }
  const message = `Cannot tell which resolution this is: ${detection.reason}. Add front matter (body: WTSA) or name it with --role.`;
  return { resolution, diagnostic: diagnostic(RULES.roleUnknown, resolution.file, null, message) };
}

/**
 * A warning when a file named for a role by a flag says it is another resolution: the flag wins (the
 * user may know better than a heading), but a proposal built on a wrong flag is nonsense, so say so.
 */
export function roleMismatch(resolution: Resolution, flagName?: string): Diagnostic | null {
  if (resolution.roleSource !== "flag" || resolution.role === null) return null;
  const detection = detectRole(resolution);
  if (detection.role === null || detection.role === resolution.role) return null;
  const flag = flagName ?? roleFlag(resolution.role);
  const where = detection.source === "front-matter" ? "front matter" : "text";
  // A flag, or a config file's setting ("wsis-consolidate.yaml (itu-d)").
  const what = flag.startsWith("-") ? "flag" : "setting";
  const message = `${flag} names this file ${documentName(resolution.role)}, but its ${where} says it is ${documentName(detection.role)} (${detection.evidence}); the ${what} wins. Check the ${what}.`;
  return diagnostic(RULES.roleMismatch, resolution.file, null, message);
}

/** "Resolution 140", "the ITU-T resolution", as a sentence names a document. */
function documentName(role: Role): string {
  return role === "pp" ? "Resolution 140" : `the ${role} resolution`;
}

/** "--pp", "--itu-r" ... */
export function roleFlag(role: Role): string {
  return ROLE_INFO[role].flag;
}

/** Parses "pp", "itu-r", "ITU-T", "wtdc" ... into a role, or null. */
export function parseRole(value: string): Role | null {
  const lower = value.trim().toLowerCase();
  const exact = ROLES.find((role) => role.toLowerCase() === lower);
  return exact ?? FRONT_MATTER_ROLES[lower] ?? null;
}

/**
 * One resolution per role, for the commands that read all four. `explicit` maps a role to the file
 * named for it (the `--pp`/`--itu-r`/`--itu-t`/`--itu-d` flags); those win over detection. A role that
 * no file fills, a role two files claim, or a file whose role cannot be told is fatal, with a message
 * that says which flag settles it. The resolutions returned carry their role and how it was decided.
 */
export function assignRoles(
  resolutions: readonly Resolution[],
  explicit: Partial<Record<Role, string>> = {},
): Record<Role, Resolution> {
  return allRoles(
    assignSomeRoles(resolutions, explicit),
    resolutions.map((resolution) => resolution.file),
  );
}

/** The four roles filled, or a FatalError naming the first missing one and the files read. */
export function allRoles(
  byRole: Partial<Record<Role, Resolution>>,
  files: readonly string[],
): Record<Role, Resolution> {
  for (const role of ROLES) {
    if (byRole[role]) continue;
    throw new FatalError(
      `no ${ROLE_INFO[role].label} resolution (${ROLE_INFO[role].body}) among ${files.length > 0 ? joinFiles(files) : "the files given"}; name it with ${roleFlag(role)}`,
    );
  }
  return byRole as Record<Role, Resolution>;
}

/**
 * As `assignRoles`, for a command that reads one to four of the resolutions (`check` on a draft and
 * Resolution 140): a role no file fills is left out; a role claimed twice or a file that cannot be
 * placed is still fatal.
 */
export function assignSomeRoles(
  resolutions: readonly Resolution[],
  explicit: Partial<Record<Role, string>> = {},
): Partial<Record<Role, Resolution>> {
  const named = new Map<string, Role>();
  for (const role of ROLES) {
    const file = explicit[role];
    if (file === undefined) continue;
    const other = named.get(file);
    if (other)
      throw new FatalError(
        `is named for both ${roleFlag(other)} and ${roleFlag(role)}; name each file once`,
        file,
      );
    if (!resolutions.some((resolution) => resolution.file === file)) {
      throw new FatalError(`${roleFlag(role)} names this file, but it was not read`, file);
    }
    named.set(file, role);
  }

  const claims = new Map<Role, { resolution: Resolution; why: string }[]>();
  const unknown: { resolution: Resolution; reason: string }[] = [];
  for (const resolution of resolutions) {
    const flagged = named.get(resolution.file);
    if (flagged) {
      addClaim(claims, flagged, { ...resolution, role: flagged, roleSource: "flag" }, roleFlag(flagged));
      continue;
    }
    const detection = detectRole(resolution);
    if (detection.role === null) unknown.push({ resolution, reason: detection.reason });
    else {
      const detected = { ...resolution, role: detection.role, roleSource: detection.source };
      addClaim(claims, detection.role, detected, detection.evidence);
    }
  }

  const firstUnknown = unknown[0];
  if (firstUnknown) {
    throw new FatalError(
      `cannot tell which resolution this is (${firstUnknown.reason}); name it with --pp, --itu-r, --itu-t or --itu-d`,
      firstUnknown.resolution.file,
    );
  }
  for (const role of ROLES) {
    const list = claims.get(role) ?? [];
    if (list.length <= 1) continue;
    const flaggedClaim = list.find((claim) => claim.resolution.roleSource === "flag");
    const others = list.filter((claim) => claim !== flaggedClaim);
    const files = others.map((claim) => claim.resolution.file);
    const missing = ROLES.filter((r) => (claims.get(r) ?? []).length === 0).map(roleFlag);
    const label = ROLE_INFO[role].label;
    if (flaggedClaim) {
      const first = others[0] as { resolution: Resolution; why: string };
      const settle = missing.length > 0 ? missing.join(" or ") : "its own flag";
      throw new FatalError(
        `${first.resolution.file} looks like the ${label} resolution (${first.why}), but ${roleFlag(role)} names ${flaggedClaim.resolution.file}; name ${first.resolution.file} with ${settle}`,
      );
    }
    const verb = files.length === 2 ? "both look" : "all look";
    const rest = missing.length > 0 ? ` and ${missing.join(" / ")}` : "";
    throw new FatalError(
      `${joinFiles(files)} ${verb} like the ${label} resolution (${list[0]?.why}); name them with ${roleFlag(role)}${rest}`,
    );
  }
  const byRole: Partial<Record<Role, Resolution>> = {};
  for (const role of ROLES) {
    const claim = claims.get(role)?.[0];
    if (claim) byRole[role] = claim.resolution;
  }
  return byRole;
}

function addClaim(
  claims: Map<Role, { resolution: Resolution; why: string }[]>,
  role: Role,
  resolution: Resolution,
  why: string,
): void {
  const list = claims.get(role) ?? [];
  list.push({ resolution, why });
  claims.set(role, list);
}

function joinFiles(files: readonly string[]): string {
  if (files.length <= 1) return files.join("");
  return `${files.slice(0, -1).join(", ")} and ${files[files.length - 1]}`;
}

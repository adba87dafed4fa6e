/**
 * The proposal options of `propose` and `report` as the plan and the renderers take them, checked:
 * --revision, the Sector meetings (--itu-r-meeting ...) and --proposal-prefix. A bad value is a
 * FatalError (exit status 2). The options themselves are declared in src/commands/proposal-options.ts.
 */
import type { Role, SectorRole } from "../model.js";
import { DEFAULT_MEETING, DEFAULT_REVISION } from "../plan/defaults.js";

/** The options of `propose` and `report` beyond the four inputs, as commander gives them. */
export interface ProposalCommandOptions {
  revision: string;
  ituRMeeting?: string;
  ituTMeeting?: string;
  ituDMeeting?: string;
  includeVariants?: boolean;
  inviteAssemblies?: boolean;
  /** `BODY=PREFIX`, repeatable (a config file gives one string). */
  proposalPrefix?: string[] | string;
  force?: boolean;
  date?: string;
  conference?: string[];
  document?: string[];
  source?: string;
}

const ROLE_NAMES: Record<string, Role> = { pp: "pp", "itu-r": "ITU-R", "itu-t": "ITU-T", "itu-d": "ITU-D" };

/** What the plan and the renderers take from the proposal options, checked. */
export interface ProposalSettings {
  revision: string;
  meetings: Record<SectorRole, string>;
  /** The proposal identifier's prefix of each body that has one ("ACP/64A1"). */
  prefixes: Partial<Record<Role, string>>;
}

const REVISION = /^Rev\.\s+\S[^,]*,\s*(?:\d{4}|\[Year\])$/;
const MEETING = /^\S[^,]*,\s*(?:\d{4}|\[Year\])$/;

/** Reads --revision, the meetings and --proposal-prefix; a bad value is a FatalError (exit 2). */
export function readProposalSettings(
  options: ProposalCommandOptions,
  FatalError: new (m: string) => Error,
): ProposalSettings {
  const revision = options.revision.trim();
  if (!REVISION.test(revision) || (/\[/.test(revision) && revision !== DEFAULT_REVISION)) {
    throw new FatalError(
      `--revision must read like "Rev. Doha, 2026", or "${DEFAULT_REVISION}" while unknown, not "${options.revision}"`,
    );
  }
  const meetings = {} as Record<SectorRole, string>;
  const given = { "ITU-R": options.ituRMeeting, "ITU-T": options.ituTMeeting, "ITU-D": options.ituDMeeting };
  for (const [role, value] of Object.entries(given) as [SectorRole, string | undefined][]) {
    const meeting = (value ?? DEFAULT_MEETING)
      .trim()
      .replace(/^\((.*)\)$/, "$1")
      .replace(/^Rev\.\s*/i, "");
    if (!MEETING.test(meeting) || (/\[/.test(meeting) && meeting !== DEFAULT_MEETING)) {
      throw new FatalError(
        `--${role.toLowerCase()}-meeting must read like "Geneva, 2027", or "${DEFAULT_MEETING}" while unknown, not "${value}"`,
      );
    }
    meetings[role] = meeting;
  }
  return { revision, meetings, prefixes: readPrefixes(options.proposalPrefix, FatalError) };
}

/** `PP=ACP/64A1`, `ITU-T=...`: one prefix per body. */
function readPrefixes(
  values: string[] | string | undefined,
  FatalError: new (m: string) => Error,
): Partial<Record<Role, string>> {
  const prefixes: Partial<Record<Role, string>> = {};
  for (const value of typeof values === "string" ? [values] : (values ?? [])) {
    const m = /^\s*(pp|itu-[rtd])\s*=\s*(\S(?:.*\S)?)\s*$/i.exec(value);
    const role = m ? ROLE_NAMES[(m[1] as string).toLowerCase()] : undefined;
    if (!m || !role) {
      throw new FatalError(
        `--proposal-prefix must read BODY=PREFIX, BODY one of PP, ITU-R, ITU-T, ITU-D (e.g. "PP=ACP/64A1"), not "${value}"`,
      );
    }
    if (prefixes[role] !== undefined) throw new FatalError(`--proposal-prefix gives ${m[1]} twice`);
    prefixes[role] = (m[2] as string).replace(/\/+$/, "");
  }
  return prefixes;
}

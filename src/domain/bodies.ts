/**
 * The bodies whose resolutions the texts cite, and how a citation names one (docs/domain.md
 * "Citations"). Each body numbers its own resolutions: "Resolution 30 (Rev. Dubai, 2018) of the
 * Plenipotentiary Conference" and the WTDC's own "Resolution 30 (Rev. Kigali, 2022)" are two documents.
 */
import type { Role } from "../model.js";

/** PP, the Radiocommunication Assembly, WTSA, WTDC and the Council: each numbers its own resolutions. */
export type Body = "PP" | "RA" | "WTSA" | "WTDC" | "Council";

export const BODIES: readonly Body[] = ["PP", "RA", "WTSA", "WTDC", "Council"];

/** The body that adopts each of the four documents. */
export const ROLE_BODY: Record<Role, Body> = { pp: "PP", "ITU-R": "RA", "ITU-T": "WTSA", "ITU-D": "WTDC" };

/** How a text outside the body names it after a citation: "... of the World Telecommunication Development Conference". */
export const BODY_NAME: Record<Body, string> = {
  PP: "the Plenipotentiary Conference",
  RA: "the Radiocommunication Assembly",
  WTSA: "the World Telecommunication Standardization Assembly",
  WTDC: "the World Telecommunication Development Conference",
  Council: "the Council",
};

/** The names a citation may give a body, after "of" ("of WTSA-20") or before "Resolution" ("Council Resolution 1332"). */
const NAMES: readonly [string, Body][] = [
  [String.raw`(?:the\s+)?Plenipotentiary\s+Conference(?:\s+\([^()]*\))?|PP(?:-\d{2})?`, "PP"],
  [
    String.raw`(?:the\s+)?World\s+Telecommunication\s+Standardization\s+Assembly(?:\s+\([^()]*\))?|WTSA(?:-\d{2})?`,
    "WTSA",
  ],
  [
    String.raw`(?:the\s+)?World\s+Telecommunication\s+Development\s+Conference(?:\s+\([^()]*\))?|WTDC(?:-\d{2})?`,
    "WTDC",
  ],
  [String.raw`(?:the\s+)?(?:ITU\s+)?Radiocommunication\s+Assembly(?:\s+\([^()]*\))?|RA(?:-\d{2})?`, "RA"],
  [String.raw`(?:the\s+)?(?:ITU\s+)?Council`, "Council"],
];

const AFTER = new RegExp(
  String.raw`^(\s*,?\s*(?:adopted\s+)?(?:of|by)\s+)(?:((?:this|the\s+present)\s+(?:conference|assembly))|${NAMES.map(([n], k) => `(?<b${k}>${n})`).join("|")})(?![\p{L}\p{N}-])`,
  "iu",
);
const BEFORE = new RegExp(
  String.raw`(?<![\p{L}\p{N}-])(?:${NAMES.map(([n], k) => `(?<b${k}>${n})`).join("|")})\s+$`,
  "u",
);

/** A body named next to a citation: which one ("this" for "of this conference"), and where the words stand. */
export interface NamedBody {
  body: Body | "this";
  /** Offsets of the whole phrase in the text searched ("of this conference", ", adopted by WTSA-20"). */
  start: number;
  end: number;
}

/** The body named right after a citation ("of the Plenipotentiary Conference", "of this assembly"), or null. */
export function bodyNamedAfter(text: string, at: number): NamedBody | null {
  const m = AFTER.exec(text.slice(at, at + 160));
  if (!m) return null;
  const end = at + m[0].length;
  if (m[2] !== undefined) return { body: "this", start: at, end };
  const k = NAMES.findIndex((_, index) => m.groups?.[`b${index}`] !== undefined);
  return k < 0 ? null : { body: (NAMES[k] as [string, Body])[1], start: at, end };
}

/** The body named right before "Resolution" ("Council Resolution 1332", "WTSA Resolution 75"), or null. */
export function bodyNamedBefore(text: string, at: number): NamedBody | null {
  const from = Math.max(0, at - 80);
  const m = BEFORE.exec(text.slice(from, at));
  if (!m) return null;
  const k = NAMES.findIndex((_, index) => m.groups?.[`b${index}`] !== undefined);
  return k < 0 ? null : { body: (NAMES[k] as [string, Body])[1], start: from + m.index, end: at };
}

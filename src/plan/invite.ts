/**
 * `--invite-assemblies`: the revised Resolution 140 invites the three Sector meetings to review their
 * resolutions accordingly (docs/domain.md "Consolidation is four proposals"). One new item, under its
 * own keyword group placed in the canonical order of keywords; none when Resolution 140 already has it.
 */
import { ADOPTED_BY, citeWithBody } from "../domain/citations.js";
import { type Resolution, type Role, SECTOR_ROLES } from "../model.js";
import { matchKeyword } from "../parse/keywords.js";
import { insertionIndex } from "./keywords.js";
import { newItem } from "./planned.js";
import type { PlannedSection } from "./types.js";

/** "a, b and c" (the parts may have commas of their own). */
const list = (parts: readonly string[]) => `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;

/** "the Radiocommunication Assembly, the World ... Assembly and the World ... Conference". */
const ASSEMBLIES = list(SECTOR_ROLES.map((r) => ADOPTED_BY[r]));

/** The keyword of the invitation, with its addressees. */
export const INVITE_KEYWORD = `invites ${ASSEMBLIES}`;

const norm = (s: string) => s.replace(/\s+/g, " ").trim().toLowerCase();

/** The wording of the invitation: each Sector resolution named with its body and revision. */
export function invitationWording(byRole: Record<Role, Resolution>): string {
  const cited = list(SECTOR_ROLES.map((r) => citeWithBody(byRole[r])));
  return (
    `to review ${cited} in the light of this resolution, so that each states only the provisions ` +
    "specific to its Sector and recalls those common to the three Sectors in this resolution"
  );
}

/** Adds the invitation to the planned sections of Resolution 140, unless they already have it. */
export function inviteAssemblies(byRole: Record<Role, Resolution>, sections: PlannedSection[]): void {
  if (sections.some((s) => norm(s.keyword) === norm(INVITE_KEYWORD) && s.items.length > 0)) return;
  const match = matchKeyword(INVITE_KEYWORD);
  const family = match?.family ?? "invites";
  sections.splice(insertionIndex(sections, family, "operative"), 0, {
    mark: "ADD",
    origin: null,
    keyword: INVITE_KEYWORD,
    family,
    kind: "operative",
    items: [{ ...newItem({ text: invitationWording(byRole), subitems: [] }, [], []), invitation: true }],
  });
}

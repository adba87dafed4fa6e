/**
 * Which common groups move (docs/domain.md "ITU proposal conventions"): a group not yet in Resolution 140 is
 * added to it, one it already has stays NOC there, one citing Resolution 140 itself gives way to the
 * recalling item, a variant moves only with --include-variants; a malformed group is left in place.
 */
import { addresseeOf, missingParties } from "../align/addressees.js";
import { diagnostic, RULES } from "../diagnostics/index.js";
import {
  type AlignResult,
  type CommonGroup,
  type Diagnostic,
  type Item,
  type ItemRef,
  type Resolution,
  type Role,
  SECTOR_ROLES,
} from "../model.js";
import { type Fates, itemAt, itemKey } from "./planned.js";
import { citesResolution140 } from "./recalling.js";
import type { GroupDecision } from "./types.js";
import { placementNote } from "./variant.js";

/** A group to add to Resolution 140: its Sector members and the decision to complete with its place. */
export interface Addition {
  group: number;
  members: ItemRef[];
  decision: GroupDecision;
}

export interface GroupChoices {
  decisions: GroupDecision[];
  /** What happens to each Sector item of a group that moves. */
  fates: Fates;
  /** The groups to add to Resolution 140, in the order of the analysis. */
  additions: Addition[];
}

/** Decides every group of the analysis; a skipped group is reported in `diagnostics`. */
export function chooseGroups(
  byRole: Record<Role, Resolution>,
  analysis: AlignResult,
  includeVariants: boolean,
  diagnostics: Diagnostic[],
): GroupChoices {
  const fates: Fates = new Map();
  const decisions: GroupDecision[] = [];
  const additions: Addition[] = [];
  analysis.common.forEach((group, index) => {
    const members = group.members.filter((m) => m.role !== "pp");
    const skipped = whySkipped(byRole, members, fates);
    const decision = newDecision(index, group, skipped === null ? "kept-variant" : "skipped");
    decisions.push(decision);
    if (skipped !== null) {
      const first = members[0];
      diagnostics.push(
        diagnostic(
          RULES.planGroupSkipped,
          first?.file ?? byRole.pp.file,
          first ? { line: first.line, column: 1 } : null,
          skipped,
        ),
      );
      return;
    }
    const held = whyHeld(group, includeVariants);
    if (held !== null) {
      decision.action = held.action;
      decision.reason = held.reason;
      if (held.action === "kept-narrower") matchCoveredMembers(byRole, group, index, fates);
      return;
    }
    const cites = members.some((m) => citesResolution140(itemAt(byRole[m.role], m) as Item));
    const ppRef = group.pp && itemAt(byRole.pp, group.pp) ? { ...group.pp, role: "pp" as const } : null;
    decision.action = cites ? "recalling" : ppRef ? "noc" : "add";
    const kind = cites ? "recalled" : ppRef ? "matched" : "moved";
    for (const m of members) fates.set(itemKey(m.role, m.section, m.item), { kind, group: index, pp: ppRef });
    if (decision.action === "add") additions.push({ group: index, members, decision });
  });
  // With nothing moved, there are no common provisions for a recalling item to point to.
  if (!decisions.some((d) => d.action === "add" || d.action === "noc")) {
    for (const d of decisions) if (d.action === "recalling") d.action = "kept-recalling";
    fates.clear();
  }
  return { decisions, fates, additions };
}

/**
 * Why a well-formed group stays in the Sectors for the drafters, or null when it moves (docs/domain.md
 * "What counts as common"): a narrower Resolution 140 link (Resolution 140 addresses fewer parties:
 * suppressing the Sector items would drop an invitation); a substantive difference, which is a decision
 * for the delegations, never taken by majority; and, without --include-variants, editorial differences
 * and a provision the Sectors place under different keywords (unless Resolution 140 already has it).
 */
export function whyHeld(
  group: CommonGroup,
  includeVariants: boolean,
): { action: "kept-narrower" | "kept-variant"; reason: string } | null {
  if (group.pp && group.ppCoverage === "narrower") {
    return { action: "kept-narrower", reason: group.ppNote ?? "Resolution 140 addresses fewer parties" };
  }
  if (group.kind === "variant" && group.variantClass !== "editorial") {
    const reasons = group.differences.filter((d) => d.class !== "editorial").map((d) => d.reason ?? "");
    return {
      action: "kept-variant",
      reason: `a substantive difference, for the delegations to decide: ${reasons.filter(Boolean).join("; ") || "not classified"}`,
    };
  }
  if (includeVariants) return null;
  if (group.kind === "variant") {
    return {
      action: "kept-variant",
      reason: "editorial differences only; --include-variants would harmonize them",
    };
  }
  if (group.placement === "differs" && !(group.pp && group.ppCoverage !== "narrower")) {
    return { action: "kept-variant", reason: placementNote(group) };
  }
  return null;
}

/**
 * A narrower link: the members Resolution 140 already covers (same words, same addressee: "invites
 * Member States" where Resolution 140 invites Member States) say nothing it lacks, so they are
 * suppressed as matched; the members with a wider addressee stay, for a decision. Only when the
 * members differ in nothing but their addressee.
 */
function matchCoveredMembers(
  byRole: Record<Role, Resolution>,
  group: CommonGroup,
  index: number,
  fates: Fates,
): void {
  if (!group.pp || !itemAt(byRole.pp, group.pp)) return;
  if (group.differences.some((d) => d.in !== "addressee")) return;
  const pp = { ...group.pp, role: "pp" as const };
  const ppAddressee = addresseeOf(group.pp.keyword);
  for (const m of group.members) {
    if (missingParties(ppAddressee, addresseeOf(m.keyword)).length > 0) continue;
    fates.set(itemKey(m.role, m.section, m.item), { kind: "matched", group: index, pp });
  }
}

/** Why a group is left in place, or null: one existing item per Sector, none taken by another group. */
function whySkipped(byRole: Record<Role, Resolution>, members: ItemRef[], fates: Fates): string | null {
  const valid =
    SECTOR_ROLES.every((r) => members.filter((m) => m.role === r).length === 1) &&
    members.every((m) => itemAt(byRole[m.role], m) !== undefined);
  const taken = members.some((m) => fates.has(itemKey(m.role, m.section, m.item)));
  if (taken) return "this common group shares an item with another group; it is left in place";
  if (!valid)
    return "this common group does not have exactly one existing item per Sector; it is left in place";
  return null;
}

function newDecision(index: number, group: CommonGroup, action: GroupDecision["action"]): GroupDecision {
  return {
    group: index,
    kind: group.kind,
    variantClass: group.variantClass ?? null,
    placement: group.placement ?? "same",
    family: group.family,
    action,
    section: null,
    item: null,
    choice: null,
    reason: null,
  };
}

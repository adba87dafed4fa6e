/**
 * verifyPlan: nothing lost. Every input item ends in exactly one place (kept in its document, moved to
 * Resolution 140, matched to an item Resolution 140 already has, or replaced by the new recalling item),
 * and that place exists in the planned documents. Run before anything is written.
 */
import { type Resolution, ROLES, type Role, SECTOR_ROLES, type SectorRole } from "../model.js";
import type {
  ConsolidationPlan,
  Placement,
  PlannedDocument,
  PlannedItem,
  PlanVerification,
} from "./types.js";

function documentOf(plan: ConsolidationPlan, role: Role): PlannedDocument {
  return role === "pp" ? plan.pp : plan.sectors[role as SectorRole];
}

export function verifyPlan(plan: ConsolidationPlan, byRole?: Record<Role, Resolution>): PlanVerification {
  const inputs = byRole ?? {
    pp: plan.pp.input,
    "ITU-R": plan.sectors["ITU-R"].input,
    "ITU-T": plan.sectors["ITU-T"].input,
    "ITU-D": plan.sectors["ITU-D"].input,
  };
  const problems: string[] = [];
  const seen = checkPlacements(plan, problems);
  for (const role of ROLES) {
    checkInputPlaced(inputs[role], role, seen, problems);
    checkPlannedItems(plan, inputs[role], role, seen, problems);
  }
  checkAdditions(plan, seen, problems);
  checkRecalling(plan, problems);
  return { ok: problems.length === 0, problems };
}

/** Each placement: placed once, at a destination that exists, is not suppressed and fits its kind. */
function checkPlacements(plan: ConsolidationPlan, problems: string[]): Map<string, number> {
  const seen = new Map<string, number>();
  plan.placements.forEach((p, index) => {
    const k = `${p.from.role}/${p.from.section}/${p.from.item}`;
    if (seen.has(k)) {
      problems.push(
        `${p.from.file}:${p.from.line}: item ${p.from.label ?? ""} is placed twice`.replace("  ", " "),
      );
    }
    seen.set(k, index);
    const planned = documentOf(plan, p.to.document);
    const at = planned.sections[p.to.section]?.items[p.to.item];
    const where = `${p.from.file}:${p.from.line}`;
    if (!at) {
      problems.push(`${where}: its destination does not exist in the plan`);
      return;
    }
    if (at.mark === "SUP") problems.push(`${where}: its destination is suppressed`);
    for (const wrong of wrongDestination(p, at)) problems.push(`${where}: ${wrong}`);
  });
  return seen;
}

/** What is wrong with the planned item at a placement's destination, for the placement's kind. */
function wrongDestination(p: Placement, at: PlannedItem): string[] {
  const wrong: string[] = [];
  switch (p.to.kind) {
    case "kept":
      if (
        p.to.document !== p.from.role ||
        at.origin?.section !== p.from.section ||
        at.origin.item !== p.from.item
      )
        wrong.push("kept, but the planned item is another one");
      if (at.wording) wrong.push("kept, but its text is replaced");
      break;
    case "moved":
      if (
        at.origin !== null ||
        !at.sources.some(
          (r) => r.role === p.from.role && r.section === p.from.section && r.item === p.from.item,
        )
      )
        wrong.push("moved, but the Resolution 140 item does not list it as a source");
      break;
    case "matched":
      if (at.origin?.section !== p.to.pp.section || at.origin.item !== p.to.pp.item)
        wrong.push("matched, but the Resolution 140 item is another one");
      break;
    case "recalled":
      if (p.to.document !== p.from.role || !at.wording)
        wrong.push("recalled, but no recalling item is there");
      break;
  }
  return wrong;
}

/** Every input item has a placement. */
function checkInputPlaced(doc: Resolution, role: Role, seen: Map<string, number>, problems: string[]): void {
  doc.sections.forEach((section, si) => {
    section.items.forEach((item, ii) => {
      if (!seen.has(`${role}/${si}/${ii}`)) {
        problems.push(
          `${doc.file}:${item.line}: item ${item.label ?? "(unlabelled)"} under "${section.keyword}" has no place in the plan`,
        );
      }
    });
  });
}

/** Each input item stands at most once in its planned document, and a suppressed one has gone somewhere. */
function checkPlannedItems(
  plan: ConsolidationPlan,
  doc: Resolution,
  role: Role,
  seen: Map<string, number>,
  problems: string[],
): void {
  const origins = new Set<string>();
  for (const s of documentOf(plan, role).sections) {
    for (const it of s.items) {
      if (!it.origin) continue;
      const k = `${it.origin.section}/${it.origin.item}`;
      if (origins.has(k))
        problems.push(
          `${doc.file}: the item at section ${it.origin.section + 1}, item ${it.origin.item + 1} appears twice`,
        );
      origins.add(k);
      if (it.mark === "SUP" && seen.get(`${role}/${k}`) === undefined) {
        problems.push(`${doc.file}: a suppressed item has no destination`);
      }
      if (it.mark === "SUP") {
        const placement = plan.placements[seen.get(`${role}/${k}`) ?? -1];
        if (placement?.to.kind === "kept") problems.push(`${doc.file}: a suppressed item is marked as kept`);
      }
    }
  }
}

/** Every item added to Resolution 140 comes from one item of each Sector, each placed there. */
function checkAdditions(plan: ConsolidationPlan, seen: Map<string, number>, problems: string[]): void {
  plan.pp.sections.forEach((s, si) => {
    s.items.forEach((it: PlannedItem, ii) => {
      if (it.origin !== null || it.invitation) return;
      if (it.sources.length !== SECTOR_ROLES.length)
        problems.push(
          `Resolution 140: the new item ${it.label ?? ""} does not come from one item per Sector`,
        );
      for (const r of it.sources) {
        const p = plan.placements[seen.get(`${r.role}/${r.section}/${r.item}`) ?? -1];
        if (p?.to.kind !== "moved" || p.to.section !== si || p.to.item !== ii) {
          problems.push(`${r.file}:${r.line}: source of a new Resolution 140 item, but not placed there`);
        }
      }
    });
  });
}

/** Each Sector has at most one recalling item. */
function checkRecalling(plan: ConsolidationPlan, problems: string[]): void {
  for (const role of SECTOR_ROLES) {
    const recalling = plan.sectors[role].sections.flatMap((s) =>
      s.items.filter((i) => i.wording && i.mark !== "SUP"),
    );
    if (recalling.length > 1)
      problems.push(`${plan.sectors[role].input.file}: more than one new recalling item`);
  }
}

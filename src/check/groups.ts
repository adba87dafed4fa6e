/**
 * Rules on the analysis of the three Sectors (src/align): identical text that Resolution 140 lacks
 * (`common-not-consolidated`) and common text whose wordings differ (`drift-editorial`,
 * `drift-substantive`). One finding per member, so each Sector's file gets its annotation.
 */
import { diagnostic, RULES } from "../diagnostics/index.js";
import type { Rule } from "../diagnostics/rule.js";
import { findCitations } from "../domain/citations.js";
import type { AlignResult, CommonGroup, Item, Resolution, Role, WordDifference } from "../model.js";
import { itemParts, placeName } from "./places.js";
import type { Finding } from "./types.js";

export type VariantClass = "editorial" | "substantive";

/**
 * Whether a variant group's differences are editorial or substantive, as align classed them (each
 * difference by the classes of the terms YAML). A group align did not class counts as substantive: a
 * difference not known to be editorial is a decision for the delegations (docs/domain.md).
 */
export function variantClass(group: CommonGroup): VariantClass {
  return group.variantClass === "editorial" ? "editorial" : "substantive";
}

/** Whether an item cites Resolution 140 itself: the Sectors' pointer to it, never consolidated. */
export function citesResolution140(item: Item): boolean {
  for (const part of itemParts(item)) if (findCitations(part.text).some((c) => c.key === "140")) return true;
  return false;
}

function itemOf(byRole: Partial<Record<Role, Resolution>>, role: Role, section: number, index: number) {
  return byRole[role]?.sections[section]?.items[index];
}

function perMember(
  group: CommonGroup,
  byRole: Partial<Record<Role, Resolution>>,
  rule: Rule,
  message: (others: string, keyword: string) => string,
): Finding[] {
  return group.members.map((member) => {
    const item = itemOf(byRole, member.role, member.section, member.item);
    const others = group.members
      .filter((m) => m !== member)
      .map((m) => `${m.role} ${m.label ?? "¶"} at ${placeName(m.file, m.line, byRole[m.role])}`)
      .join(", ");
    return {
      ...diagnostic(
        rule,
        member.file,
        { line: member.line, column: item?.column ?? 1 },
        message(others, member.keyword),
      ),
      related: group.members
        .filter((m) => m !== member)
        .map((m) => ({
          file: m.file,
          line: m.line,
          column: 1,
          message: `${m.role} ${m.keyword} ${m.label ?? ""}`.trim(),
        })),
    };
  });
}

export function commonNotConsolidated(
  analysis: AlignResult,
  byRole: Partial<Record<Role, Resolution>>,
): Finding[] {
  return analysis.common
    .filter((g) => g.kind === "identical" && g.pp === null)
    .filter(
      (g) =>
        !g.members.some((m) => {
          const item = itemOf(byRole, m.role, m.section, m.item);
          return item !== undefined && citesResolution140(item);
        }),
    )
    .flatMap((g) =>
      perMember(
        g,
        byRole,
        RULES.commonNotConsolidated,
        (others, keyword) =>
          `This "${keyword}" item is identical in the three Sectors (also ${others}) and Resolution 140 does not have it.`,
      ),
    );
}

/** `…⟨sector⟩ [ITU-R: shall | ITU-D: should] contribute…` */
export function formatDifference(d: WordDifference): string {
  const readings = Object.entries(d.readings)
    .map(([role, words]) => `${role}: ${words === "" ? "∅" : words}`)
    .join(" | ");
  const after = d.after ? `${/^[,;:.!?)\]]/.test(d.after) ? "" : " "}${d.after}…` : "";
  return `${d.before ? `…${d.before} ` : ""}[${readings}]${after}`;
}

export function drift(analysis: AlignResult, byRole: Partial<Record<Role, Resolution>>): Finding[] {
  return analysis.common
    .filter((g) => g.kind === "variant")
    .flatMap((g) => {
      const editorial = variantClass(g) === "editorial";
      const shown = g.differences.slice(0, 3).map(formatDifference).join("; ");
      const more = g.differences.length > 3 ? `; and ${g.differences.length - 3} more` : "";
      return perMember(
        g,
        byRole,
        editorial ? RULES.driftEditorial : RULES.driftSubstantive,
        (others: string) =>
          `Common text worded differently in the Sectors (also ${others}): ${shown}${more}.`,
      );
    });
}

/**
 * consolidation.json: the plan as data. Every input item with where it went (document, keyword, label,
 * line in the output), the items added to Resolution 140 with their sources and review notes, the
 * decisions on each common group, the reference changes, the diagnostics and the summary. No times and
 * no absolute paths: the same inputs give the same bytes.
 */
import { type Item, type ItemRef, ROLES, type Role, SECTOR_ROLES } from "../model.js";
import { locateDiagnostics, paragraphAt } from "../paragraphs.js";
import { labelTable } from "../plan/label-table.js";
import { recallingText } from "../plan/recalling.js";
import type { ConsolidationPlan, PlannedDocument, PlannedItem } from "../plan/types.js";
import type { RenderedMarkdown } from "./markdown.js";
import type { ProposalSummary } from "./summary.js";

export interface JsonContext {
  rendered: Record<Role, RenderedMarkdown>;
  /** The output file (name in the output folder) of each document's clean text. */
  outputs: Record<Role, string>;
  files: string[];
  summary: ProposalSummary;
}

function documentOf(plan: ConsolidationPlan, role: Role): PlannedDocument {
  return role === "pp" ? plan.pp : plan.sectors[role as Exclude<Role, "pp">];
}

/** For a Word (.docx) input, `{ paragraph }`: the body paragraph of an input line; nothing for Markdown. */
function paragraphOf(plan: ConsolidationPlan, role: Role, line: number | null): { paragraph?: number } {
  const paragraph = paragraphAt(documentOf(plan, role).input, line);
  return paragraph === undefined ? {} : { paragraph };
}

function inputItem(plan: ConsolidationPlan, ref: ItemRef): Item | undefined {
  return documentOf(plan, ref.role).input.sections[ref.section]?.items[ref.item];
}

function place(plan: ConsolidationPlan, ctx: JsonContext, role: Role, section: number, item: number) {
  const planned = documentOf(plan, role);
  const s = planned.sections[section];
  const it = s?.items[item] as PlannedItem | undefined;
  return {
    file: ctx.outputs[role],
    keyword: s?.keyword ?? null,
    label: it?.label ?? null,
    line: it ? (ctx.rendered[role].lines.get(it) ?? null) : null,
  };
}

/**
 * The version of consolidation.json (docs/formats.md): 2 added each group's variant class, placement
 * and reason, and the kept-narrower action. `check --baseline` reads every version it has written.
 */
export const CONSOLIDATION_FORMAT = 2;

export function renderConsolidationJson(plan: ConsolidationPlan, ctx: JsonContext): string {
  const json = {
    tool: "wsis-consolidate",
    format: CONSOLIDATION_FORMAT,
    revision: plan.revision,
    meetings: plan.meetings,
    includeVariants: plan.includeVariants,
    inputs: inputsJson(plan),
    outputs: ctx.files,
    summary: ctx.summary,
    groups: groupsJson(plan, ctx),
    additions: additionsJson(plan, ctx),
    invitation: invitationJson(plan, ctx),
    recalling: recallingJson(plan, ctx),
    items: itemsJson(plan, ctx),
    crossReferences: crossReferencesJson(plan),
    labels: labelsJson(plan, ctx),
    // By body, then number: "Resolution 30" of PP and of WTDC are two documents.
    citations: plan.citations,
    diagnostics: locateDiagnostics(
      plan.diagnostics,
      ROLES.map((role) => documentOf(plan, role).input),
    ),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

/** Each input: its number, revision and how many items it has. */
function inputsJson(plan: ConsolidationPlan) {
  return ROLES.map((role) => {
    const doc = documentOf(plan, role).input;
    return {
      role,
      file: doc.file,
      number: doc.number,
      revision: doc.revision?.text ?? null,
      items: doc.sections.reduce((n, s) => n + s.items.length, 0),
    };
  });
}

/** Every input item and where it went. */
function itemsJson(plan: ConsolidationPlan, ctx: JsonContext) {
  return plan.placements.map((p) => {
    const from = {
      role: p.from.role,
      file: p.from.file,
      line: p.from.line,
      ...paragraphOf(plan, p.from.role, p.from.line),
      keyword: p.from.keyword,
      label: p.from.label,
      text: inputItem(plan, p.from)?.text ?? null,
    };
    const to: Record<string, unknown> = {
      kind: p.to.kind,
      ...place(plan, ctx, p.to.document, p.to.section, p.to.item),
    };
    if (p.to.kind === "matched") {
      to.resolution140 = {
        file: p.to.pp.file,
        line: p.to.pp.line,
        ...paragraphOf(plan, "pp", p.to.pp.line),
        keyword: p.to.pp.keyword,
        label: p.to.pp.label,
      };
    }
    return { from, to, group: p.group };
  });
}

/** The items added to Resolution 140, with their text, sources and review notes. */
function additionsJson(plan: ConsolidationPlan, ctx: JsonContext) {
  return plan.pp.sections.flatMap((s, si) =>
    s.items.flatMap((it, ii) =>
      it.mark === "ADD" && !it.invitation
        ? [
            {
              ...place(plan, ctx, "pp", si, ii),
              newKeyword: s.mark === "ADD",
              text: it.wording
                ? [
                    it.wording.text,
                    ...it.wording.subitems.map((x) => `${x.label ? `${x.label} ` : ""}${x.text}`),
                  ].join(" ") + (it.newEnding ?? "")
                : null,
              sources: it.sources.map((r) => ({
                role: r.role,
                file: r.file,
                line: r.line,
                ...paragraphOf(plan, r.role, r.line),
                keyword: r.keyword,
                label: r.label,
              })),
              review: it.review,
            },
          ]
        : [],
    ),
  );
}

/** With --invite-assemblies: the item inviting the Sector meetings to review their resolutions. */
function invitationJson(plan: ConsolidationPlan, ctx: JsonContext) {
  for (const [si, s] of plan.pp.sections.entries()) {
    for (const [ii, it] of s.items.entries()) {
      if (it.invitation && it.wording)
        return { ...place(plan, ctx, "pp", si, ii), text: it.wording.text + (it.newEnding ?? "") };
    }
  }
  return null;
}

/** The recalling item of each Sector: new, rewritten, or its own kept with the citation updated. */
function recallingJson(plan: ConsolidationPlan, ctx: JsonContext) {
  return SECTOR_ROLES.flatMap((role) =>
    plan.sectors[role].sections.flatMap((s, si) =>
      s.items.flatMap((it, ii) => {
        if (!it.recalling || it.mark === "SUP") return [];
        const source = it.origin
          ? plan.sectors[role].input.sections[it.origin.section]?.items[it.origin.item]
          : undefined;
        const text = it.wording
          ? it.wording.text + (it.newEnding ?? "")
          : source
            ? recallingText(source, plan.revision)
            : "";
        return [{ role, mark: it.mark, ...place(plan, ctx, role, si, ii), text }];
      }),
    ),
  );
}

/** Each Sector's table of old and new labels, for the documents that cite its provisions. */
function labelsJson(plan: ConsolidationPlan, ctx: JsonContext) {
  return Object.fromEntries(
    SECTOR_ROLES.map((role) => [
      role,
      labelTable(plan, role).map((row) => ({
        keyword: row.keyword,
        from: row.from,
        line: row.line,
        ...paragraphOf(plan, role, row.line),
        kind: row.kind,
        to: { file: ctx.outputs[row.to.document], keyword: row.to.keyword, label: row.to.label },
      })),
    ]),
  );
}

/** The decision on each common group. */
function groupsJson(plan: ConsolidationPlan, ctx: JsonContext) {
  return plan.decisions.map((d) => ({
    group: d.group,
    kind: d.kind,
    variantClass: d.variantClass,
    family: d.family,
    placement: d.placement,
    action: d.action,
    reason: d.reason,
    resolution140: d.section !== null && d.item !== null ? place(plan, ctx, "pp", d.section, d.item) : null,
    choice: d.choice,
  }));
}

/** The references renumbered, and those whose target has gone. */
function crossReferencesJson(plan: ConsolidationPlan) {
  return SECTOR_ROLES.flatMap((role) =>
    plan.sectors[role].sections.flatMap((s) =>
      s.items.flatMap((it) =>
        it.crossReferences.map((c) => {
          const source = it.origin
            ? plan.sectors[role].input.sections[it.origin.section]?.items[it.origin.item]
            : undefined;
          return {
            file: plan.sectors[role].input.file,
            line: source?.line ?? null,
            ...paragraphOf(plan, role, source?.line ?? null),
            keyword: c.keyword,
            from: c.from,
            to: c.to,
            status: c.status,
          };
        }),
      ),
    ),
  );
}

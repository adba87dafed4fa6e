/**
 * The meeting report as data: what the HTML and Markdown reports show and the Word proposals hold,
 * built once from the plan, the analysis and the rendered texts of `propose`. Renderers only lay it out.
 */
import { citeDocument } from "../../domain/citations.js";
import {
  type AlignResult,
  type CommonGroup,
  type Item,
  type ItemRef,
  type Role,
  SECTOR_ROLES,
  type SectorRole,
  type WordDifference,
} from "../../model.js";
import { plainText } from "../../plan/prose.js";
import type { ConsolidationPlan, Mark, PlannedDocument, PlannedItem } from "../../plan/types.js";
import { OUTPUT_NAMES, type RenderedProposal } from "../index.js";
import type { ProposalSummary } from "../summary.js";
import { type DifferenceClass, markDifferences, type ReportWording, WordTokens } from "./differences.js";
import { type RevisionDocument, readRevision } from "./revision.js";

/** How a difference between wordings weighs (docs/domain.md "Identical, variant, and what is common"). */
export type { DifferenceClass, ReportWording, Token, WordTokens } from "./differences.js";

/** A group's class where align gives one; null until then ("not classified"). */
export interface GroupClassification {
  /** The variant's class: substantive when any of its differences is, else editorial. */
  variant: DifferenceClass | null;
  /** The class of each word difference, by index in `CommonGroup.differences`. */
  differences: (DifferenceClass | null)[];
}

/**
 * The one place where align's classification of differences (editorial or substantive, per
 * difference and per group) plugs into the reports; a group align did not class shows "not classified".
 */
export function classifyGroup(group: CommonGroup): GroupClassification {
  return {
    variant: group.kind === "variant" ? (group.variantClass ?? null) : null,
    differences: group.differences.map((d) => d.class ?? null),
  };
}

export interface ReportDifference {
  before: string;
  after: string;
  readings: Partial<Record<SectorRole, string>>;
  class: DifferenceClass | null;
}

export type GroupAction = ConsolidationPlan["decisions"][number]["action"];

export interface ReportGroup {
  /** 1-based number in the report (G1, G2 ...; P1, P2 ... for two-Sector groups). */
  id: string;
  kind: CommonGroup["kind"];
  classification: GroupClassification;
  family: string;
  score: number;
  rules: string[];
  /** Resolution 140 as it is, when it already has the provision. */
  current: ReportWording | null;
  members: ReportWording[];
  /** Resolution 140 as proposed (added or already there), else null. */
  proposed: ReportWording | null;
  action: GroupAction | "two-sectors";
  /** The decision in a few words ("ADD", "already in Resolution 140" ...). */
  decision: string;
  /** Why, in a sentence. */
  why: string;
  differences: ReportDifference[];
}

export interface ReviewEntry {
  role: Role;
  file: string;
  line: number | null;
  keyword: string;
  label: string | null;
  mark: Mark;
  notes: string[];
}

export interface LabelRow {
  keyword: string;
  from: string | null;
  to: string | null;
  mark: Mark;
  /** Where the item went, in words. */
  fate: string;
}

export interface ReportDocument {
  role: Role;
  /** "Resolution 140", "Resolution ITU-R 61-2" ... */
  name: string;
  /** The body that adopts it: "Plenipotentiary Conference" ... */
  body: string;
  input: string;
  output: string;
  revision: RevisionDocument;
}

export interface GroupCount {
  kind: string;
  label: string;
  count: number;
}

export interface ReportModel {
  title: string;
  /** ISO date, YYYY-MM-DD. */
  date: string;
  revision: string;
  includeVariants: boolean;
  files: Record<Role, string>;
  summary: ProposalSummary;
  counts: GroupCount[];
  groups: ReportGroup[];
  partial: ReportGroup[];
  review: ReviewEntry[];
  labels: { role: SectorRole; name: string; rows: LabelRow[] }[];
  documents: ReportDocument[];
  warnings: string[];
}

export const ROLE_NAMES: Record<Role, string> = {
  pp: "Resolution 140",
  "ITU-R": "ITU-R",
  "ITU-T": "ITU-T",
  "ITU-D": "ITU-D",
};

export const BODIES: Record<Role, string> = {
  pp: "Plenipotentiary Conference",
  "ITU-R": "Radiocommunication Assembly",
  "ITU-T": "World Telecommunication Standardization Assembly",
  "ITU-D": "World Telecommunication Development Conference",
};

const documentOf = (plan: ConsolidationPlan, role: Role): PlannedDocument =>
  role === "pp" ? plan.pp : plan.sectors[role as SectorRole];

const itemOf = (plan: ConsolidationPlan, ref: ItemRef): Item | undefined =>
  documentOf(plan, ref.role).input.sections[ref.section]?.items[ref.item];

/** An item's text as a reader sees it: label, text, sub-items. */
function itemText(item: Item): string {
  const parts = [item.label ? `${item.label} ${item.text}` : item.text];
  for (const s of item.subitems) parts.push(itemText(s));
  return parts.join(" ");
}

function plannedText(item: PlannedItem, source: Item | undefined): string {
  if (item.wording) {
    // The wording is Markdown (a moved item keeps its markup): the report shows it as a reader reads it.
    const text = plainText(item.wording.text);
    const parts = [item.label ? `${item.label} ${text}` : text];
    for (const s of item.wording.subitems) {
      const sub = plainText(s.text);
      parts.push(s.label ? `${s.label} ${sub}` : sub);
    }
    return parts.join(" ") + (item.newEnding ?? "");
  }
  return source ? itemText(source) : "";
}

function wordingOf(plan: ConsolidationPlan, ref: ItemRef): ReportWording {
  const item = itemOf(plan, ref);
  const text = item ? itemText(item) : "";
  return {
    role: ref.role,
    file: ref.file,
    line: ref.line,
    label: ref.label,
    keyword: ref.keyword,
    text,
    tokens: WordTokens.of(text),
  };
}

const place = (keyword: string, label: string | null) => (label ? `${keyword} ${label}` : keyword);

function decisionOf(
  plan: ConsolidationPlan,
  index: number,
): { action: GroupAction; decision: string; why: string } {
  const d = plan.decisions.find((x) => x.group === index);
  if (!d) return { action: "skipped", decision: "left in place", why: "The plan made no decision on it." };
  const at =
    d.section !== null && d.item !== null
      ? place(
          plan.pp.sections[d.section]?.keyword ?? d.family,
          plan.pp.sections[d.section]?.items[d.item]?.label ?? null,
        )
      : null;
  switch (d.action) {
    case "add":
      return {
        action: d.action,
        decision: `ADD to Resolution 140${at ? ` as ${at}` : ""}`,
        why: d.choice
          ? `A variant moved with --include-variants: the wording of ${d.choice.wording} (${d.choice.reason}). The Sector items are suppressed.`
          : "Identical in the three Sectors and not yet in Resolution 140: stated once there in neutral wording; the Sector items are suppressed.",
      };
    case "noc":
      return {
        action: d.action,
        decision: "already in Resolution 140",
        why: "Resolution 140 already says the same: it stays unchanged, and the Sector items are suppressed.",
      };
    case "recalling":
      return {
        action: d.action,
        decision: "replaced by the recalling item",
        why: "It cites Resolution 140 itself, so it cannot move there: each Sector keeps one recalling item that points to the common provisions.",
      };
    case "kept-recalling":
      return {
        action: d.action,
        decision: "kept in the Sectors",
        why: "It cites Resolution 140 itself and nothing else moves, so it is left as it is.",
      };
    case "kept-variant":
      return {
        action: d.action,
        decision: "kept for the drafters",
        why: d.reason
          ? `Kept in the Sectors: ${d.reason}.`
          : "A variant: the wordings differ, and choosing one is for the delegations (propose --include-variants moves the wording most Sectors share).",
      };
    case "kept-narrower":
      return {
        action: d.action,
        decision: "in Resolution 140 for fewer addressees",
        why: `${d.reason ?? "Resolution 140 addresses fewer parties"}. The Sector items with the wider addressee stay, for a decision: widen Resolution 140's addressee, or keep them.`,
      };
    default:
      return {
        action: d.action,
        decision: "left in place",
        why: "It shares an item with another group or lacks one item per Sector; check it with analyze.",
      };
  }
}

function findPlanned(planned: PlannedDocument, ref: ItemRef): PlannedItem | null {
  for (const s of planned.sections) {
    for (const i of s.items) {
      if (i.origin && i.origin.section === ref.section && i.origin.item === ref.item) return i;
    }
  }
  return null;
}

function keywordOf(planned: PlannedDocument, item: PlannedItem): string {
  return planned.sections.find((s) => s.items.includes(item))?.keyword ?? "";
}

function buildGroup(
  plan: ConsolidationPlan,
  rendered: RenderedProposal,
  group: CommonGroup,
  index: number,
  id: string,
  partial: boolean,
): ReportGroup {
  const classification = classifyGroup(group);
  const members = group.members.map((m) => wordingOf(plan, m));
  markDifferences(members, group, classification.differences);
  const current = group.pp ? wordingOf(plan, group.pp) : null;
  let proposed: ReportWording | null = null;
  const { action, decision, why } = partial
    ? {
        action: "two-sectors" as const,
        decision: "kept in the two Sectors",
        why: "Found in two Sectors only: not common text, so nothing moves.",
      }
    : decisionOf(plan, index);
  const ppLines = rendered.markdown.pp.lines;
  if (!partial) {
    const d = plan.decisions.find((x) => x.group === index);
    let item: PlannedItem | null = null;
    if (d?.action === "add" && d.section !== null && d.item !== null) {
      item = plan.pp.sections[d.section]?.items[d.item] ?? null;
    } else if (d?.action === "noc" && group.pp) {
      item = findPlanned(plan.pp, group.pp);
    }
    if (item) {
      const source = item.origin
        ? plan.pp.input.sections[item.origin.section]?.items[item.origin.item]
        : undefined;
      const text = plannedText(item, source);
      proposed = {
        role: "pp",
        file: OUTPUT_NAMES.pp.clean,
        line: ppLines.get(item) ?? null,
        label: item.label,
        keyword: keywordOf(plan.pp, item),
        text,
        tokens: WordTokens.of(text),
      };
    }
  }
  return {
    id,
    kind: group.kind,
    classification,
    family: group.family,
    score: group.score,
    rules: group.rules,
    current,
    members,
    proposed,
    action,
    decision,
    why,
    differences: group.differences.map((d: WordDifference, i) => ({
      before: d.before ?? "",
      after: d.after ?? "",
      readings: d.readings,
      class: classification.differences[i] ?? null,
    })),
  };
}

function fateOf(plan: ConsolidationPlan, item: PlannedItem): string {
  if (item.mark !== "SUP") {
    if (item.origin === null) return "new recalling item";
    if (item.wording) return "rewritten as the recalling item";
    return item.oldLabel === item.label ? "kept" : "kept, relabelled";
  }
  const p = item.placement === null ? undefined : plan.placements[item.placement];
  if (!p) return "suppressed";
  const to = p.to;
  const ppItem = (section: number, i: number) =>
    place(plan.pp.sections[section]?.keyword ?? "", plan.pp.sections[section]?.items[i]?.label ?? null);
  switch (to.kind) {
    case "moved":
      return `moved to Resolution 140 ${ppItem(to.section, to.item)}`;
    case "matched":
      return `already in Resolution 140 (${place(to.pp.keyword, to.pp.label)})`;
    case "recalled":
      return "merged into the recalling item";
    default:
      return "kept";
  }
}

export interface ReportInputs {
  plan: ConsolidationPlan;
  analysis: AlignResult;
  rendered: RenderedProposal;
  /** ISO date, YYYY-MM-DD. */
  date: string;
}

export function buildReport({ plan, analysis, rendered, date }: ReportInputs): ReportModel {
  const roles: Role[] = ["pp", ...SECTOR_ROLES];
  const files = Object.fromEntries(roles.map((r) => [r, documentOf(plan, r).input.file])) as Record<
    Role,
    string
  >;
  const groups = analysis.common.map((g, i) => buildGroup(plan, rendered, g, i, `G${i + 1}`, false));
  const partial = analysis.partial.map((g, i) => buildGroup(plan, rendered, g, i, `P${i + 1}`, true));
  const counts: GroupCount[] = [];
  const identical = groups.filter((g) => g.kind === "identical").length;
  counts.push({ kind: "identical", label: "identical", count: identical });
  // Variant classes come from align (classifyGroup); a variant align did not class is "not classified".
  const variants = groups.filter((g) => g.kind === "variant");
  for (const cls of ["substantive", "editorial", null] as const) {
    const n = variants.filter((g) => g.classification.variant === cls).length;
    // Editorial and substantive are always counted (a zero says something); "not classified" only when present.
    if (cls !== null || n > 0) {
      counts.push({
        kind: cls ? `variant-${cls}` : "variant",
        label: cls ? `${cls} variant` : "variant (not classified)",
        count: n,
      });
    }
  }
  const placement = analysis.common.filter((g) => g.placement === "differs").length;
  counts.push({ kind: "placement", label: "placed under different keywords", count: placement });
  const narrower = analysis.common.filter((g) => g.pp && g.ppCoverage === "narrower").length;
  counts.push({ kind: "narrower", label: "in Resolution 140 for fewer addressees", count: narrower });
  counts.push({ kind: "two-sectors", label: "two Sectors only", count: partial.length });

  const review: ReviewEntry[] = [];
  for (const role of roles) {
    const planned = documentOf(plan, role);
    for (const s of planned.sections) {
      for (const i of s.items) {
        if (i.mark === "SUP" || i.review.length === 0) continue;
        review.push({
          role,
          file: OUTPUT_NAMES[role].clean,
          line: rendered.markdown[role].lines.get(i) ?? null,
          keyword: s.keyword,
          label: i.label,
          mark: i.mark,
          notes: i.review.map((n) => n.message),
        });
      }
    }
  }
  const labels = SECTOR_ROLES.map((role) => {
    const planned = plan.sectors[role];
    const rows: LabelRow[] = planned.sections.flatMap((s) =>
      s.items.map((i) => ({
        keyword: s.keyword,
        from: i.origin ? i.oldLabel : null,
        to: i.mark === "SUP" ? null : i.label,
        mark: i.mark,
        fate: fateOf(plan, i),
      })),
    );
    return { role, name: citeDocument(planned.input), rows };
  });
  const documents: ReportDocument[] = roles.map((role) => {
    const planned = documentOf(plan, role);
    return {
      role,
      name: citeDocument(planned.input),
      body: BODIES[role],
      input: planned.input.file,
      output: OUTPUT_NAMES[role].clean,
      revision: readRevision(rendered.markdown[role].revision, planned),
    };
  });
  return {
    title: "Consolidating the WSIS resolutions into Resolution 140",
    date,
    revision: plan.revision,
    includeVariants: plan.includeVariants,
    files,
    summary: rendered.summary,
    counts,
    groups,
    partial,
    review,
    labels,
    documents,
    warnings: plan.diagnostics
      .filter((d) => d.severity !== "info")
      .map((d) => `${d.file}${d.line ? `:${d.line}` : ""}: ${d.message}`),
  };
}

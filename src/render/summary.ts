/**
 * The numbers of a proposal (items moved, words and percentage saved per Sector) as data. Their
 * terminal form is src/terminal/summary.ts.
 */
import { type Role, SECTOR_ROLES } from "../model.js";
import type { ConsolidationPlan, PlannedDocument } from "../plan/types.js";
import { countWords } from "./words.js";

export interface DocumentSummary {
  role: Role;
  file: string;
  output: string;
  itemsBefore: number;
  itemsAfter: number;
  /** Sector items suppressed, by where they went. */
  moved: number;
  matched: number;
  recalled: number;
  /**
   * Items added (Resolution 140: moved in, the invitation of --invite-assemblies aside; a Sector: its
   * new recalling item).
   */
  added: number;
  changed: number;
  wordsBefore: number;
  wordsAfter: number;
  /** wordsBefore - wordsAfter (negative where the text grows, as Resolution 140 does). */
  wordsSaved: number;
  percentSaved: number;
}

export interface ProposalSummary {
  revision: string;
  documents: DocumentSummary[];
  sectors: { wordsBefore: number; wordsAfter: number; wordsSaved: number; percentSaved: number };
  /** Words saved over all four texts: the Sectors' savings less what Resolution 140 gains. */
  netWordsSaved: number;
  groups: {
    moved: number;
    alreadyInResolution140: number;
    recalling: number;
    variantsLeft: number;
    /** Groups Resolution 140 has for fewer addressees: the wider Sector items stay, for a decision. */
    narrowerLeft: number;
    /** Variant groups moved (--include-variants): whose wording was used, group by group. */
    variantChoices: { family: string; at: string; wording: string; reason: string }[];
  };
  review: number;
  warnings: number;
}

const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((1000 * part) / whole) / 10);

function documentSummary(
  plan: ConsolidationPlan,
  planned: PlannedDocument,
  before: string,
  after: string,
  output: string,
): DocumentSummary {
  const items = planned.sections.flatMap((s) => s.items);
  const counts = { moved: 0, matched: 0, recalled: 0 };
  for (const i of items) {
    const p = i.placement === null ? undefined : plan.placements[i.placement];
    if (p && p.to.kind !== "kept") counts[p.to.kind]++;
  }
  const wordsBefore = countWords(before);
  const wordsAfter = countWords(after);
  return {
    role: planned.role,
    file: planned.input.file,
    output,
    itemsBefore: planned.input.sections.reduce((n, s) => n + s.items.length, 0),
    itemsAfter: items.filter((i) => i.mark !== "SUP").length,
    ...counts,
    added: items.filter((i) => i.mark === "ADD" && !i.invitation).length,
    changed: items.filter((i) => i.mark === "MOD").length,
    wordsBefore,
    wordsAfter,
    wordsSaved: wordsBefore - wordsAfter,
    percentSaved: percent(wordsBefore - wordsAfter, wordsBefore),
  };
}

export function summarize(
  plan: ConsolidationPlan,
  texts: Record<Role, { before: string; after: string; output: string }>,
): ProposalSummary {
  const documents = (["pp", ...SECTOR_ROLES] as Role[]).map((role) =>
    documentSummary(
      plan,
      role === "pp" ? plan.pp : plan.sectors[role],
      texts[role].before,
      texts[role].after,
      texts[role].output,
    ),
  );
  const sectorDocs = documents.filter((d) => d.role !== "pp");
  const wordsBefore = sectorDocs.reduce((n, d) => n + d.wordsBefore, 0);
  const wordsAfter = sectorDocs.reduce((n, d) => n + d.wordsAfter, 0);
  const pp = documents[0] as DocumentSummary;
  const count = (action: string) => plan.decisions.filter((d) => d.action === action).length;
  const review = [plan.pp, ...SECTOR_ROLES.map((r) => plan.sectors[r])]
    .flatMap((d) => d.sections.flatMap((s) => s.items))
    .filter((i) => i.mark !== "SUP" && i.review.length > 0).length;
  return {
    revision: plan.revision,
    documents,
    sectors: {
      wordsBefore,
      wordsAfter,
      wordsSaved: wordsBefore - wordsAfter,
      percentSaved: percent(wordsBefore - wordsAfter, wordsBefore),
    },
    netWordsSaved: wordsBefore - wordsAfter + pp.wordsSaved,
    groups: {
      moved: count("add"),
      alreadyInResolution140: count("noc"),
      recalling: count("recalling"),
      variantsLeft: count("kept-variant"),
      narrowerLeft: count("kept-narrower"),
      variantChoices: plan.decisions.flatMap((d) =>
        d.choice
          ? [
              {
                family: d.family,
                at: `${plan.pp.sections[d.section ?? -1]?.keyword ?? d.family} ${plan.pp.sections[d.section ?? -1]?.items[d.item ?? -1]?.label ?? ""}`.trimEnd(),
                wording: d.choice.wording,
                reason: d.choice.reason,
              },
            ]
          : [],
      ),
    },
    review,
    warnings: plan.diagnostics.filter((d) => d.severity !== "info").length,
  };
}

/**
 * The wording of a Sector item for Resolution 140: its source Markdown (src/plan/moved-item.ts) with
 * the Sector's terms made neutral, the newest revision of each citation of the same document, the
 * citations written as Resolution 140 writes them ("of this conference", a Sector resolution naming
 * its body), and no end punctuation (the item's new place decides it). The words change through the
 * plain text (src/plan/prose.ts), so the markup stays where it was. Every change is a review note.
 */
import { ROLE_BODY } from "../domain/bodies.js";
import {
  bodyNameRanges,
  type CitationRevisions,
  citeFromResolution140,
  updateCitations,
} from "../domain/citations.js";
import type { Item, Resolution, SectorRole } from "../model.js";
import { linkLabels, movedParts } from "./moved-item.js";
import { type NeutralOptions, type NeutralWording, neutralWording } from "./neutral.js";
import { rewriteProse } from "./prose.js";
import { withoutEnding } from "./punctuation.js";
import type { PlanOptions, ReviewNote, Wording } from "./types.js";

/** The wording of a Sector item for Resolution 140, and what the drafters should check in it. */
export function deriveWording(
  doc: Resolution,
  role: SectorRole,
  item: Item,
  options: PlanOptions,
  citations: CitationRevisions,
): { wording: Wording; review: ReviewNote[] } {
  const review: ReviewNote[] = [];
  const definitions = linkLabels(doc);
  const parts = movedParts(doc, item);
  const last = parts.length - 1;
  const texts: string[] = [];
  let lead: NeutralWording | null = null;
  parts.forEach((p, k) => {
    // Sub-items continue their lead-in: "that the three Sectors shall: i) publish their reports".
    const context: NeutralOptions = lead
      ? {
          pluralSubject: lead.pluralSubject && /:\s*$/.test(item.text),
          neutralized: lead.substitutions.length > 0,
        }
      : {};
    const rewritten = rewriteForResolution140(
      k === last ? withoutEnding(p.markdown) : p.markdown,
      role,
      options,
      citations,
      review,
      definitions,
      context,
    );
    lead ??= rewritten.neutral;
    texts.push(rewritten.markdown);
  });
  const wording: Wording = {
    text: texts[0] as string,
    subitems: parts.slice(1).map((p, k) => ({
      label: p.label,
      text: texts[k + 1] as string,
      linePrefix: p.linePrefix,
      blankLineBefore: p.blankLineBefore,
    })),
  };
  return { wording, review };
}

/** One part of an item (its own text or a sub-item's), as Markdown, rewritten; the changes are added to `review`. */
function rewriteForResolution140(
  markdown: string,
  role: SectorRole,
  options: PlanOptions,
  citations: CitationRevisions,
  review: ReviewNote[],
  definitions: ReadonlySet<string>,
  context: NeutralOptions,
): { markdown: string; neutral: NeutralWording | null } {
  const body = ROLE_BODY[role];
  let neutral: NeutralWording | null = null;
  // A body named in a citation ("of WTSA") is a name, not a Sector term to make neutral.
  const made = rewriteProse(
    markdown,
    (plain) => {
      neutral = neutralWording(plain, role, options.terms, context);
      return neutral.edits;
    },
    { definitions, keep: bodyNameRanges },
  );
  const n = neutral as NeutralWording | null;
  if (n && n.substitutions.length > 0) {
    review.push({
      rule: "neutral-wording",
      message: `Sector terms made neutral: ${n.substitutions.join("; ")}`,
    });
  }
  if (n && n.agreements.length > 0) {
    review.push({ rule: "agreement", message: `grammatical agreement: ${n.agreements.join("; ")}` });
  }
  // Words kept or put in brackets in the text itself: the delegations settle them.
  for (const f of n?.flags ?? []) {
    review.push({ rule: f.rule, message: `in brackets, ${f.words}: ${f.reason}`, bracketed: f.words });
  }
  if (n && n.meetings.length > 0) {
    review.push({
      rule: "meeting-name",
      message: `names a Sector meeting, left as written: ${n.meetings.join(", ")}`,
    });
  }
  if (made.refused.length > 0) {
    review.push({
      rule: "neutral-wording",
      message: `left as written in a link, code or a body's name: ${made.refused.join("; ")}`,
    });
  }
  let revised: string[] = [];
  const cited = rewriteProse(
    made.markdown,
    (plain) => {
      const result = updateCitations(plain, citations, body);
      revised = result.changes;
      return result.edits;
    },
    { definitions },
  );
  if (revised.length > 0) {
    review.push({ rule: "citation-revision", message: `newest revision cited: ${revised.join("; ")}` });
  }
  // Resolution 140 is a PP resolution: it cites PP resolutions "of this conference", and a Sector's
  // own resolutions by their body's name.
  let named: string[] = [];
  const own = rewriteProse(
    cited.markdown,
    (plain) => {
      const result = citeFromResolution140(plain, body);
      named = result.changes;
      return result.edits;
    },
    { definitions },
  );
  if (named.length > 0) {
    review.push({
      rule: "neutral-wording",
      message: `citations written as Resolution 140 writes them: ${named.join("; ")}`,
    });
  }
  return { markdown: own.markdown, neutral: n };
}

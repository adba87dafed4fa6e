/**
 * The wording of a Sector item for Resolution 140: the Sector's terms made neutral, the newest
 * revision of each citation, PP resolutions cited "of this conference", no end punctuation (the item's
 * new place decides it). Every change is a review note for the drafters.
 */
import { updateCitations } from "../domain/citations.js";
import type { Item, Resolution, SectorRole } from "../model.js";
import { type NeutralOptions, type NeutralWording, neutralWording } from "./neutral.js";
import { withoutEnding } from "./punctuation.js";
import type { PlanOptions, ReviewNote, Wording } from "./types.js";

/** The wording of a Sector item for Resolution 140, and what the drafters should check in it. */
export function deriveWording(
  doc: Resolution,
  role: SectorRole,
  item: Item,
  options: PlanOptions,
  citations: Record<string, string>,
): { wording: Wording; review: ReviewNote[] } {
  const review: ReviewNote[] = [];
  const parts = [item.text, ...item.subitems.map((s) => s.text)];
  const last = parts.length - 1;
  const texts: string[] = [];
  let lead: NeutralWording | undefined;
  parts.forEach((t, k) => {
    // Sub-items continue their lead-in: "that the three Sectors shall: i) publish their reports".
    const context: NeutralOptions = lead
      ? {
          pluralSubject: lead.pluralSubject && /:\s*$/.test(item.text),
          neutralized: lead.substitutions.length > 0,
        }
      : {};
    const rewritten = rewriteForResolution140(
      k === last ? withoutEnding(t) : t,
      role,
      options,
      citations,
      review,
      context,
    );
    lead ??= rewritten.neutral;
    texts.push(rewritten.text);
  });
  const wording: Wording = {
    text: texts[0] as string,
    subitems: item.subitems.map((s, k) => ({
      label: s.label ?? s.labelRaw,
      text: texts[k + 1] as string,
      linePrefix: linePrefix(doc.source, s.span.start.offset),
      blankLineBefore: s.blankLineBefore,
    })),
  };
  return { wording, review };
}

/** One text of an item (its own or a sub-item's) rewritten; the changes are added to `review`. */
function rewriteForResolution140(
  text: string,
  role: SectorRole,
  options: PlanOptions,
  citations: Record<string, string>,
  review: ReviewNote[],
  context: NeutralOptions,
): { text: string; neutral: NeutralWording } {
  const neutral = neutralWording(text, role, options.terms, context);
  const cited = updateCitations(neutral.text, citations);
  if (neutral.substitutions.length > 0) {
    review.push({
      rule: "neutral-wording",
      message: `Sector terms made neutral: ${neutral.substitutions.join("; ")}`,
    });
  }
  if (neutral.agreements.length > 0) {
    review.push({ rule: "agreement", message: `grammatical agreement: ${neutral.agreements.join("; ")}` });
  }
  // Words kept or put in brackets in the text itself: the delegations settle them.
  for (const f of neutral.flags) {
    review.push({ rule: f.rule, message: `in brackets, ${f.words}: ${f.reason}`, bracketed: f.words });
  }
  if (neutral.meetings.length > 0) {
    review.push({
      rule: "meeting-name",
      message: `names a Sector meeting, left as written: ${neutral.meetings.join(", ")}`,
    });
  }
  if (cited.changes.length > 0) {
    review.push({
      rule: "citation-revision",
      message: `newest revision cited: ${cited.changes.join("; ")}`,
    });
  }
  // Resolution 140 is itself a PP resolution: it cites other PP resolutions "of this conference".
  const own = cited.text.replace(/\) of the Plenipotentiary Conference\b/g, ") of this conference");
  if (own !== cited.text) {
    review.push({
      rule: "neutral-wording",
      message: 'PP resolutions cited "of this conference", as Resolution 140 cites them',
    });
  }
  return { text: own, neutral };
}

/** What precedes a sub-item on its line (indentation, a list marker), so the new item keeps it. */
function linePrefix(source: string, offset: number): string {
  const lineStart = source.lastIndexOf("\n", offset - 1) + 1;
  return source.slice(lineStart, offset);
}

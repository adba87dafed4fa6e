/**
 * Neutral wording on a table of sentences (neutral-sentences.yaml): each Sector sentence must come out
 * as the Resolution 140 wording in the table, and every word in [square brackets] there must be one the
 * tool flagged, with a reason for the review note.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { defaultSectorTerms } from "../../src/domain/sector-terms.js";
import type { SectorRole } from "../../src/model.js";
import { neutralWording } from "../../src/plan/neutral.js";

interface Sentence {
  case: string;
  sector: SectorRole;
  text: string;
  expected: string;
  lead?: "plural";
}

const table = parse(readFileSync(new URL("./neutral-sentences.yaml", import.meta.url), "utf8")) as Sentence[];
const terms = defaultSectorTerms();
/** The bracketed words of a text, except a Markdown link's text and a footnote mark. */
const brackets = (text: string) => [...text.matchAll(/\[(?!\^)[^\]]*\](?!\()/g)].map((m) => m[0]);

describe("neutral wording on the sentence table", () => {
  it("has at least 50 sentences, each case once", () => {
    expect(table.length).toBeGreaterThanOrEqual(50);
    expect(new Set(table.map((s) => s.case)).size).toBe(table.length);
  });

  it.each(table.map((s) => [s.case, s] as const))("%s", (_, s) => {
    const result = neutralWording(
      s.text,
      s.sector,
      terms,
      s.lead === "plural" ? { pluralSubject: true } : {},
    );
    expect(result.text).toBe(s.expected);
    expect(result.flags.map((f) => f.words)).toEqual(brackets(s.expected));
    for (const f of result.flags) expect(f.reason).toMatch(/\w{4,}/);
  });
});

/**
 * Clean texts carry no unmarked doubt: every wording `propose` derived and flagged stands in [square
 * brackets] in the clean resolution-140.proposed.md, as in the revision file, and every bracket in an
 * added item has its review note.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { repoRoot, runInProcess } from "../helpers/cli.js";

const FIXTURES = ["res-140.md", "itu-r-61.md", "wtsa-75.md", "wtdc-30.md"].map((f) =>
  join(repoRoot, "fixtures/resolutions", f),
);

interface Addition {
  text: string;
  review: { rule: string; message: string; bracketed?: string }[];
}

const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

async function propose(args: string[]) {
  const out = mkdtempSync(join(tmpdir(), "wsis-brackets-"));
  temps.push(out);
  const run = await runInProcess(["propose", "--out", out, ...args, ...FIXTURES]);
  expect(run.code, run.stderr).toBe(0);
  const read = (name: string) => readFileSync(join(out, name), "utf8");
  const plan = JSON.parse(read("consolidation.json")) as { additions: Addition[] };
  return { clean: read("resolution-140.proposed.md"), revision: read("resolution-140.revision.md"), plan };
}

/** The bracketed groups of a text: "[shall]", "[continue to]" (not links, footnote marks or "[Place]"). */
const bracketsIn = (text: string) =>
  [...text.matchAll(/\\?\[(?!\^)[^\]]*\](?!\()/g)].map((m) => m[0].replace(/^\\/, ""));

describe("flagged wording in the clean texts", () => {
  it.each([
    ["without --include-variants", [], ["[the other Sectors]", "[this resolution]"]],
    [
      "with --include-variants",
      ["--include-variants", "--revision", "Rev. Doha, 2026"],
      // The editorial variants move (their differing words in brackets); substantive ones stay.
      ["[main]", "[promote]"],
    ],
  ] as const)("%s: brackets in the clean text match the review notes", async (_, args, expected) => {
    const { clean, revision, plan } = await propose([...args]);
    for (const words of expected) {
      expect(clean).toContain(words);
      expect(revision).toContain(words);
    }
    for (const addition of plan.additions) {
      const noted = addition.review.flatMap((r) => (r.bracketed ? bracketsIn(r.bracketed) : []));
      // Each note's brackets are in the item as written to the clean text, and each bracket has a note.
      expect(bracketsIn(addition.text).sort()).toEqual([...noted].sort());
      for (const words of noted) expect(clean).toContain(words);
    }
  });
});

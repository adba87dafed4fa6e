/**
 * The part-of-speech tagger (compromise) takes a good part of a second to load: `parse`, `analyze` and
 * `check` never load it, and neutral wording loads it only for a text with a Sector term to rewrite.
 * (Each test file has its own modules, so the tagger starts unloaded here.)
 */
import { describe, expect, it } from "vitest";
import { defaultSectorTerms } from "../../src/domain/sector-terms.js";
import { neutralWording } from "../../src/plan/neutral.js";
import { taggerLoaded } from "../../src/plan/syntax.js";
import { runInProcess } from "../helpers/cli.js";

const FIXTURES = ["res-140.md", "itu-r-61.md", "wtsa-75.md", "wtdc-30.md"].map(
  (f) => `fixtures/resolutions/${f}`,
);

describe("the tagger is loaded on first use", () => {
  it("is not loaded by parse, analyze or check", async () => {
    expect((await runInProcess(["parse", FIXTURES[1] as string])).code).toBe(0);
    expect((await runInProcess(["analyze", ...FIXTURES])).code).toBe(0);
    expect((await runInProcess(["check", "--no-config", ...FIXTURES])).code).toBeLessThan(2);
    expect(taggerLoaded()).toBe(false);
  });

  it("is not loaded for a text without a term to rewrite, and is for one with a term", () => {
    const terms = defaultSectorTerms();
    expect(
      neutralWording("to bring this resolution to the attention of the Council", "ITU-T", terms).text,
    ).toBe("to bring [this resolution] to the attention of the Council");
    expect(taggerLoaded()).toBe(false);
    expect(neutralWording("that ITU-T publishes its reports", "ITU-T", terms).text).toBe(
      "that the three Sectors publish their reports",
    );
    expect(taggerLoaded()).toBe(true);
  });
});

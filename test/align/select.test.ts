import { describe, expect, it } from "vitest";
import { type Candidate, EXACT_LIMIT, selectDisjoint } from "../../src/align/select.js";

const c = (items: string[], score: number, order = items.join()): Candidate => ({ items, score, order });

describe("selectDisjoint", () => {
  it("maximizes the total score where a greedy choice would not", () => {
    const candidates = [c(["r1", "t1", "d1"], 1), c(["r1", "t2", "d2"], 0.9), c(["r2", "t1", "d3"], 0.9)];
    expect(selectDisjoint(candidates)).toEqual([1, 2]);
  });

  it("never puts an item in two chosen groups, also in large components", () => {
    // A chain of overlapping pairs larger than the exact limit: solved greedily with swaps.
    const chain = Array.from({ length: EXACT_LIMIT * 3 }, (_, i) =>
      c([`x${i}`, `x${i + 1}`], 0.7 + (i % 3) * 0.1),
    );
    const chosen = selectDisjoint(chain);
    const items = chosen.flatMap((i) => chain[i]?.items ?? []);
    expect(new Set(items).size).toBe(items.length);
    expect(chosen.length).toBeGreaterThanOrEqual(EXACT_LIMIT);
  });

  it("breaks ties by the candidates' order key, not by their position", () => {
    const a = c(["r1", "t1"], 0.8, "b");
    const b = c(["r1", "t2"], 0.8, "a");
    expect(selectDisjoint([a, b])).toEqual([1]);
    expect(selectDisjoint([b, a])).toEqual([0]);
  });
});

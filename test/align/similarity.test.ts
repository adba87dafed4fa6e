import { describe, expect, it } from "vitest";
import { similarity, wordBag } from "../../src/align/similarity.js";
import { normalizeText } from "../../src/normalize/index.js";

const bag = (text: string) => wordBag(normalizeText(text).words);
const sim = (a: string, b: string) => similarity(bag(a), bag(b));

describe("similarity", () => {
  it("is 1 for the same words and symmetric", () => {
    expect(sim("that ITU-T shall report to TSAG", "that ITU-R shall report to RAG")).toBe(1);
    const a = "to promote the use of ICTs for sustainable development";
    const b = "to promote the wider use of ICTs for development";
    expect(sim(a, b)).toBeCloseTo(sim(b, a), 10);
  });

  it("costs about one word for a real variant", () => {
    expect(
      sim(
        "to promote the use of ICTs for sustainable development",
        "to foster the use of ICTs for sustainable development",
      ),
    ).toBeCloseTo(1 - 1 / 5.4, 10);
    expect(sim("that ITU-R is open to academia", "that ITU-D is also open to academia")).toBeGreaterThan(
      0.95,
    );
  });

  it("sees word order: the same words in other roles are not alike", () => {
    expect(sim("that TSB shall assist ITU-T", "that ITU-D shall assist BDT")).toBeLessThan(0.6);
  });

  it("gives little to shared Sector names and function words", () => {
    expect(
      sim("that the Radiocommunication Sector shall consult BR", "that ITU-D shall assist BDT"),
    ).toBeLessThan(0.6);
  });

  it("returns a bound below the floor without computing the distance, never above the exact value", () => {
    const a = bag("alpha beta gamma delta");
    const b = bag("alpha epsilon zeta eta");
    const exact = similarity(a, b);
    expect(similarity(a, b, 0.9)).toBeLessThan(0.9);
    expect(similarity(a, b, 0.9)).toBeGreaterThanOrEqual(exact);
  });
});

/**
 * The revision reader (src/render/report/revision.ts) on hand-written revision Markdown: CriticMarkup
 * becomes run kinds, inline Markdown becomes styles, and offsets hold after characters outside the
 * Basic Multilingual Plane (an emoji is two UTF-16 code units: reading characters in one place and
 * code units in another used to shift every mark after it), and the HTML page serialized part by part
 * (src/render/html/serialize.ts) is byte for byte the page serialized whole.
 */
import type { Element } from "hast";
import { toHtml } from "hast-util-to-html";
import { h, s } from "hastscript";
import { describe, expect, it } from "vitest";
import type { PlannedDocument } from "../../src/plan/types.js";
import { around, lazy, seq } from "../../src/render/html/serialize.js";
import { acceptedText, readRevision, rejectedText } from "../../src/render/report/revision.js";

/** The parts of a planned document the reader looks at: keywords, title and preamble. */
const planned = {
  input: { title: null, preamble: null, sections: [{ keyword: "considering" }] },
  sections: [{ keyword: "considering" }],
} as unknown as PlannedDocument;

const REVISION = [
  "**MOD** ACP/1/1",
  "",
  "RESOLUTION 1 (REV. [PLACE], [YEAR])",
  "",
  "_considering_",
  "",
  "a)\tthat 😀 each of the *17* goals{++ 𝔘 new++} and **bold 🌍 text**[^1];",
  "",
  "b)\tthat {~~🎉 old~>new 🎉~~} words, see [the 😀 page](https://example.org/x) and <https://example.org/y>;",
  "",
  "[^1]: A footnote 😀 with *emphasis*.",
  "",
].join("\n");

const styled = (r: { text: string; kind: string; italic: boolean; bold: boolean; superscript: boolean }) =>
  `${r.kind}${r.italic ? "/i" : ""}${r.bold ? "/b" : ""}${r.superscript ? "/sup" : ""}:${r.text}`;

describe("readRevision", () => {
  const doc = readRevision(REVISION, planned);

  it("reads the unit's mark and identifier, and the paragraphs' roles", () => {
    expect(doc.unitMark).toBe("MOD");
    expect(doc.identifier).toBe("ACP/1/1");
    expect(doc.paragraphs.map((p) => p.role)).toEqual(["heading", "keyword", "item", "item", "footnote"]);
  });

  it("keeps styles and kinds in place after characters outside the BMP", () => {
    const [, , a, b, foot] = doc.paragraphs;
    expect(a?.runs.map(styled)).toEqual([
      "same:a)\tthat 😀 each of the ",
      "same/i:17",
      "same: goals",
      "ins: 𝔘 new",
      "same: and ",
      "same/b:bold 🌍 text",
      "same/sup:1",
      "same:;",
    ]);
    expect(b && acceptedText(b)).toBe("b)\tthat new 🎉 words, see the 😀 page and https://example.org/y;");
    expect(b && rejectedText(b)).toBe("b)\tthat 🎉 old words, see the 😀 page and https://example.org/y;");
    expect(foot?.runs.map(styled)).toEqual([
      "same/sup:1",
      "same:\tA footnote 😀 with ",
      "same/i:emphasis",
      "same:.",
    ]);
  });

  it("reads a paragraph wrapped over many lines as one, in time linear in its length", () => {
    const lines = Array.from({ length: 20000 }, (_, k) => `word${k} 😀 {++more++}`);
    const long = readRevision(`_considering_\n\na)\tthat\n${lines.join("\n")}\n`, planned);
    const item = long.paragraphs[1];
    expect(item && acceptedText(item).split(" ").length).toBe(1 + 20000 * 3);
  });
});

describe("around: a page serialized part by part", () => {
  const children = (): Element[] => [
    h("h2", "Tom & Jerry <script>alert(1)</script>"),
    h("p.x", { title: 'a "quoted" <title>' }, ["text 😀 ", h("b", "bold"), " & more"]),
    h("figure", [s("svg", { viewBox: "0 0 10 10" }, [s("title", "a < b"), s("rect", { width: 1 })])]),
    h("script", "if (a < b && c > d) run();"),
    h("style", "p > b { color: red }"),
  ];

  it("gives the bytes of the whole tree, nested parts included", () => {
    const whole = toHtml(h("main", [h("section", { id: "s" }, children()), ...children()]));
    const parts = around(
      h("main"),
      seq(
        [
          around(
            h("section", { id: "s" }),
            lazy(children(), (c) => c),
          ),
        ],
        children(),
      ),
    );
    expect(parts.html).toBe(whole);
  });

  it("refuses a shell that already has children", () => {
    expect(() => around(h("div", "text"), [])).toThrow(/cannot open <div>/);
  });
});

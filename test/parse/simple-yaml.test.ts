/**
 * The simple front-matter reader (src/parse/simple-yaml.ts) must read what the YAML parser reads, or
 * leave the text to it: the same mapping and the same place of `revision:`.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isMap, isScalar, parseDocument } from "yaml";
import { readSimpleYaml } from "../../src/parse/simple-yaml.js";

/** What the YAML parser makes of the text, as the simple reader says it. */
function byParser(
  text: string,
): { data: unknown; revision: { start: number; end: number } | null } | "error" {
  const doc = parseDocument(text, { prettyErrors: false });
  if (doc.errors.length > 0) return "error";
  const data = doc.toJS() ?? null;
  let revision = null;
  if (isMap(doc.contents)) {
    const value = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === "revision")?.value;
    if (isScalar(value) && value.range) {
      const [start, end] = value.range;
      revision =
        value.type === "PLAIN"
          ? { start, end }
          : value.type === "QUOTE_DOUBLE" || value.type === "QUOTE_SINGLE"
            ? { start: start + 1, end: end - 1 }
            : null;
    }
  }
  return { data, revision };
}

const agrees = (text: string) => {
  const simple = readSimpleYaml(text);
  if (simple !== null) expect(simple).toEqual(byParser(text));
  return simple;
};

describe("readSimpleYaml", () => {
  it("reads the front matter drafts write as the YAML parser does", () => {
    for (const text of [
      "body: PP\nnumber: 140\nrevision: Rev. [Place], [Year]\n",
      "body: RA\nnumber: 61-3\nrevision: Rev. Dubai, 2018",
      "revision: 'Rev. Geneva, 2022'\ntitle: \"Front matter, quoted\"\n",
      "number:   75   \n\n  \nbody: WTSA",
      "number: 0\nyear: 2022\nname: ITU-T X.1205",
      "",
      "\n\n",
    ]) {
      expect(agrees(text)).not.toBeNull();
    }
  });

  it("leaves to the YAML parser what only it can tell", () => {
    for (const text of [
      "# a comment\nbody: PP",
      "body: PP # a comment",
      "tags:\n  - a\n  - b",
      "revision: true",
      "number: 1.5",
      "number: 0x1F",
      "number: 0140",
      "body: PP\nbody: RA",
      'title: "a \\"quoted\\" word"',
      "title: a: b",
      "body: PP\r\nnumber: 140",
      "null: x",
      "key:",
    ]) {
      expect(readSimpleYaml(text)).toBeNull();
    }
  });

  it("never reads a line otherwise than the YAML parser (generated front matter)", () => {
    const word = fc.stringMatching(/^[A-Za-z0-9 .,()[\]{}\-+_'"#:\\/~&*!|>%@`\t]{0,12}$/);
    const line = fc.tuple(fc.constantFrom("body", "number", "revision", "title", "true", "n1"), word);
    fc.assert(
      fc.property(fc.array(line, { maxLength: 4 }), fc.constantFrom(": ", ":  ", ":"), (lines, colon) => {
        agrees(lines.map(([k, v]) => `${k}${colon}${v}`).join("\n"));
      }),
      { numRuns: 2000 },
    );
  });
});

/**
 * Front matter as drafts write it, read without the YAML parser: one `key: value` a line, the values
 * plain words ("Rev. Geneva, 2022", "61-3"), a whole number, or quoted without escapes. Anything else
 * (a comment, a list, a nested mapping, an escape, a value YAML would read as a boolean, null or a
 * number other than a plain whole number, a repeated key) is left to the YAML parser: `null` says so.
 * What is read here is what the parser reads (test/parse/simple-yaml.test.ts compares them); it spares
 * a run the parser's loading, most of the time a short `check` takes for front matter.
 */

export interface SimpleYaml {
  /** The mapping, or null when the text holds nothing. */
  data: Record<string, string | number> | null;
  /** Where the `revision:` value stands in the text, inside its quotes if it has them. */
  revision: { start: number; end: number } | null;
}

const LINE = /^([A-Za-z][A-Za-z0-9_-]*): +(.*?) *$/;
const DOUBLE = /^"([^"\\]*)"$/;
const SINGLE = /^'([^']*)'$/;
/** A plain value: it starts with a letter or digit; none of the characters that YAML gives a meaning. */
const PLAIN = /^[A-Za-z0-9][^#:"'\\\t\p{Cc}\p{Zl}\p{Zp}\uFEFF]*$/u;
/** The plain values YAML's core schema reads as something other than text. */
const NOT_TEXT =
  /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const WHOLE = /^(?:0|[1-9][0-9]{0,14})$/;

/** The front matter's YAML read the simple way, or null when only the YAML parser can tell. */
export function readSimpleYaml(text: string): SimpleYaml | null {
  if (text.includes("\r")) return null;
  const data: Record<string, string | number> = {};
  let revision: SimpleYaml["revision"] = null;
  let empty = true;
  let offset = 0;
  for (const line of text.split("\n")) {
    const lineStart = offset;
    offset += line.length + 1;
    if (/^ *$/.test(line)) continue;
    const m = LINE.exec(line);
    if (!m) return null;
    const key = m[1] as string;
    const written = m[2] as string;
    if (Object.hasOwn(data, key) || NOT_TEXT.test(key)) return null;
    const valueStart = lineStart + line.indexOf(written, key.length + 1);
    const quoted = DOUBLE.exec(written) ?? SINGLE.exec(written);
    let value: string | number;
    let span: { start: number; end: number };
    if (quoted) {
      value = quoted[1] as string;
      if (/[\p{Cc}\p{Zl}\p{Zp}\uFEFF]/u.test(value)) return null;
      span = { start: valueStart + 1, end: valueStart + written.length - 1 };
    } else {
      if (!PLAIN.test(written)) return null;
      if (NOT_TEXT.test(written)) {
        if (!WHOLE.test(written)) return null;
        value = Number(written);
      } else value = written;
      span = { start: valueStart, end: valueStart + written.length };
    }
    data[key] = value;
    if (key === "revision") revision = span;
    empty = false;
  }
  return { data: empty ? null : data, revision };
}

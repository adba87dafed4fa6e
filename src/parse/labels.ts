/**
 * Item labels: "a)", "(a)", "a.", "1", "1.", "1)", "1.1", "i)", "–", with the ITU "bis"/"ter" insertions
 * ("1bis", "a bis)"). Labels are read from a line's plain text, so escapes (`a\)`) and emphasis
 * (`**a)**`) are already gone; `rawLabelEnd` finds how far the label reaches in the source.
 */

export type LabelKind = "letter" | "roman" | "number" | "decimal" | "dash";

export interface Label {
  kind: LabelKind;
  /** Canonical form: "a)", "i)", "1", "1.1", "–", "a bis)", "1bis". */
  canonical: string;
  /** Position in its sequence (a) = 1, ii) = 2, 1.3 = 3), null for dashes. */
  ordinal: number | null;
  /** For a one-letter label that is also a roman numeral ("i", "v", "x"): its reading as a numeral. */
  romanOrdinal: number | null;
  /** "bis", "ter", "quater": an inserted item that keeps the ordinal of the one before it. */
  insertion: string | null;
  /** The parts of a decimal label ("1.2" -> [1, 2]). */
  parts: number[] | null;
  /** The label as it stands in the plain text ("(a)", "1.", "a)"). */
  plain: string;
  /** Index in the plain text where the item's own text starts (after the separator). */
  textStart: number;
}

const SEPARATOR = "[ \\t\\u00a0\\u2007\\u202f]";
const AFTER = `(?=${SEPARATOR}|$)`;
const INSERTION = "(?:\\s?(bis|ter|quater))?";

const PAREN = new RegExp(`^\\((?:([a-z])${INSERTION}|([ivx]{1,6})|(\\d{1,3})|([a-z]{2}))\\)${AFTER}`);
/** Past z): aa), ab) ... (only with a parenthesis: "an." or "no." at the start of a line is a word). */
const DOUBLE_LETTER = new RegExp(`^([a-z]{2})\\)${AFTER}`);
const LETTER = new RegExp(`^(?:([a-z])${INSERTION}|([ivx]{1,6}))[.)]${AFTER}`);
const DECIMAL = new RegExp(`^(\\d{1,3}(?:\\.\\d{1,3})+)\\.?${AFTER}`);
const NUMBER = new RegExp(`^(\\d{1,3})(bis|ter|quater)?[.)]?${AFTER}`);
const DASH = new RegExp(`^[–—\\-−‐‑•·]${AFTER}`);
const ROMAN = /^(x{0,3})(ix|iv|v?i{0,3})$/;

/** The label at the start of a line's plain text, or null. */
export function readLabel(text: string): Label | null {
  let match = PAREN.exec(text);
  if (match) {
    if (match[1]) return letterLabel(match[1], match[2] ?? null, match[0], text);
    if (match[3]) return romanLabel(match[3], match[0], text);
    if (match[4]) return numberLabel(match[4], null, match[0], text);
    if (match[5]) return doubleLetterLabel(match[5], match[0], text);
  }
  match = DOUBLE_LETTER.exec(text);
  if (match?.[1] && romanValue(match[1]) === null) return doubleLetterLabel(match[1], match[0], text);
  match = LETTER.exec(text);
  if (match) {
    if (match[1]) return letterLabel(match[1], match[2] ?? null, match[0], text);
    if (match[3]) return romanLabel(match[3], match[0], text);
  }
  match = DECIMAL.exec(text);
  if (match?.[1]) {
    const parts = match[1].split(".").map(Number);
    return make("decimal", match[1], parts[parts.length - 1] ?? null, null, null, parts, match[0], text);
  }
  match = NUMBER.exec(text);
  if (match?.[1]) return numberLabel(match[1], match[2] ?? null, match[0], text);
  match = DASH.exec(text);
  if (match) return make("dash", "–", null, null, null, null, match[0], text);
  return null;
}

function letterLabel(letter: string, insertion: string | null, plain: string, text: string): Label {
  const ordinal = letter.charCodeAt(0) - 96;
  const canonical = insertion ? `${letter} ${insertion})` : `${letter})`;
  return make(
    "letter",
    canonical,
    ordinal,
    insertion ? null : romanValue(letter),
    insertion,
    null,
    plain,
    text,
  );
}

/** "aa)" = 27, "ab)" = 28 ... "az)" = 52, "ba)" = 53; two roman numerals ("ii", "iv") read as roman. */
function doubleLetterLabel(letters: string, plain: string, text: string): Label | null {
  if (romanValue(letters) !== null) return romanLabel(letters, plain, text);
  const ordinal = (letters.charCodeAt(0) - 96) * 26 + (letters.charCodeAt(1) - 96);
  return make("letter", `${letters})`, ordinal, null, null, null, plain, text);
}

function romanLabel(numeral: string, plain: string, text: string): Label | null {
  const value = romanValue(numeral);
  if (value === null) return null;
  return make("roman", `${numeral})`, value, null, null, null, plain, text);
}

function numberLabel(digits: string, insertion: string | null, plain: string, text: string): Label {
  const value = Number(digits);
  return make(
    "number",
    insertion ? `${value}${insertion}` : String(value),
    value,
    null,
    insertion,
    null,
    plain,
    text,
  );
}

function make(
  kind: LabelKind,
  canonical: string,
  ordinal: number | null,
  romanOrdinal: number | null,
  insertion: string | null,
  parts: number[] | null,
  plain: string,
  text: string,
): Label {
  let textStart = plain.length;
  while (textStart < text.length && /\s/.test(text.charAt(textStart))) textStart++;
  return { kind, canonical, ordinal, romanOrdinal, insertion, parts, plain, textStart };
}

/** The value of a lowercase roman numeral up to 39, or null. */
export function romanValue(numeral: string): number | null {
  const match = ROMAN.exec(numeral);
  if (!match || numeral === "") return null;
  const tens = (match[1] ?? "").length * 10;
  const unitsPart = match[2] ?? "";
  const units =
    unitsPart === "ix"
      ? 9
      : unitsPart === "iv"
        ? 4
        : (unitsPart.startsWith("v") ? 5 : 0) + unitsPart.replace("v", "").length;
  return tens + units;
}

/** The label of ordinal `n` in the style of `kind` (for messages: "expected c)"). */
export function labelFor(kind: LabelKind, n: number, parent?: string): string {
  switch (kind) {
    case "letter":
      if (n >= 1 && n <= 26) return `${String.fromCharCode(96 + n)})`;
      if (n > 26 && n <= 702) {
        const first = Math.floor((n - 1) / 26);
        return `${String.fromCharCode(96 + first)}${String.fromCharCode(97 + ((n - 1) % 26))})`;
      }
      return `#${n}`;
    case "roman":
      return `${toRoman(n)})`;
    case "number":
      return String(n);
    case "decimal":
      return parent ? `${parent}.${n}` : `…${n}`;
    case "dash":
      return "–";
  }
}

function toRoman(n: number): string {
  const tens = "x".repeat(Math.floor(n / 10));
  const unit = ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"][n % 10] ?? "";
  return tens + unit;
}

/**
 * Where the label `plain` ends in the source line starting at `start`: the same characters, with the
 * backslashes, `*` and `_` of escapes and emphasis skipped, plus closing `*`/`_` right after it.
 * Returns `start` when the source does not spell the label (an entity, say).
 */
export function rawLabelEnd(source: string, start: number, plain: string): number {
  let i = start;
  let j = 0;
  const limit = Math.min(source.length, start + plain.length * 4 + 8);
  while (j < plain.length && i < limit) {
    const c = source.charAt(i);
    if (c === plain.charAt(j)) {
      i++;
      j++;
    } else if (c === "\\" || c === "*" || c === "_") i++;
    else return start;
  }
  if (j < plain.length) return start;
  while (i < source.length && (source.charAt(i) === "*" || source.charAt(i) === "_")) i++;
  return i;
}

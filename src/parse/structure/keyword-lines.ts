/**
 * Keyword lines ("*recalling*", "### resolves", "instructs the Director of the ... Bureau"): whether a
 * line is one, judged from its words and its shape (emphasis, heading, a line of its own), and the
 * section it opens. An operative keyword may wrap onto the next line and may share its line with the
 * first item ("*invites* Member States to ..."); a modifier after the emphasis (`*recalling* further`)
 * or alone on the next line, and a tail on an addressee after it (`*instructs the Director of the
 * ... Bureau*, in collaboration with ...,`), belong to the keyword.
 */
import { RULES } from "../../diagnostics/index.js";
import { cleanKeyword, isModifierOnly, type KeywordMatch, matchKeyword, slug } from "../keywords.js";
import type { Unit } from "../lines.js";
import { collapse } from "../plain-text.js";
import { newLevel, type Reading, type SectionDraft, warn } from "./state.js";

export interface KeywordLine {
  match: KeywordMatch;
  /** Where the keyword ends in the source. */
  end: number;
  /** The text after an emphasized keyword on its line: the first item's text, or "". */
  rest: string;
}

/**
 * The rest of a line after an emphasized verb and addressee that carries on the addressee: a comma,
 * a clause that is not an item (items start "to" or "that"), and a "," or ":" at the end of the line.
 */
const ADDRESSEE_TAIL = /^\s*,\s*(?!(?:to|that)\b)\S.*[,:]\s*$/i;

/** The keyword a paragraph, heading or list item opens with, if its shape says it is one. */
export function keywordOf(unit: Unit, singleLine: boolean): KeywordLine | null {
  if (unit.heading || unit.lead?.whole) {
    const match = matchKeyword(unit.text);
    return match ? { match, end: unit.end, rest: "" } : null;
  }
  if (unit.lead) {
    const match = matchKeyword(unit.lead.text);
    const plain = collapse(unit.text);
    if (match && plain.startsWith(unit.lead.text)) {
      const rest = plain.slice(unit.lead.text.length).replace(/^[\s,:]+/, "");
      // "*recalling* further", "_noting_ with satisfaction": the modifier is part of the keyword; and
      // so is a tail on an addressee ("*instructs the Director of ...*, in collaboration with ...,").
      const after = plain.slice(unit.lead.text.length);
      const tail = match.kind === "operative" && match.addressee !== "" && ADDRESSEE_TAIL.test(after);
      const whole = isModifierOnly(rest) || tail ? matchKeyword(plain) : null;
      if (whole && whole.family === match.family) return { match: whole, end: unit.end, rest: "" };
      const withAddressee =
        match.kind === "operative" && match.addressee === ""
          ? matchKeyword(`${unit.lead.text} ${rest}`)
          : null;
      const family = withAddressee?.knownAddressee ? withAddressee.family : match.family;
      return { match: { ...match, family }, end: unit.lead.end, rest };
    }
  }
  const match = matchKeyword(unit.text);
  if (!match) return null;
  if (match.kind === "preambular" || match.addressee === "") return { match, end: unit.end, rest: "" };
  if (/[.;]$/.test(unit.text)) return null;
  if (!match.knownAddressee && !(singleLine && match.keyword.split(" ").length <= 12)) return null;
  return { match, end: unit.end, rest: "" };
}

/** A hard-wrapped line that is a whole keyword line (read only where the clause before it ended). */
export function wrappedKeyword(unit: Unit): KeywordMatch | null {
  const match = matchKeyword(unit.text);
  if (!match) return null;
  const wholeLine =
    match.kind === "preambular" ||
    match.addressee === "" ||
    (match.knownAddressee && !/[.;]$/.test(unit.text));
  return wholeLine ? match : null;
}

/** A line that has a keyword's shape but not a known keyword: "taking stock", "**affirming further**". */
export function looksLikeKeyword(unit: Unit, singleLine: boolean): boolean {
  const words = cleanKeyword(unit.text);
  if (words === "" || /[.;]$/.test(unit.text) || words.length > 80 || !/^\p{Ll}/u.test(words)) return false;
  const count = words.split(" ").length;
  if (unit.heading || unit.lead?.whole) return count <= 8;
  // A plain line: short, unpunctuated, opening with a participle or a verb ("taking stock", "affirms").
  const first = words.split(" ")[0] as string;
  return (
    singleLine &&
    count <= 4 &&
    !/[,:;.]$/.test(unit.text.trim()) &&
    /(?:ing|s)$/.test(first) &&
    first !== "this"
  );
}

/** Opens a section at a keyword line; `keywordEnd` is where the keyword ends in the source. */
export function openSection(reading: Reading, match: KeywordMatch, unit: Unit, keywordEnd: number): void {
  const section: SectionDraft = {
    keyword: match.keyword,
    family: match.family,
    kind: match.kind,
    start: unit.spanStart,
    keywordEnd,
    end: keywordEnd,
    root: newLevel(null),
    open: match.kind === "operative" && match.addressee !== "" && !/[,:]\s*$/.test(unit.text),
  };
  reading.sections.push(section);
  if (section.kind === "operative") reading.operativeSections++;
  reading.path = [section.root];
  reading.target = { type: "keyword", section };
}

/** Opens a section for a line `looksLikeKeyword` accepted, with a warning naming it. */
export function openUnknownKeyword(reading: Reading, unit: Unit): void {
  const words = cleanKeyword(unit.text);
  warn(
    reading,
    unit.spanStart,
    RULES.unknownKeyword,
    `"${words}" looks like a keyword line but is not a known keyword; use a known one (see the README), or make it part of an item.`,
  );
  const kind = reading.operativeSections > 0 ? "operative" : "preambular";
  openSection(
    reading,
    { keyword: words, family: slug(words), kind, addressee: "", knownAddressee: false },
    unit,
    unit.end,
  );
}

/**
 * A line right after an open operative keyword that carries on its addressee ("instructs the Director
 * of the" / "Telecommunication Development Bureau"): joined to the keyword when the two make one.
 */
export function continueKeyword(section: SectionDraft, unit: Unit): boolean {
  // Modifiers alone on the next line ("*recalling*" / "further") complete any keyword.
  const modifiers = section.root.items.length === 0 && isModifierOnly(unit.text);
  if ((!section.open && !modifiers) || /[.;]$/.test(unit.text)) return false;
  const match = matchKeyword(`${section.keyword} ${collapse(unit.text)}`);
  if (!match) return false;
  section.keyword = match.keyword;
  section.family = match.family;
  section.keywordEnd = unit.end;
  section.end = Math.max(section.end, unit.end);
  section.open = section.open && !/[,:]\s*$/.test(unit.text);
  return true;
}

/**
 * The Sector terms of a text to rewrite for Resolution 140 (src/plan/neutral.ts), as units: one term,
 * a term with its expansion in parentheses ("TSAG (Telecommunication Standardization Advisory Group)"),
 * or a list of Sectors ("ITU-R, ITU-T and ITU-D").
 */
import { findTermOccurrences, type SectorTerms } from "../domain/sector-terms.js";
import { SECTOR_ROLES, type SectorRole } from "../model.js";

export interface Occurrence {
  start: number;
  end: number;
  text: string;
  concept: string;
  role: SectorRole;
  /** The preferred neutral form of its concept. */
  neutral: string;
  /** The neutral form is plural where the Sector's form was singular. */
  becomesPlural: boolean;
}

export type TermUnit =
  /** One term of the text's own Sector (with its expansion in parentheses, if any). */
  | { kind: "term"; occurrence: Occurrence }
  /** Terms of one concept for two or three Sectors, coordinated: "ITU-R, ITU-T and ITU-D". */
  | { kind: "list"; start: number; end: number; members: Occurrence[]; all: boolean }
  /** A term of another Sector, on its own. */
  | { kind: "other"; occurrence: Occurrence };

/** A self-reference the term table leaves out because it only means "this Sector" inside a Sector text. */
const SELF_REFERENCES: { form: RegExp; concept: string }[] = [
  { form: /\b(?:the|this) Sector\b(?![-‐‑]\p{L})/giu, concept: "sector" },
  { form: /\b(?:the|this) Bureau\b(?![-‐‑]\p{L})/giu, concept: "bureau" },
];

/** Singular or plural as written: "ITU-T study groups", "the Sector assemblies" are plural. */
export function isPluralPhrase(phrase: string): boolean {
  if (/\band\b/i.test(phrase)) return true;
  const head = phrase.split(/\s+of\s+/i)[0] ?? phrase;
  const last = head.trim().split(/\s+/).pop() ?? "";
  if (/^\p{Lu}[\p{Lu}\d-]*$/u.test(last)) return false; // ITU-T, TSB, WTSA
  return /(?:[^s']s|x)$/i.test(last);
}

/** The terms of `role` in `view` (the term table's and the self-references), in text order. */
export function occurrencesOf(
  view: string,
  role: SectorRole,
  terms: SectorTerms,
  self: boolean,
): Occurrence[] {
  const found: Occurrence[] = findTermOccurrences(view, terms, role)
    .filter((o) => o.role === role)
    .map((o) => ({
      start: o.start,
      end: o.end,
      text: o.text,
      concept: o.concept,
      role,
      neutral: o.neutral,
      becomesPlural: o.plural && !isPluralPhrase(o.text),
    }));
  for (const reference of self ? SELF_REFERENCES : []) {
    const concept = terms.concepts.find((c) => c.id === reference.concept);
    const neutral = concept?.neutral[0];
    if (!neutral) continue;
    for (const m of view.matchAll(reference.form)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (found.some((o) => start < o.end && o.start < end)) continue;
      // "the Sector Members" and "Sector assemblies" are other things.
      if (/^\s+(?:Members?|assemblies|advisory|study)\b/i.test(view.slice(end))) continue;
      found.push({
        start,
        end,
        text: m[0],
        concept: reference.concept,
        role,
        neutral: neutral.form,
        becomesPlural: neutral.plural,
      });
    }
  }
  return found
    .filter((o) => !namesDocumentAfter(view, o.end, terms))
    .map(withoutArticle)
    .sort((a, b) => a.start - b.start);
}

/**
 * "ITU-T Recommendation X.1205", "ITU-R Resolution 61": the abbreviation is part of a citation (the
 * document words of the table's `notAfter`, then a number), not the Sector.
 */
function namesDocumentAfter(view: string, end: number, terms: SectorTerms): boolean {
  const m = /^\s+(\p{L}+)\s+(?:[A-Z]{1,4}\.)?\d/u.exec(view.slice(end, end + 40));
  return m !== null && terms.notAfter.some((w) => w.toLowerCase() === (m[1] as string).toLowerCase());
}

/**
 * A term without its leading article: the text keeps its own "the" (and any Markdown after it, as in
 * "the [ITU-T website](...)"), and the neutral form drops its own.
 */
function withoutArticle(o: Occurrence): Occurrence {
  const article = /^the\s+/i.exec(o.text);
  if (!article) return o;
  return { ...o, start: o.start + article[0].length, text: o.text.slice(article[0].length) };
}

/** A term followed by "-20" names one meeting ("WTSA-20"), not the body. */
export function meetingName(view: string, o: { end: number; start: number }): string | null {
  const year = /^-\d+/.exec(view.slice(o.end));
  return year ? view.slice(o.start, o.end + year[0].length) : null;
}

/** "X (Y)" where X and Y are two forms of one concept: one term. */
function withExpansions(view: string, own: Occurrence[]): Occurrence[] {
  const out: Occurrence[] = [];
  for (let k = 0; k < own.length; k++) {
    const a = own[k] as Occurrence;
    const b = own[k + 1];
    const close = b ? /^\s*\)/.exec(view.slice(b.end)) : null;
    if (b && close && b.concept === a.concept && /^\s*\(\s*$/.test(view.slice(a.end, b.start))) {
      const end = b.end + close[0].length;
      out.push({ ...a, end, text: view.slice(a.start, end) });
      k++;
    } else out.push(a);
  }
  return out;
}

/** What may stand between two members of a list: ", ", " and ", ", and ", " or ". */
const LIST_GAP = /^\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)$/;

/** The units of a text: its own Sector's terms, lists of Sectors, and other Sectors' terms. */
export function termUnits(view: string, own: Occurrence[], others: Occurrence[]): TermUnit[] {
  // A form two Sectors share ("this Assembly") is the text's own Sector's.
  const distinct = others.filter((x) => !own.some((o) => x.start < o.end && o.start < x.end));
  const all = [...withExpansions(view, own), ...distinct].sort((a, b) => a.start - b.start);
  const units: TermUnit[] = [];
  for (let k = 0; k < all.length; ) {
    const members = listAt(view, all, k);
    const first = members[0] as Occurrence;
    const last = members[members.length - 1] as Occurrence;
    k += members.length;
    if (members.length > 1) {
      const joined = /\band\s*$/.test(
        view.slice((members[members.length - 2] as Occurrence).end, last.start),
      );
      const roles = new Set(members.map((m) => m.role));
      const whole = joined && SECTOR_ROLES.every((r) => roles.has(r));
      units.push({ kind: "list", start: first.start, end: last.end, members, all: whole });
    } else if (own.some((o) => o.start === first.start)) units.push({ kind: "term", occurrence: first });
    else units.push({ kind: "other", occurrence: first });
  }
  return units;
}

/**
 * The terms of one concept, for different Sectors, listed from term `k` on: "ITU-R, ITU-T and ITU-D".
 * The list ends at its "and" or "or" ("ITU-R and ITU-T, ITU-D organizes" lists two); without one it
 * is no list.
 */
function listAt(view: string, all: readonly Occurrence[], k: number): Occurrence[] {
  const first = all[k] as Occurrence;
  const members = [first];
  for (let n = k + 1; n < all.length; n++) {
    const next = all[n] as Occurrence;
    const gap = view.slice((members[members.length - 1] as Occurrence).end, next.start);
    if (next.concept !== first.concept || !LIST_GAP.test(gap)) break;
    if (members.some((m) => m.role === next.role)) break;
    members.push(next);
    if (/\b(?:and|or)\s*$/.test(gap)) return members;
  }
  return [first];
}

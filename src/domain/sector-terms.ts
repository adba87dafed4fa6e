/**
 * The Sector-term table (docs/domain.md, "Sector terms"): data shipped in `./sector-terms-table.ts`
 * (read into `./sector-terms-data.ts` ahead of time, so that no run parses YAML for it), extended or
 * overridden by the user's YAML (`--terms FILE`, read by `./sector-terms-yaml.ts`), and a matcher that
 * finds the terms in a text. Normalization turns every occurrence into its concept's placeholder ("⟨sector⟩"); the
 * proposal rewrites a Sector's own forms into the neutral form of Resolution 140.
 */
import { FatalError } from "../diagnostics/index.js";
import { type Role, SECTOR_ROLES, type SectorRole } from "../model.js";
import {
  type DifferenceClasses,
  mergeDifferenceClasses,
  readDifferenceClasses,
} from "./difference-classes.js";
import { SHIPPED_SECTOR_TERMS_DATA } from "./sector-terms-data.js";

/** A neutral form as Resolution 140 writes it, with its grammatical number for verb agreement. */
export interface NeutralForm {
  form: string;
  plural: boolean;
}

/** One concept (sector, bureau, director ...): each Sector's surface forms and the neutral forms. */
export interface SectorTermConcept {
  id: string;
  /** The comparison token, `⟨id⟩` unless the YAML says otherwise. */
  placeholder: string;
  description?: string;
  forms: Record<SectorRole, string[]>;
  /** The first is the preferred neutral form. */
  neutral: NeutralForm[];
}

export interface SectorTerms {
  concepts: SectorTermConcept[];
  /** Words after which a form is part of a citation ("Resolution ITU-R 61"), not a Sector term. */
  notAfter: string[];
  /** How word differences between wordings weigh: editorial or substantive (./difference-classes.ts). */
  differences: DifferenceClasses;
}

/** One Sector term found in a text. `start`/`end` are UTF-16 offsets, end exclusive. */
export interface TermOccurrence {
  start: number;
  end: number;
  /** The concept id ("sector", "director" ...). */
  concept: string;
  /** Whose form it is: a Sector, or "pp" for a neutral form of Resolution 140. */
  role: Role;
  /** The form of the table that matched (as written in the table, article included if matched). */
  form: string;
  /** The text as it stands at `start..end`. */
  text: string;
  placeholder: string;
  /** The preferred neutral form of the concept and its number. */
  neutral: string;
  plural: boolean;
}

let cachedDefault: SectorTerms | undefined;

/** The table shipped with the tool (checked once). */
export function defaultSectorTerms(): SectorTerms {
  if (!cachedDefault) cachedDefault = sectorTermsFromData(SHIPPED_SECTOR_TERMS_DATA, "sector-terms");
  return cachedDefault;
}

/**
 * A complete table from its data as read from YAML (the shipped schema). Throws FatalError naming
 * `file` when it is invalid.
 */
export function sectorTermsFromData(data: unknown, file = "<terms>"): SectorTerms {
  const raw = readTable(data, file);
  const concepts = readConcepts(raw.concepts, file, true);
  return {
    concepts,
    notAfter: readStringList(raw.notAfter, "notAfter", file),
    differences: readClasses(raw.differences, file),
  };
}

/**
 * Applies the user's table (its data as read from YAML) to a table. Same schema as the shipped one;
 * by default it extends: forms and `notAfter` words are added, `neutral` (when given) replaces the
 * concept's neutral forms, a new `id` adds a concept. `replace: true` on a concept replaces that
 * concept; `replace: true` at the top replaces the whole table.
 */
export function mergeSectorTermsData(base: SectorTerms, data: unknown, file = "<terms>"): SectorTerms {
  const raw = readTable(data, file);
  if (raw.replace === true) return sectorTermsFromData(raw, file);
  const concepts = base.concepts.map((c) => ({
    ...c,
    forms: { ...c.forms },
    neutral: [...c.neutral],
  }));
  const userConcepts = readConcepts(raw.concepts, file, false);
  const rawList = Array.isArray(raw.concepts) ? (raw.concepts as Record<string, unknown>[]) : [];
  userConcepts.forEach((user, index) => {
    const replace = rawList[index]?.replace === true;
    const at = concepts.findIndex((c) => c.id === user.id);
    if (at < 0 || replace) {
      if (user.neutral.length === 0) {
        throw new FatalError(`concept "${user.id}" needs at least one neutral form`, file);
      }
      if (at < 0) concepts.push(user);
      else concepts[at] = user;
      return;
    }
    const existing = concepts[at] as SectorTermConcept;
    for (const role of SECTOR_ROLES) {
      existing.forms[role] = unique([...existing.forms[role], ...user.forms[role]]);
    }
    if (user.neutral.length > 0) existing.neutral = user.neutral;
    if (rawList[index]?.placeholder !== undefined) existing.placeholder = user.placeholder;
    if (user.description !== undefined) existing.description = user.description;
  });
  const notAfter = unique([...base.notAfter, ...readStringList(raw.notAfter, "notAfter", file)]);
  const differences = mergeDifferenceClasses(base.differences, readClasses(raw.differences, file));
  return { concepts, notAfter, differences };
}

/**
 * Finds the Sector terms in `text`, left to right, the longest form first at each place, on whole
 * words. An abbreviation that names a document ("Resolution ITU-R 61", "ITU-T X.1205") is skipped.
 * With `role` a Sector, only that Sector's forms and the neutral forms are looked for; with
 * "pp", only the neutral forms; without it, all forms. Text inside `⟨...⟩` (placeholders and
 * citation tokens of the normalizer) is never matched.
 */
export function findTermOccurrences(text: string, terms: SectorTerms, role?: Role): TermOccurrence[] {
  const index = compile(terms);
  const tokens = tokenize(text);
  const found: TermOccurrence[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i] as Token;
    const candidates = token.opaque ? undefined : candidatesAt(index, tokens, i);
    let matched = false;
    if (candidates && !isCitationContext(text, tokens, i, index.notAfter)) {
      for (const form of candidates) {
        if (role !== undefined && !formApplies(form, role)) continue;
        const count = matchAt(text, tokens, i, form);
        if (count === 0) continue;
        if (count === 1 && form.exact[0] && namesDocument(text, (tokens[i] as Token).end)) continue;
        const first = tokens[i] as Token;
        const last = tokens[i + count - 1] as Token;
        const concept = form.concept;
        const preferred = concept.neutral[0] ?? { form: "", plural: false };
        found.push({
          start: first.start,
          end: last.end,
          concept: concept.id,
          role: role !== undefined && form.roles.includes(role) ? role : (form.roles[0] as Role),
          form: form.source,
          text: text.slice(first.start, last.end),
          placeholder: concept.placeholder,
          neutral: preferred.form,
          plural: preferred.plural,
        });
        i += count;
        matched = true;
        break;
      }
    }
    if (!matched) i++;
  }
  return found;
}

// ---------------------------------------------------------------------------------------------------
// matching

interface Token {
  start: number;
  end: number;
  /** The word with hyphen variants folded to "-". */
  word: string;
  /** `word` in lower case. */
  lower: string;
  /** A `⟨...⟩` token: never part of a term. */
  opaque: boolean;
}

interface CompiledForm {
  source: string;
  concept: SectorTermConcept;
  roles: Role[];
  words: string[];
  lowerWords: string[];
  /** Per word: compare exactly (abbreviations) or in any case. */
  exact: boolean[];
  /** The separators between consecutive words, normalized (" ", "'", "-"). */
  gaps: string[];
}

/** The forms that start with one word: one-word forms, and longer ones by their second word. */
interface PrefixEntry {
  single: CompiledForm[];
  bySecond: Map<string, CompiledForm[]>;
}

interface CompiledTerms {
  /** Forms by their first word, lower-cased ("the", "itu-t"). */
  byPrefix: Map<string, PrefixEntry>;
  notAfter: Set<string>;
}

const compiled = new WeakMap<SectorTerms, CompiledTerms>();

// A word: letters and digits, joined by hyphens only before a letter ("ITU-R", but "RA-19" is "RA", "19").
const TOKEN = /⟨[^⟩]*⟩|[\p{L}\p{N}]+(?:[-\u2010\u2011]\p{L}[\p{L}\p{N}]*)*/gu;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const pattern = new RegExp(TOKEN);
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const raw = m[0];
    const word = /[\u2010\u2011]/.test(raw) ? raw.replace(/[\u2010\u2011]/g, "-") : raw;
    tokens.push({
      start: m.index,
      end: m.index + raw.length,
      word,
      lower: word.toLowerCase(),
      opaque: raw[0] === "⟨",
    });
  }
  return tokens;
}

function normalizeGap(gap: string): string {
  return gap.replace(/\s+/gu, " ").replace(/[’‘ʼ]/g, "'");
}

/** Abbreviations (ITU-R, TSB, WTSA) are words with capitals and no lower-case letter. */
function isAbbreviation(word: string): boolean {
  return /\p{Lu}/u.test(word) && !/\p{Ll}/u.test(word);
}

function compileForm(source: string, concept: SectorTermConcept, roles: Role[]): CompiledForm | null {
  const tokens = tokenize(source);
  if (tokens.length === 0) return null;
  const words = tokens.map((t) => t.word);
  const gaps = tokens.slice(1).map((t, k) => normalizeGap(source.slice((tokens[k] as Token).end, t.start)));
  return {
    source,
    concept,
    roles,
    words,
    lowerWords: words.map((w) => w.toLowerCase()),
    exact: words.map(isAbbreviation),
    gaps,
  };
}

function compile(terms: SectorTerms): CompiledTerms {
  const cached = compiled.get(terms);
  if (cached) return cached;
  // One entry per (concept, form): a form two Sectors share ("this Assembly") keeps both roles.
  const entries = new Map<string, CompiledForm>();
  const add = (form: string, concept: SectorTermConcept, role: Role) => {
    const variants = [form];
    if (/^the\s/i.test(form)) variants.push(form.replace(/^the\s+/i, ""));
    for (const variant of variants) {
      const key = `${concept.id}\u0000${variant}`;
      const entry = entries.get(key);
      if (entry) {
        if (!entry.roles.includes(role)) entry.roles.push(role);
        continue;
      }
      const compiledForm = compileForm(variant, concept, [role]);
      if (compiledForm) entries.set(key, compiledForm);
    }
  };
  for (const concept of terms.concepts) {
    for (const role of SECTOR_ROLES) for (const form of concept.forms[role]) add(form, concept, role);
    for (const n of concept.neutral) add(n.form, concept, "pp");
  }
  // Indexed by the first word, then the second (one-word forms apart), so a common first word ("the")
  // does not make every position try every form.
  const byPrefix = new Map<string, PrefixEntry>();
  for (const form of entries.values()) {
    const [first, second] = form.lowerWords as [string, string | undefined];
    let entry = byPrefix.get(first);
    if (!entry) {
      entry = { single: [], bySecond: new Map() };
      byPrefix.set(first, entry);
    }
    if (second === undefined) entry.single.push(form);
    else {
      const list = entry.bySecond.get(second);
      if (list) list.push(form);
      else entry.bySecond.set(second, [form]);
    }
  }
  // Longest first: more words, then more characters; ties in table order (stable sort).
  const longestFirst = (a: CompiledForm, b: CompiledForm) =>
    b.words.length - a.words.length || b.source.length - a.source.length;
  for (const entry of byPrefix.values()) {
    entry.single.sort(longestFirst);
    for (const list of entry.bySecond.values()) list.sort(longestFirst);
  }
  const result = { byPrefix, notAfter: new Set(terms.notAfter.map((w) => w.toLowerCase())) };
  compiled.set(terms, result);
  return result;
}

/** The forms that may start at token `i`: those of two or more words first (they are longer). */
function candidatesAt(index: CompiledTerms, tokens: Token[], i: number): CompiledForm[] | undefined {
  const entry = index.byPrefix.get((tokens[i] as Token).lower);
  if (!entry) return undefined;
  const next = tokens[i + 1];
  const longer = next && !next.opaque ? entry.bySecond.get(next.lower) : undefined;
  if (!longer) return entry.single.length > 0 ? entry.single : undefined;
  return entry.single.length > 0 ? [...longer, ...entry.single] : longer;
}

function formApplies(form: CompiledForm, role: Role): boolean {
  return form.roles.includes(role) || (role !== "pp" && form.roles.includes("pp"));
}

/** The number of tokens the form covers at token `i`, or 0 when it does not match there. */
function matchAt(text: string, tokens: Token[], i: number, form: CompiledForm): number {
  const n = form.words.length;
  if (i + n > tokens.length) return 0;
  for (let k = 0; k < n; k++) {
    const token = tokens[i + k] as Token;
    if (token.opaque) return 0;
    if (form.exact[k] ? token.word !== form.words[k] : token.lower !== form.lowerWords[k]) return 0;
    if (k > 0) {
      const previousEnd = (tokens[i + k - 1] as Token).end;
      // The common case, one space, without building a string.
      const gap =
        token.start - previousEnd === 1 && text[previousEnd] === " "
          ? " "
          : normalizeGap(text.slice(previousEnd, token.start));
      if (gap !== form.gaps[k - 1]) return 0;
    }
  }
  return n;
}

/**
 * An abbreviation followed by a document number ("ITU-R 61" in "Resolutions ITU-R 61 and ITU-R 69",
 * "ITU-T X.1205") names a document, not the Sector. A year ("WTSA 2020") is not a document number.
 */
function namesDocument(text: string, end: number): boolean {
  const m = /^\s+((?:[A-Z]{1,4}\.)?\d+)/.exec(text.slice(end, end + 16));
  return m !== null && !/^(?:19|20)\d\d$/.test(m[1] as string);
}

/** "Resolution ITU-R 61", "Recommendation ITU-T X.1205": the form names a document, not the Sector. */
function isCitationContext(text: string, tokens: Token[], i: number, notAfter: Set<string>): boolean {
  if (i === 0) return false;
  const previous = tokens[i - 1] as Token;
  const gap = text.slice(previous.end, (tokens[i] as Token).start);
  return /^\s+$/u.test(gap) && notAfter.has(previous.lower);
}

// ---------------------------------------------------------------------------------------------------
// reading the table (data as YAML gives it)

function readClasses(raw: unknown, file: string): DifferenceClasses {
  try {
    return readDifferenceClasses(raw, "the table");
  } catch (error) {
    throw new FatalError((error as Error).message, file);
  }
}

function readTable(raw: unknown, file: string): Record<string, unknown> {
  if (raw === null || raw === undefined) return {};
  if (typeof raw !== "object" || Array.isArray(raw)) {
    throw new FatalError("a Sector-term table is a mapping with `concepts` (and optional `notAfter`)", file);
  }
  // a misspelt key ("concept:") would otherwise change nothing, silently
  rejectUnknownKeys(raw as Record<string, unknown>, TABLE_KEYS, "the table", file);
  return raw as Record<string, unknown>;
}

const TABLE_KEYS = ["notAfter", "concepts", "differences", "replace"];
const CONCEPT_KEYS = ["id", "placeholder", "description", "forms", "neutral", "replace"];

function rejectUnknownKeys(
  value: Record<string, unknown>,
  known: string[],
  where: string,
  file: string,
): void {
  const unknown = Object.keys(value).find((key) => !known.includes(key));
  if (unknown !== undefined) {
    throw new FatalError(
      `${where}: unknown key \`${unknown}\` (expected ${known.map((k) => `\`${k}\``).join(", ")})`,
      file,
    );
  }
}

function readStringList(value: unknown, where: string, file: string): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== "string" || v.trim() === "")) {
    throw new FatalError(`\`${where}\` must be a list of non-empty strings`, file);
  }
  return value.map((v: string) => v.trim());
}

function readConcepts(value: unknown, file: string, complete: boolean): SectorTermConcept[] {
  if (value === undefined || value === null) {
    if (complete) throw new FatalError("the table has no `concepts`", file);
    return [];
  }
  if (!Array.isArray(value)) throw new FatalError("`concepts` must be a list", file);
  return value.map((entry, index) => {
    if (typeof entry !== "object" || entry === null || Array.isArray(entry)) {
      throw new FatalError(`concepts[${index}] must be a mapping with an \`id\``, file);
    }
    const c = entry as Record<string, unknown>;
    if (typeof c.id !== "string" || !/^[a-z][a-z0-9-]*$/.test(c.id)) {
      throw new FatalError(`concepts[${index}].id must be a lower-case name such as "sector"`, file);
    }
    const id = c.id;
    rejectUnknownKeys(c, CONCEPT_KEYS, `concept "${id}"`, file);
    const formsRaw = c.forms ?? {};
    if (typeof formsRaw !== "object" || formsRaw === null || Array.isArray(formsRaw)) {
      throw new FatalError(`concept "${id}": \`forms\` must map ITU-R, ITU-T, ITU-D to lists`, file);
    }
    for (const key of Object.keys(formsRaw)) {
      if (!(SECTOR_ROLES as readonly string[]).includes(key)) {
        throw new FatalError(
          `concept "${id}": unknown Sector "${key}" in \`forms\` (use ITU-R, ITU-T, ITU-D)`,
          file,
        );
      }
    }
    const formsRecord = formsRaw as Record<string, unknown>;
    const forms = {} as Record<SectorRole, string[]>;
    for (const role of SECTOR_ROLES)
      forms[role] = readStringList(formsRecord[role], `${id}.forms.${role}`, file);
    const neutral = readNeutral(c.neutral, id, file);
    if (complete && neutral.length === 0) {
      throw new FatalError(`concept "${id}" needs at least one neutral form`, file);
    }
    const placeholder = c.placeholder === undefined ? `⟨${id}⟩` : c.placeholder;
    if (typeof placeholder !== "string" || !/^⟨[^⟨⟩]+⟩$/.test(placeholder)) {
      throw new FatalError(`concept "${id}": \`placeholder\` must look like ⟨name⟩`, file);
    }
    const concept: SectorTermConcept = { id, placeholder, forms, neutral };
    if (typeof c.description === "string") concept.description = c.description;
    return concept;
  });
}

function readNeutral(value: unknown, id: string, file: string): NeutralForm[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new FatalError(`concept "${id}": \`neutral\` must be a list`, file);
  return value.map((n) => {
    if (typeof n === "string") return { form: n, plural: false };
    const r = n as Record<string, unknown> | null;
    if (!r || typeof r.form !== "string" || (r.plural !== undefined && typeof r.plural !== "boolean")) {
      throw new FatalError(`concept "${id}": each neutral form is {form: text, plural: true|false}`, file);
    }
    return { form: r.form, plural: r.plural === true };
  });
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}

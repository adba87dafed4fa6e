/**
 * The classes of word differences (docs/domain.md "What counts as common"), as data: the
 * `differences:` section of the Sector-term YAML, read here and applied by src/align/classes.ts.
 */

/** One class of differences, as the YAML gives it. */
export interface DifferenceClass {
  id: string;
  /** Words for the drafters ("the modal verb differs"). */
  reason: string;
  /** Words or phrases, lower-case, matched on whole words. */
  words: string[];
  /** Pairs of opposite (or, for editorial classes, equivalent) words or phrases. */
  pairs: [string, string][];
  /** A regular expression over single tokens (lower-case). */
  pattern: RegExp | null;
}

export interface DifferenceClasses {
  substantive: DifferenceClass[];
  editorial: DifferenceClass[];
}

/** Reads the `differences:` section of a Sector-term YAML (already parsed). Throws a message on bad data. */
export function readDifferenceClasses(raw: unknown, where: string): DifferenceClasses {
  if (raw === undefined || raw === null) return { substantive: [], editorial: [] };
  if (typeof raw !== "object" || Array.isArray(raw))
    throw new Error(`${where}: "differences" must be a mapping`);
  const record = raw as Record<string, unknown>;
  return {
    substantive: readList(record.substantive, `${where}: differences.substantive`),
    editorial: readList(record.editorial, `${where}: differences.editorial`),
  };
}

function readList(raw: unknown, where: string): DifferenceClass[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) throw new Error(`${where} must be a list`);
  return raw.map((entry, i) => readClass(entry, `${where}[${i}]`));
}

function readClass(raw: unknown, where: string): DifferenceClass {
  if (typeof raw !== "object" || raw === null) throw new Error(`${where} must be a mapping`);
  const r = raw as Record<string, unknown>;
  if (typeof r.id !== "string" || r.id === "") throw new Error(`${where} needs an "id"`);
  const strings = (value: unknown, name: string): string[] => {
    if (value === undefined) return [];
    if (!Array.isArray(value) || value.some((v) => typeof v !== "string"))
      throw new Error(`${where}.${name} must be a list of strings`);
    return (value as string[]).map((v) => v.toLowerCase().trim());
  };
  const pairs = r.pairs === undefined ? [] : r.pairs;
  if (!Array.isArray(pairs) || pairs.some((p) => !Array.isArray(p) || p.length !== 2))
    throw new Error(`${where}.pairs must be a list of [word, word] pairs`);
  let pattern: RegExp | null = null;
  if (r.pattern !== undefined) {
    if (typeof r.pattern !== "string") throw new Error(`${where}.pattern must be a string`);
    try {
      pattern = new RegExp(r.pattern, "u");
    } catch (error) {
      throw new Error(`${where}.pattern is not a valid regular expression: ${(error as Error).message}`);
    }
  }
  return {
    id: r.id,
    reason: typeof r.reason === "string" ? r.reason : `${r.id} differs`,
    words: strings(r.words, "words"),
    pairs: (pairs as unknown[][]).map((p, k) => strings(p, `pairs[${k}]`) as [string, string]),
    pattern,
  };
}

/** A user's classes over the shipped ones: a class with a known id replaces it, a new one is added. */
export function mergeDifferenceClasses(base: DifferenceClasses, user: DifferenceClasses): DifferenceClasses {
  const merge = (a: DifferenceClass[], b: DifferenceClass[]) => {
    const out = a.map((c) => b.find((u) => u.id === c.id) ?? c);
    for (const u of b) if (!a.some((c) => c.id === u.id)) out.push(u);
    return out;
  };
  return {
    substantive: merge(base.substantive, user.substantive),
    editorial: merge(base.editorial, user.editorial),
  };
}

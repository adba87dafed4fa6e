/**
 * The words of each wording in a group that the others do not share, marked for the report: a word of
 * a difference align found is a variant word (with its class when known); any other unshared word was
 * set aside by normalization (a Sector term, a citation revision).
 */
import { diffArrays } from "diff";
import type { CommonGroup, Role, SectorRole } from "../../model.js";

/** A difference of wording: editorial (the drafters may harmonize it) or substantive (delegations decide). */
export type DifferenceClass = "editorial" | "substantive";

/** A word of a wording, and whether it differs from the other wordings of its group. */
export interface Token {
  text: string;
  /** Space written before it. */
  space: string;
  /**
   * no: shared; set-aside: differs only in what comparison sets aside (Sector names, citation
   * revisions, case, punctuation); variant: one of the group's word differences.
   */
  differs: "no" | "set-aside" | "variant";
  class: DifferenceClass | null;
}

export interface ReportWording {
  role: Role;
  /** The file the wording stands in, and its 1-based line there (null where unknown). */
  file: string;
  line: number | null;
  label: string | null;
  keyword: string;
  /** The plain text, label and sub-items included. */
  text: string;
  tokens: WordTokens;
}

const DIFFERS: readonly Token["differs"][] = ["no", "set-aside", "variant"];
const CLASSES: readonly (DifferenceClass | null)[] = [null, "editorial", "substantive"];

/**
 * The words of a wording and how each differs, packed: a report of 4 x 4,000 items holds millions of
 * words, and an object for each was most of the report's memory. Iterating gives each word as a Token.
 */
export class WordTokens implements Iterable<Token> {
  /**
   * `bounds` holds the start and end of each word in `text`; `marks` its `differs` (index in DIFFERS)
   * plus 4 times its class (index in CLASSES).
   */
  private constructor(
    private readonly text: string,
    private readonly bounds: Uint32Array,
    private readonly marks: Uint8Array,
  ) {}

  /** The words of `text`, none differing. */
  static of(text: string): WordTokens {
    const bounds = wordBounds(text);
    return new WordTokens(text, bounds, new Uint8Array(bounds.length / 2));
  }

  get length(): number {
    return this.marks.length;
  }

  *[Symbol.iterator](): Iterator<Token> {
    let last = 0;
    for (let k = 0; k < this.marks.length; k++) {
      const start = this.bounds[2 * k] as number;
      const end = this.bounds[2 * k + 1] as number;
      const mark = this.marks[k] as number;
      yield {
        text: this.text.slice(start, end),
        space: this.text.slice(last, start),
        differs: DIFFERS[mark & 3] as Token["differs"],
        class: CLASSES[mark >> 2] ?? null,
      };
      last = end;
    }
  }

  /** The same words, each marked as `mark` says. */
  marked(mark: (index: number, word: string) => Pick<Token, "differs" | "class">): WordTokens {
    const marks = new Uint8Array(this.marks.length);
    for (let k = 0; k < marks.length; k++) {
      const m = mark(k, this.text.slice(this.bounds[2 * k], this.bounds[2 * k + 1]));
      marks[k] = DIFFERS.indexOf(m.differs) + 4 * CLASSES.indexOf(m.class);
    }
    return new WordTokens(this.text, this.bounds, marks);
  }
}

const TOKEN = /\S+/g;
const comparable = (t: string) =>
  t
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/^[("“]+|[)"”,;:.]+$/g, "");

/** The start and end of each word (a run of non-spaces) of `text`, one after another. */
function wordBounds(text: string): Uint32Array {
  const bounds: number[] = [];
  for (const m of text.matchAll(TOKEN)) bounds.push(m.index, m.index + m[0].length);
  return Uint32Array.from(bounds);
}

/** The words of `text`. */
function words(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Which tokens of `mine` the other wording does not have at the same place. */
function unmatched(mine: readonly string[], other: readonly string[]): boolean[] {
  const flags = mine.map(() => true);
  let k = 0;
  for (const part of diffArrays(mine as string[], other as string[])) {
    if (part.removed) {
      k += part.count ?? part.value.length;
      continue;
    }
    if (part.added) continue;
    for (let j = 0; j < (part.count ?? part.value.length); j++) flags[k + j] = false;
    k += part.count ?? part.value.length;
  }
  return flags;
}

/** Marks the words of each wording that the others do not share; variant words where align found a difference. */
export function markDifferences(
  wordings: ReportWording[],
  group: CommonGroup,
  classes: readonly (DifferenceClass | null)[],
): void {
  const keys = wordings.map((w) => words(w.text).map(comparable));
  wordings.forEach((w, k) => {
    const flags = (keys[k] as string[]).map(() => false);
    keys.forEach((other, j) => {
      if (j === k) return;
      unmatched(keys[k] as string[], other).forEach((f, i) => {
        if (f) flags[i] = true;
      });
    });
    // The group's own differences (normalized words), for this member's Sector.
    const readings = group.differences.map((d, i) => ({
      words: new Set(
        (d.readings[w.role as SectorRole] ?? "")
          .split(/\s+/)
          .map(comparable)
          .filter((x) => x !== ""),
      ),
      class: classes[i] ?? null,
    }));
    w.tokens = w.tokens.marked((i, word) => {
      // The label is where the item stands, not what it says.
      if (!flags[i] || (i === 0 && w.label !== null && word === w.label))
        return { differs: "no", class: null };
      const key = keys[k]?.[i] ?? "";
      // A raw word may hold punctuation the comparison splits off ("alert(\"x\")" vs "alert", "x").
      const hit =
        group.kind === "variant"
          ? readings.find(
              (r) => r.words.has(key) || [...r.words].some((w) => w.length > 2 && key.includes(w)),
            )
          : undefined;
      return hit ? { differs: "variant", class: hit.class } : { differs: "set-aside", class: null };
    });
  });
}

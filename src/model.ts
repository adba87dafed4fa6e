/**
 * The typed data that flows through the pipeline:
 * parse (Markdown -> Resolution) -> align (CommonGroup[]) -> plan (ConsolidationPlan) -> render.
 *
 * Every stage is a pure function over these types; only `src/cli.ts` touches files and terminals.
 */

/** Which document a resolution is: the Plenipotentiary parent or one of the three Sectors. */
export type Role = "pp" | "ITU-R" | "ITU-T" | "ITU-D";
export type SectorRole = Exclude<Role, "pp">;
export const SECTOR_ROLES: readonly SectorRole[] = ["ITU-R", "ITU-T", "ITU-D"];
export const ROLES: readonly Role[] = ["pp", ...SECTOR_ROLES];

/** Preambular keywords (recalling, noting ...) are italic in print; operative ones (resolves ...) act. */
export type SectionKind = "preambular" | "operative";

/** A place in a source file. `line` and `column` are 1-based; `offset` is a 0-based UTF-16 index. */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

/** A half-open range of the source: `end.offset` is one past the last character. */
export interface Span {
  start: Point;
  end: Point;
}

/** How a revision is written: "Rev. Geneva, 2022" (place and year) or the ITU-R "-2" suffix. */
export interface Revision {
  /** As written, e.g. "Rev. Geneva, 2022" or "-2". */
  text: string;
  place?: string;
  year?: number;
  /** ITU-R revision count, from "61-2". */
  suffix?: number;
  /** Not adopted yet: "Rev. [Place], [Year]" (place "[Place]", no year). */
  pending?: boolean;
}

/**
 * One lettered or numbered item (or a sub-item). `text` is the plain text of the item without its
 * label, markup and hard wraps; `source` is the exact slice of the input, so untouched items can be
 * written back byte for byte.
 */
export interface Item {
  /** The label normalized to its canonical form ("a)", "1", "1.1", "i)", "–"), or null for an unlabelled paragraph. */
  label: string | null;
  /** The label exactly as written in the source ("(a)", "a\\)", "**a)**", "1."), or null. */
  labelRaw: string | null;
  /** Position of the label in its sequence (a) = 1, b) = 2, 1 = 1, ii) = 2), or null when it has none. */
  ordinal: number | null;
  /** Plain text without the label: markup removed, whitespace collapsed, sub-items excluded. */
  text: string;
  subitems: Item[];
  /** 1-based line of the label (or of the first character of an unlabelled item). */
  line: number;
  /** 1-based column of the label. */
  column: number;
  /** 1-based last line of the item, sub-items included. */
  endLine: number;
  /** The source range of the whole item, sub-items included. */
  span: Span;
  /** `source.slice(span.start.offset, span.end.offset)`. */
  source: string;
  /**
   * Where the label stands as written (`**a)**`, `a\)`, `(a)`, or the list marker "1." that gives it),
   * so it can be replaced in place; null when the item has none.
   */
  labelSpan: Span | null;
  /** A blank line separates the item's first line from a line above it (how the document spaces items). */
  blankLineBefore: boolean;
}

/** A run of items under one keyword ("recalling", "instructs the Director of the ... Bureau"). */
export interface Section {
  /** The keyword as written, as plain text ("recognizing further"). */
  keyword: string;
  /** Normalized family: "noting further" -> "noting"; "instructs the Director of the X Bureau" -> "instructs-director". */
  family: string;
  kind: SectionKind;
  /** 1-based line of the keyword. */
  line: number;
  column: number;
  /** From the keyword to the end of its last item or trailing block. */
  span: Span;
  items: Item[];
  /** The keyword line exactly as written in the source (e.g. "*recalling*", "### recalling"). */
  keywordSource: string;
  /** Where `keywordSource` stands: from the keyword line's start (list marker or `#`) to the keyword's end. */
  keywordSpan: Span;
}

/** A block the parser did not map to the model (annex, note, footnote ...): kept, never dropped. */
export interface ExtraBlock {
  /** Where it stood: before the first section, after a section (its index), or after the operative part. */
  after: "front" | number;
  line: number;
  endLine: number;
  span: Span;
  source: string;
  text: string;
}

/**
 * Where the parts before the first keyword stand in the source, each null when the text has none. The
 * heading, title and preamble spans are those of the body text they were read from, even where front
 * matter overrides that text.
 */
export interface ResolutionSpans {
  /** The heading line as written ("# RESOLUTION 75 (REV. GENEVA, 2022)", from its `#` or `**`). */
  heading: Span | null;
  /** The revision in the heading's parentheses ("REV. GENEVA, 2022"). */
  headingRevision: Span | null;
  title: Span | null;
  /** "The World Telecommunication Standardization Assembly (Geneva, 2022)," (all its lines). */
  preamble: Span | null;
  /** The meeting in the preamble's last parentheses ("Geneva, 2022"). */
  preambleMeeting: Span | null;
  /** The front matter block: from the opening `---` to the end of the closing `---` line. */
  frontMatter: Span | null;
  /** The front matter's `revision:` value (inside its quotes), when the YAML is a valid mapping. */
  frontMatterRevision: Span | null;
}

export interface Resolution {
  /** The file name as given by the caller (used in every diagnostic). */
  file: string;
  role: Role | null;
  /** How the role was decided. */
  roleSource: "flag" | "front-matter" | "content" | null;
  /** "140", "75", "30", "61" (ITU-R number without the revision suffix). */
  number: string | null;
  revision: Revision | null;
  /** The "RESOLUTION 75 (REV. GENEVA, 2022)" heading line as plain text. */
  heading: string | null;
  title: string | null;
  /** "The World Telecommunication Standardization Assembly (Geneva, 2022)," */
  preamble: string | null;
  /** YAML front matter, parsed, or null. */
  frontMatter: Record<string, unknown> | null;
  /** Where the parser found the front parts in `source`, so later stages edit them in place. */
  spans: ResolutionSpans;
  sections: Section[];
  extras: ExtraBlock[];
  /** The full source text as read (BOM removed, line ends as in the file). */
  source: string;
  /** Whether the file started with a UTF-8 BOM, so text written back for it (a diff) keeps it. */
  bom: boolean;
  /** The line ending used by the file ("\n" or "\r\n"), so rewritten text keeps it. */
  eol: "\n" | "\r\n";
  /**
   * Set when the input was a Word document (.docx): `source` is then its Markdown reading, and
   * `paragraphOfLine[line - 1]` is the Word paragraph (1-based, body paragraphs in document order) that
   * line of the reading came from, or null (a blank line).
   */
  origin?: { format: "docx"; paragraphOfLine: readonly (number | null)[] };
}

export type Severity = "error" | "warning" | "info";

/**
 * A problem found in a document: a message on the file, never an exception.
 * Formatted as `file:line:column: severity: message [ruleId]`.
 */
export interface Diagnostic {
  file: string;
  line: number | null;
  column: number | null;
  severity: Severity;
  ruleId: string;
  message: string;
  /** For a Word (.docx) input: the paragraph the problem is in (`line` is then a line of its Markdown reading). */
  paragraph?: number;
}

/** The result of parsing one document: the model (null when the file could not be used) and messages. */
export interface ParseResult {
  resolution: Resolution | null;
  diagnostics: Diagnostic[];
}

// ---------------------------------------------------------------------------------------------------
// align

/** A reference to one item in one input document. */
export interface ItemRef {
  role: Role;
  file: string;
  /** Index of the section in `Resolution.sections`. */
  section: number;
  /** Index of the item in `Section.items`. */
  item: number;
  line: number;
  label: string | null;
  keyword: string;
  /** The keyword's family ("recognizing" for "recognizing further"): where the item is placed. */
  family?: string;
  /** The item's comparable text after normalization (set by align). */
  normalized?: string;
  /** The normalization rules that changed this item's text (set by align). */
  rules?: string[];
}

/** One word-level difference between the wordings of a group, for the drafters to harmonize. */
export interface WordDifference {
  /** The words as each member has them at this place ("" where a member has nothing). */
  readings: Partial<Record<SectorRole, string>>;
  /** The word just before and just after the place, as the first member has them ("" at an edge). */
  before?: string;
  after?: string;
  /** "addressee" when the members differ in whom their keyword addresses, not in their words. */
  in?: "addressee";
  /** Editorial (wording, order) or substantive (a number, a body, a modal verb ...): set by align. */
  class?: "editorial" | "substantive";
  /** The kind of difference that decided the class ("modal", "number", "order", "wording" ...). */
  category?: string;
  /** Why, in words for the drafters ("the modal verb differs: shall / should"). */
  reason?: string;
}

export type GroupKind = "identical" | "variant";

/** Items that all three Sectors share (or, in `partial`, two of them), one per Sector. */
export interface CommonGroup {
  kind: GroupKind;
  family: string;
  /** Similarity of the normalized texts, 0..1 (1 for identical). */
  score: number;
  members: ItemRef[];
  /** The Resolution 140 item that already says the same thing in neutral wording, or null. */
  pp: ItemRef | null;
  /** Similarity of the Resolution 140 item to the members, 0..1, or null without `pp`. */
  ppScore?: number | null;
  /**
   * Whether the Resolution 140 item's addressee covers every member's ("full": already said there) or
   * leaves some parties out ("narrower": not already said; the Sector items stay); null without `pp`.
   */
  ppCoverage?: "full" | "narrower" | null;
  /** The parties the Sectors address and the Resolution 140 item does not (empty unless narrower). */
  ppMissing?: string[];
  /** For a narrower link, what it leaves out in a sentence; else null. */
  ppNote?: string | null;
  /**
   * "differs" when the members stand under different keyword families (one Sector says under
   * *recognizing* what the others say under *considering*); `family` is then the one most use.
   */
  placement?: "same" | "differs";
  /** The normalization rules that fired on the members (e.g. "sector-term", "citation-revision"). */
  rules: string[];
  /** For a variant: "substantive" when any difference is, else "editorial"; null when identical. */
  variantClass?: "editorial" | "substantive" | null;
  differences: WordDifference[];
}

export interface AlignResult {
  common: CommonGroup[];
  partial: CommonGroup[];
}

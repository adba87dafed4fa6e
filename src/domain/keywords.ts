/**
 * The keywords that open the groups of a resolution, as data: the parser matches lines against these
 * tables, and nothing else in the code knows a keyword by name. Extend the tables, not the parser.
 *
 * A keyword's *family* is what matching across documents compares: "noting further" and "noting with
 * satisfaction" are both `noting`; "instructs the Director of the Telecommunication Standardization
 * Bureau" and "instructs the Directors of the three Bureaux" are both `instructs-director`.
 */

/** A preambular keyword (italic in print): its family and every spelling that means it. */
export interface PreambularKeyword {
  family: string;
  forms: readonly string[];
}

export const PREAMBULAR_KEYWORDS: readonly PreambularKeyword[] = [
  { family: "recalling", forms: ["recalling"] },
  { family: "recognizing", forms: ["recognizing", "recognising"] },
  { family: "considering", forms: ["considering"] },
  { family: "noting", forms: ["noting", "taking note", "taking note of"] },
  { family: "bearing-in-mind", forms: ["bearing in mind", "keeping in mind"] },
  { family: "taking-into-account", forms: ["taking into account", "taking into consideration"] },
  { family: "acknowledging", forms: ["acknowledging"] },
  {
    family: "emphasizing",
    forms: ["emphasizing", "emphasising", "stressing", "underlining", "highlighting"],
  },
  { family: "reaffirming", forms: ["reaffirming"] },
  { family: "welcoming", forms: ["welcoming"] },
  { family: "aware", forms: ["aware", "being aware", "conscious"] },
  { family: "convinced", forms: ["convinced"] },
  { family: "mindful", forms: ["mindful"] },
  { family: "having-regard-to", forms: ["having regard to"] },
  { family: "observing", forms: ["observing"] },
  { family: "concerned", forms: ["concerned", "deeply concerned"] },
  { family: "referring", forms: ["referring to"] },
  { family: "having-considered", forms: ["having considered"] },
  { family: "appreciating", forms: ["appreciating"] },
];

/**
 * Words that modify a keyword without changing its family: "recalling further", "further recognizing",
 * "noting with satisfaction", "resolves also". Longest first is not required; matching tries them all.
 */
export const KEYWORD_MODIFIERS = {
  before: ["further", "also", "furthermore"],
  after: [
    "further",
    "also",
    "furthermore",
    "with satisfaction",
    "with appreciation",
    "with concern",
    "with deep concern",
    "with great satisfaction",
  ],
} as const;

/**
 * An operative keyword: a verb, optionally followed by an addressee ("instructs the Council").
 * `family` is the verb part of the family; `takesAddressee` says whether the words after it name
 * whom it addresses (so "instructs the Council" is `instructs-council`, while "resolves" stands alone).
 */
export interface OperativeVerb {
  family: string;
  forms: readonly string[];
  takesAddressee: boolean;
}

export const OPERATIVE_VERBS: readonly OperativeVerb[] = [
  { family: "resolves", forms: ["resolves", "resolve"], takesAddressee: false },
  { family: "decides", forms: ["decides", "decide"], takesAddressee: false },
  {
    family: "instructs",
    forms: ["instructs", "resolves to instruct", "decides to instruct"],
    takesAddressee: true,
  },
  { family: "requests", forms: ["requests", "resolves to request"], takesAddressee: true },
  { family: "invites", forms: ["invites", "resolves to invite"], takesAddressee: true },
  { family: "encourages", forms: ["encourages", "resolves to encourage"], takesAddressee: true },
  { family: "urges", forms: ["urges"], takesAddressee: true },
  { family: "calls-upon", forms: ["calls upon", "calls on"], takesAddressee: true },
  { family: "appeals-to", forms: ["appeals to"], takesAddressee: true },
  { family: "recommends", forms: ["recommends"], takesAddressee: true },
  { family: "requests-and-encourages", forms: ["requests and encourages"], takesAddressee: true },
  { family: "endorses", forms: ["endorses"], takesAddressee: false },
  { family: "approves", forms: ["approves"], takesAddressee: false },
];

/**
 * Addressees of operative verbs, matched as a prefix of the words after the verb (case-insensitive,
 * after "further"/"also"). The first entry whose prefix matches wins, so longer prefixes come first.
 * An addressee not listed here gets a slug of its own words (`invites-regional-organizations`).
 */
export interface Addressee {
  family: string;
  prefixes: readonly string[];
}

export const ADDRESSEES: readonly Addressee[] = [
  {
    family: "member-states",
    prefixes: ["member states and sector members", "member states and the sector members", "member states"],
  },
  {
    family: "director",
    prefixes: [
      "the directors of the three bureaux",
      "the directors of the bureaux",
      "the director of the",
      "the directors of the",
      "the directors",
      "the three directors",
      "the director",
      "director of the",
      "directors of the",
    ],
  },
  { family: "secretary-general", prefixes: ["the secretary-general", "secretary-general"] },
  { family: "council", prefixes: ["the itu council", "the council", "council"] },
  {
    family: "study-groups",
    prefixes: [
      "the relevant study groups",
      "the study groups",
      "study groups",
      "itu-r study groups",
      "itu-t study groups",
      "itu-d study groups",
      "the itu-r study groups",
      "the itu-t study groups",
      "the itu-d study groups",
    ],
  },
  {
    family: "advisory-group",
    prefixes: [
      "the radiocommunication advisory group",
      "the telecommunication standardization advisory group",
      "the telecommunication development advisory group",
      "the sector advisory groups",
      "the advisory groups",
      "rag",
      "tsag",
      "tdag",
    ],
  },
  { family: "sector-members", prefixes: ["sector members", "the sector members"] },
  { family: "administrations", prefixes: ["administrations", "the administrations"] },
  { family: "membership", prefixes: ["the membership", "all members", "the members of itu", "itu members"] },
];

/**
 * Blocks after the operative part that start with one of these words are annexes, attachments or
 * notes: everything from there on is kept as extra blocks, not read as keyword groups.
 */
export const TRAILING_PART_WORDS: readonly string[] = [
  "annex",
  "annexes",
  "appendix",
  "attachment",
  "attachments",
  "note",
  "notes",
  "footnotes",
];

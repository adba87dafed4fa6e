/**
 * The Sector-term table that ships with the tool, as the YAML a user writes for `--terms` (same
 * schema), kept in a module so that the library reads no file. Parsed once, on first use, by
 * `defaultSectorTerms()` in ./sector-terms.ts.
 */
export const SHIPPED_SECTOR_TERMS_YAML = `# The Sector-term table (docs/domain.md, "Sector terms"), as data.
#
# Each concept lists every surface form each Sector uses for it, and the neutral forms Resolution 140
# uses for all three Sectors at once. For comparison, every form of a concept (any Sector, or neutral)
# becomes one placeholder, e.g. "the ITU Telecommunication Standardization Sector", "ITU-T" and
# "the three Sectors" all become "⟨sector⟩". The first neutral form is the preferred one when text is
# rewritten for Resolution 140; "plural" is its grammatical number ("the three Sectors are ...").
#
# Matching rules (docs/usage.md, "Sector terms"):
# - longest form first, on whole words; a form "the X" also matches "X" without the article;
# - words written in capitals (ITU-R, TSB, WTSA) match case-sensitively, other words in any case;
# - a form right after one of "notAfter" ("Resolution ITU-R 61", "Recommendation ITU-T X.1205") is a
#   citation, not a Sector term, and is left alone.
#
# Users extend or override this table with "--terms FILE" (same schema; docs/usage.md).

notAfter:
  - Resolution
  - Resolutions
  - Recommendation
  - Recommendations
  - Question
  - Questions
  - Report
  - Reports
  - Handbook
  - Opinion
  - Decision

concepts:
  - id: sector
    description: the Sector itself
    forms:
      ITU-R:
        - the ITU Radiocommunication Sector
        - ITU's Radiocommunication Sector
        - the Radiocommunication Sector of ITU
        - the Radiocommunication Sector
        - the ITU-R
      ITU-T:
        - the ITU Telecommunication Standardization Sector
        - ITU's Telecommunication Standardization Sector
        - the Telecommunication Standardization Sector of ITU
        - the Telecommunication Standardization Sector
        - the ITU-T
      ITU-D:
        - the ITU Telecommunication Development Sector
        - ITU's Telecommunication Development Sector
        - the Telecommunication Development Sector of ITU
        - the Telecommunication Development Sector
        - the ITU-D
    neutral:
      - form: the three Sectors
        plural: true
      - form: all three Sectors
        plural: true
      - form: each of the three Sectors
        plural: false
      - form: each Sector
        plural: false

  - id: bureau
    description: the Sector's Bureau
    forms:
      ITU-R:
        - the ITU Radiocommunication Bureau
        - the Radiocommunication Bureau
        - the BR
      ITU-T:
        - the ITU Telecommunication Standardization Bureau
        - the Telecommunication Standardization Bureau
        - the TSB
      ITU-D:
        - the ITU Telecommunication Development Bureau
        - the Telecommunication Development Bureau
        - the BDT
    neutral:
      - form: the three Bureaux
        plural: true
      - form: each Bureau
        plural: false

  - id: director
    description: the Director of the Sector's Bureau
    forms:
      ITU-R:
        - the Director of the Radiocommunication Bureau
        - the Director of the BR
        - the Director of BR
        - the BR Director
      ITU-T:
        - the Director of the Telecommunication Standardization Bureau
        - the Director of the TSB
        - the Director of TSB
        - the TSB Director
      ITU-D:
        - the Director of the Telecommunication Development Bureau
        - the Director of the BDT
        - the Director of BDT
        - the BDT Director
    neutral:
      - form: the Directors of the three Bureaux
        plural: true
      - form: the Director of each Bureau
        plural: false

  - id: assembly
    description: the Sector's assembly or conference
    forms:
      ITU-R:
        - the Radiocommunication Assembly
        - the RA
        - this Assembly
      ITU-T:
        - the World Telecommunication Standardization Assembly
        - the WTSA
        - this Assembly
      ITU-D:
        - the World Telecommunication Development Conference
        - the WTDC
        - this Conference
    neutral:
      - form: the Sector assemblies and conferences
        plural: true
      - form: the assemblies and conferences of the three Sectors
        plural: true

  - id: advisory-group
    description: the Sector's advisory group
    forms:
      ITU-R:
        - the Radiocommunication Advisory Group
        - the RAG
      ITU-T:
        - the Telecommunication Standardization Advisory Group
        - the TSAG
      ITU-D:
        - the Telecommunication Development Advisory Group
        - the TDAG
    neutral:
      - form: the Sector advisory groups
        plural: true
      - form: the advisory groups of the three Sectors
        plural: true

  - id: study-groups
    description: the Sector's study groups
    forms:
      ITU-R:
        - the ITU-R study groups
        - the study groups of ITU-R
        - the study groups of the ITU Radiocommunication Sector
        - the study groups of the Radiocommunication Sector
        - the Radiocommunication Sector study groups
        - the radiocommunication study groups
      ITU-T:
        - the ITU-T study groups
        - the study groups of ITU-T
        - the study groups of the ITU Telecommunication Standardization Sector
        - the study groups of the Telecommunication Standardization Sector
        - the Telecommunication Standardization Sector study groups
        - the telecommunication standardization study groups
      ITU-D:
        - the ITU-D study groups
        - the study groups of ITU-D
        - the study groups of the ITU Telecommunication Development Sector
        - the study groups of the Telecommunication Development Sector
        - the Telecommunication Development Sector study groups
        - the telecommunication development study groups
    neutral:
      - form: the study groups of the three Sectors
        plural: true
      - form: the study groups of all three Sectors
        plural: true
      - form: the Sector study groups
        plural: true

# How a word difference between the wordings of a variant weighs (docs/domain.md "What counts as
# common"). A difference is substantive when one of the "substantive" classes finds it, tried in this
# order: a token matching "pattern", or "words" not the same in every reading of that place, or one
# reading with one word of an opposite "pair" and another with the other. Otherwise it is editorial:
# reordered clauses, one of the "editorial" classes (its words set aside, or one side of each pair
# read as the other, the readings are equal), else a difference of wording. Words are matched on
# whole words, lower-case, in the comparable text (Sector terms are placeholders such as ⟨sector⟩).
# A user's YAML may add classes or replace one by giving its id.
differences:
  substantive:
    - id: action-line
      reason: the WSIS Action Line differs
      pattern: "^c(?:[1-9]|1[01])$"
    - id: year
      reason: a year differs
      pattern: "^(?:19|20)[0-9][0-9]$"
    - id: document-number
      reason: a document number differs
      pattern: "^[0-9]+/[0-9]+$"
    - id: number
      reason: a number differs
      pattern: "[0-9]"
    - id: frequency
      reason: how often differs
      words: [annually, annual, yearly, each year, every year, every two years, every three years, every four years, biennially, biennial, quadrennial, monthly, quarterly, regularly, periodically, once, each session, every session, each meeting, each assembly, each conference]
    - id: number-word
      reason: a number differs
      words: [one, two, three, four, five, six, seven, eight, nine, ten, first, second, third, fourth, single, double, twice, half]
    - id: document
      reason: the document referred to differs
      words: [this resolution, the present resolution, resolution, recommendation, decision, report, declaration, agenda, plan of action, tunis agenda, geneva plan of action]
    - id: scope
      reason: whom or how much it covers differs
      words: [most, some, only, every, all, any, few, many, several, majority, minority, least, partly, fully, exclusively]
    - id: modal
      reason: the modal verb differs
      words: [shall, should, may, must, will, can, could, might, would, is to, are to]
    - id: negation
      reason: a negation differs
      words: [not, no, never, none, neither, nor, without, non, cannot]
    - id: opposite
      reason: the verb says the opposite
      pairs:
        - [continue, cease]
        - [continue, discontinue]
        - [continue, stop]
        - [start, stop]
        - [increase, decrease]
        - [increase, reduce]
        - [expand, reduce]
        - [strengthen, weaken]
        - [include, exclude]
        - [support, oppose]
        - [accept, reject]
        - [approve, reject]
        - [allow, prohibit]
        - [encourage, discourage]
        - [maximize, minimize]
        - [enable, prevent]
        - [before, after]
    - id: body
      reason: the body named differs
      words: ["⟨sector⟩", "⟨bureau⟩", "⟨director⟩", "⟨assembly⟩", "⟨advisory-group⟩", "⟨study-groups⟩", council, plenipotentiary conference, plenipotentiary, general assembly, unga, ecosoc, economic and social council, cstd, commission on science and technology for development, hlpf, high-level political forum, unesco, undp, unctad, unicef, wipo, wto, itu, secretary-general, member states, sector members, academia, private sector, civil society, igf, wsis forum, regional offices]
    - id: money
      reason: the source of money differs
      words: [budget, regular budget, voluntary contributions, voluntary contribution, extrabudgetary, extra-budgetary, existing resources, available resources, trust fund, fund, funds, financial resources, fees, cost recovery]
  editorial:
    - id: equivalent
      reason: another wording of the same meaning
      pairs:
        - [so as to, in order to]
        - [to, in order to]
        - [as well as, and]
        - [in particular, including]
        - [among others, inter alia]
        - [for example, e.g.]
        - [such as, including]
        - [towards, toward]
        - [with a view to, in order to]
    - id: emphasis
      reason: a word of emphasis or continuity added or left out
      words: [continue to, to continue to, also, further, furthermore, actively, as appropriate, where appropriate, in particular, inter alia, relevant, the, a, an, its, their, effectively]
`;

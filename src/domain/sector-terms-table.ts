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
`;

/**
 * Sector-term tables written in YAML (`--terms FILE`, the config's `terms:`): the text parsed, then
 * read as the shipped table is (./sector-terms.ts). Apart from it so that a run without a user's
 * table loads no YAML parser.
 */
import { parse as parseYaml } from "yaml";
import { FatalError } from "../diagnostics/index.js";
import { mergeSectorTermsData, type SectorTerms, sectorTermsFromData } from "./sector-terms.js";

/** Parses a complete table (the shipped schema). Throws FatalError naming `file` when it is invalid. */
export function parseSectorTerms(yamlText: string, file = "<terms>"): SectorTerms {
  return sectorTermsFromData(readYaml(yamlText, file), file);
}

/** Applies the user's YAML to a table; see `mergeSectorTermsData`. */
export function mergeSectorTerms(base: SectorTerms, userYaml: string, file = "<terms>"): SectorTerms {
  return mergeSectorTermsData(base, readYaml(userYaml, file), file);
}

/** The YAML text as data; a syntax error is a FatalError naming `file`. */
export function readYaml(text: string, file: string): unknown {
  try {
    return parseYaml(text);
  } catch (error) {
    // the yaml package ends its first line with ":" before a code frame; keep the one line, without it
    const reason = (error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error)).replace(
      /:\s*$/u,
      "",
    );
    throw new FatalError(`not valid YAML: ${reason}`, file);
  }
}

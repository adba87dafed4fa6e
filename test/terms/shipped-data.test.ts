/**
 * The shipped Sector-term table is written as YAML (src/domain/sector-terms-table.ts, the schema users
 * write for --terms) and shipped as that YAML read ahead of time (src/domain/sector-terms-data.ts), so
 * that no run parses YAML for it. The two must say the same; `UPDATE=1` writes the data anew.
 */
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { defaultSectorTerms } from "../../src/domain/sector-terms.js";
import { SHIPPED_SECTOR_TERMS_DATA } from "../../src/domain/sector-terms-data.js";
import { SHIPPED_SECTOR_TERMS_YAML } from "../../src/domain/sector-terms-table.js";
import { parseSectorTerms, readYaml } from "../../src/domain/sector-terms-yaml.js";

const DATA_FILE = fileURLToPath(new URL("../../src/domain/sector-terms-data.ts", import.meta.url));

describe("the shipped Sector-term data", () => {
  const fromYaml = readYaml(SHIPPED_SECTOR_TERMS_YAML, "sector-terms");

  it("is the shipped YAML, read (UPDATE=1 writes it anew)", () => {
    if (process.env.UPDATE) {
      writeFileSync(
        DATA_FILE,
        `/**
 * The shipped Sector-term table (./sector-terms-table.ts) as its YAML reads: made by
 * \`UPDATE=1 npx vitest run test/terms/shipped-data.test.ts\`, which also checks that it still is.
 * Not to be edited by hand: edit the YAML and run that.
 */
export const SHIPPED_SECTOR_TERMS_DATA: unknown = ${JSON.stringify(fromYaml, null, 2)};
`,
      );
      execFileSync("npx", ["biome", "format", "--write", DATA_FILE], { stdio: "ignore" });
      return;
    }
    expect(SHIPPED_SECTOR_TERMS_DATA).toEqual(fromYaml);
  });

  it("gives the table that parsing the YAML gives", () => {
    expect(defaultSectorTerms()).toEqual(parseSectorTerms(SHIPPED_SECTOR_TERMS_YAML, "sector-terms"));
  });
});

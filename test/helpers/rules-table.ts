import { RULE_LIST } from "../../src/diagnostics/index.js";

/** The README's rule table, from the registry. */
export function rulesTable(): string {
  const rows = RULE_LIST.map((r) => `| \`${r.id}\` | ${r.severity} | ${r.description} | ${r.fix} |`);
  return ["| rule id | severity | what it means | how to fix |", "|---|---|---|---|", ...rows, ""].join("\n");
}

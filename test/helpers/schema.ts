/**
 * Checks JSON output against the published schemas (`schemas/*.schema.json`, JSON Schema 2020-12)
 * with ajv in strict mode, so a schema that ajv would have to guess about fails too.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import { repoRoot } from "./cli.js";

export type SchemaName = "consolidation" | "analysis" | "parse";

const ajv = new Ajv2020({ allErrors: true, strict: true });
const compiled = new Map<SchemaName, ValidateFunction>();

export function readSchema(name: SchemaName): Record<string, unknown> {
  return JSON.parse(readFileSync(join(repoRoot, "schemas", `${name}.schema.json`), "utf8"));
}

function validator(name: SchemaName): ValidateFunction {
  let validate = compiled.get(name);
  if (!validate) {
    validate = ajv.compile(readSchema(name));
    compiled.set(name, validate);
  }
  return validate;
}

/**
 * What the schema finds wrong with `data`, one line per error
 * (`/items/3/to: must have required property 'resolution140'`); empty when it is valid.
 * `expect(schemaErrors("parse", json)).toEqual([])` prints the lines when it fails.
 */
export function schemaErrors(name: SchemaName, data: unknown): string[] {
  const validate = validator(name);
  if (validate(data)) return [];
  return (validate.errors ?? []).map(describe);
}

function describe(error: ErrorObject): string {
  const where = error.instancePath === "" ? "(top level)" : error.instancePath;
  const params = error.params as Record<string, unknown>;
  const detail =
    error.keyword === "additionalProperties"
      ? `: "${params.additionalProperty}"`
      : error.keyword === "enum"
        ? ` ${JSON.stringify(params.allowedValues)}`
        : error.keyword === "const"
          ? ` ${JSON.stringify(params.allowedValue)}`
          : "";
  return `${where}: ${error.message}${detail} (${error.schemaPath})`;
}

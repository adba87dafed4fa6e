/**
 * The shape of the code base, kept by tests so that it stays the one the docs describe
 * (docs/development.md): no import cycle, short files and functions, every declared dependency used,
 * a README for users that cites nothing outside the repository, and its rule table equal to the
 * registry of diagnostic rules.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { repoRoot } from "./helpers/cli.js";
import { updatingGoldens } from "./helpers/goldens.js";
import { rulesTable } from "./helpers/rules-table.js";

const MAX_FILE_LINES = 500;
const MAX_FUNCTION_LINES = 150;
const MAX_README_LINES = 300;
/** Declared for a coming feature; each entry says which. */
const DECLARED_AHEAD: Record<string, string> = {};

function filesUnder(dir: string, keep: (path: string) => boolean): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path, keep));
    else if (keep(path)) out.push(path);
  }
  return out.sort();
}

const srcFiles = filesUnder(join(repoRoot, "src"), (p) => p.endsWith(".ts"));
const read = (path: string) => readFileSync(path, "utf8");
const rel = (path: string) => relative(repoRoot, path).split("\\").join("/");

/** Relative module specifiers of a file: static imports and exports, and dynamic `import("...")`. */
function localImports(path: string): string[] {
  const text = read(path);
  const specs = [
    ...text.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s+"(\.[^"]+)"/gms),
    ...text.matchAll(/\bimport\(\s*"(\.[^"]+)"\s*\)/g),
  ].map((m) => m[1] as string);
  return specs.map((spec) => resolve(dirname(path), spec.replace(/\.js$/, ".ts")));
}

describe("the code base", () => {
  it("has no import cycle in src/", () => {
    const graph = new Map(srcFiles.map((f) => [f, localImports(f).filter((t) => srcFiles.includes(t))]));
    const state = new Map<string, "visiting" | "done">();
    const cycles: string[] = [];
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === "done") return;
      if (state.get(file) === "visiting") {
        cycles.push([...path.slice(path.indexOf(file)), file].map(rel).join(" -> "));
        return;
      }
      state.set(file, "visiting");
      for (const next of graph.get(file) ?? []) visit(next, [...path, file]);
      state.set(file, "done");
    };
    for (const file of srcFiles) visit(file, []);
    expect(cycles).toEqual([]);
  });

  it(`has no file in src/ over ${MAX_FILE_LINES} lines`, () => {
    const long = srcFiles
      .map((f) => [rel(f), read(f).split("\n").length] as const)
      .filter(([, lines]) => lines > MAX_FILE_LINES);
    expect(long).toEqual([]);
  });

  it(`has no function in src/ over ${MAX_FUNCTION_LINES} lines`, () => {
    const long: string[] = [];
    for (const file of srcFiles) {
      const source = ts.createSourceFile(file, read(file), ts.ScriptTarget.ES2022, true);
      const lineOf = (pos: number) => source.getLineAndCharacterOfPosition(pos).line;
      const walk = (node: ts.Node) => {
        if (ts.isFunctionLike(node) && "body" in node && node.body) {
          const lines = lineOf(node.getEnd()) - lineOf(node.getStart()) + 1;
          if (lines > MAX_FUNCTION_LINES)
            long.push(`${rel(file)}:${lineOf(node.getStart()) + 1} (${lines} lines)`);
        }
        ts.forEachChild(node, walk);
      };
      walk(source);
    }
    expect(long).toEqual([]);
  });

  it("imports every dependency it declares", () => {
    const pkg = JSON.parse(read(join(repoRoot, "package.json"))) as {
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    const code = [
      ...srcFiles,
      ...filesUnder(join(repoRoot, "test"), (p) => p.endsWith(".ts")),
      ...filesUnder(join(repoRoot, "bench"), (p) => p.endsWith(".ts")),
    ]
      .map(read)
      .join("\n");
    const tools = new Set(["@biomejs/biome", "typescript", "vitest", "@vitest/coverage-v8"]);
    const imported = (name: string) => {
      const spec = name.startsWith("@types/") ? name.slice("@types/".length) : name;
      const quoted = new RegExp(`["']${spec.replace(/[/.]/g, "\\$&")}(?:/[^"']*)?["']`);
      return quoted.test(code) || (name === "@types/node" && code.includes('"node:'));
    };
    const declared = Object.keys(pkg.dependencies).concat(Object.keys(pkg.devDependencies));
    const unused = declared.filter(
      (name) => !tools.has(name) && !(name in DECLARED_AHEAD) && !imported(name),
    );
    expect(unused).toEqual([]);
    // A dependency declared ahead of its feature leaves the list when the feature imports it.
    expect(Object.keys(DECLARED_AHEAD).filter(imported)).toEqual([]);
  });
});

describe("the README", () => {
  const readme = read(join(repoRoot, "README.md"));

  it(`is for users: under ${MAX_README_LINES} lines, with the two quick-start commands`, () => {
    expect(readme.split("\n").length).toBeLessThan(MAX_README_LINES);
    expect(readme).toContain("npm install && npm start");
    expect(readme).toContain("npm install && npm test");
  });

  it("and docs/ cite no file outside the repository", () => {
    const docs = filesUnder(join(repoRoot, "docs"), (p) => p.endsWith(".md")).map((p) => [rel(p), read(p)]);
    const outside = [["README.md", readme], ...docs]
      .filter(([, text]) => /DOMAIN\.md|\.\.\/shared\b/.test(text as string))
      .map(([name]) => name);
    expect(outside).toEqual([]);
  });

  it("lists every diagnostic rule of the registry, as the registry says (UPDATE=1 rewrites it)", () => {
    const markers = /(<!-- rules:start -->\n)([\s\S]*?)(<!-- rules:end -->)/;
    if (updatingGoldens()) {
      writeFileSync(
        join(repoRoot, "README.md"),
        readme.replace(markers, (_, a, __, b) => a + rulesTable() + b),
      );
      return;
    }
    const block = markers.exec(readme)?.[2];
    expect(block, "README has no <!-- rules:start --> ... <!-- rules:end --> block").toBeDefined();
    expect(block).toBe(rulesTable());
  });
});

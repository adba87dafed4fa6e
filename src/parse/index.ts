/**
 * Markdown to a `Resolution`, one stage per file:
 * source (BOM, line ends) -> front matter -> mdast (fast path or remark) -> line units -> structure
 * (sections, items, extras; src/parse/structure/) -> front (heading, title, preamble). Where each part
 * stands goes into the model, so later stages never search the text for it again. `parseDocument`
 * stops there (the role is left null); `parseResolution` adds the role stage for one document
 * (src/domain/roles.ts), and the commands that read all four assign roles across the files instead
 * (`assignRoles`). Pure: takes the text, never touches the file system.
 */
import { FatalError } from "../diagnostics/index.js";
import { resolveRole } from "../domain/roles.js";
import type { Diagnostic, ParseResult, Resolution, Role } from "../model.js";
import { readFront } from "./front.js";
import { readFrontMatter } from "./front-matter.js";
import { checkInputSize, checkNesting } from "./limits.js";
import { collectUnits } from "./lines.js";
import { type Engine, type ParseStats, parseMarkdown } from "./markdown.js";
import { prepareSource } from "./source.js";
import { buildStructure, frontExtras } from "./structure/index.js";

export interface ParseOptions {
  /** The file name, as the caller wants it in messages and in `Resolution.file`. */
  file: string;
  /** The role, when the caller knows it (a `--role` flag); otherwise `parseResolution` detects it. */
  role?: Role;
  /** What named the role, as a warning that contradicts it says ("--role", the default). */
  roleNamedBy?: string;
  /**
   * `auto` (default): the fast path for the plain blocks, remark for the rest; `remark`: remark over
   * the whole document. Both give the same result; `remark` exists for tests and comparisons.
   */
  engine?: Engine;
}

export interface ParseResultWithStats extends ParseResult {
  resolution: Resolution;
  /** How much of the document each parser read. */
  stats: ParseStats;
}

/**
 * Parses one resolution and settles its role: the `role` option when given, else what its front
 * matter, heading and preamble say (a `role-unknown` warning when they say nothing).
 */
export function parseResolution(text: string, options: ParseOptions): ParseResultWithStats {
  const parsed = parseDocument(text, options);
  const role = resolveRole(parsed.resolution, options.role, options.roleNamedBy);
  const diagnostics = role.diagnostic
    ? sortByPlace([...parsed.diagnostics, role.diagnostic])
    : parsed.diagnostics;
  return { ...parsed, resolution: role.resolution, diagnostics };
}

/**
 * Parses one resolution's structure; its role is left null. Structural oddities are warnings in
 * `diagnostics`; an empty document or one without any keyword section throws a `FatalError` naming
 * the file.
 */
export function parseDocument(text: string, options: Omit<ParseOptions, "role">): ParseResultWithStats {
  checkInputSize(text.length, options.file);
  const source = prepareSource(text, options.file);
  checkNesting(source);
  const frontMatter = readFrontMatter(source);
  const tree = parseMarkdown(
    source,
    { start: frontMatter.bodyStart, line: frontMatter.bodyLine },
    options.engine ?? "auto",
  );
  const units = collectUnits(tree.nodes, source);
  const structure = buildStructure(units, source);
  if (structure.sections.length === 0) {
    throw new FatalError(
      "no keyword section found (such as *recalling* or *resolves* followed by items); is this an ITU resolution?",
      options.file,
    );
  }
  const front = readFront(structure.frontUnits, frontMatter.data, source);
  const extras = [...structure.extras, ...frontExtras(structure.frontUnits, front.used, source)].sort(
    (a, b) => a.span.start.offset - b.span.start.offset,
  );
  const diagnostics: Diagnostic[] = [...frontMatter.diagnostics, ...structure.diagnostics];
  const resolution: Resolution = {
    file: options.file,
    role: null,
    roleSource: null,
    number: front.number,
    revision: front.revision,
    heading: front.heading,
    title: front.title,
    preamble: front.preamble,
    frontMatter: frontMatter.data,
    spans: { ...front.spans, frontMatter: frontMatter.span, frontMatterRevision: frontMatter.revisionSpan },
    sections: structure.sections,
    extras,
    source: source.text,
    eol: source.eol,
    bom: source.bom,
  };
  return { resolution, diagnostics: sortByPlace(diagnostics), stats: tree.stats };
}

function sortByPlace(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

export type { Engine, ParseStats } from "./markdown.js";

/**
 * The CLI edge for input: reads resolution files (with one-line fatal errors naming the file for
 * anything that is not UTF-8 Markdown text or a Word document), parses them, and gives each its role.
 * A Word (.docx) file is read into Markdown text first (src/io/docx/), so one parser builds the model.
 * Never writes.
 */
import { readFile, stat } from "node:fs/promises";
import { resolve } from "node:path";
import { FatalError } from "../diagnostics/index.js";
import { allRoles, assignSomeRoles, roleMismatch } from "../domain/roles.js";
import type { Diagnostic, ParseResult, Resolution, Role } from "../model.js";
import { locateDiagnostics } from "../paragraphs.js";
import { parseDocument } from "../parse/index.js";
import { checkInputSize } from "../parse/limits.js";
import { ROLE_FILE_OPTIONS, type RoleFiles } from "./role-files.js";

/**
 * The text of a file, decoded as UTF-8 (a BOM is kept; the parser removes it). `path` is resolved
 * against `cwd`; messages name the file as given.
 */
export async function readSourceFile(path: string, cwd: string = process.cwd()): Promise<string> {
  return decodeSource(await readBytes(path, cwd), path);
}

async function readBytes(path: string, cwd: string): Promise<Buffer> {
  const full = resolve(cwd, path);
  try {
    const info = await stat(full);
    if (info.isDirectory()) throw new FatalError("is a directory, not a Markdown file", path);
    // Before reading: a file of gigabytes is refused without being loaded.
    if (info.isFile()) checkInputSize(info.size, path);
    return await readFile(full);
  } catch (error) {
    if (error instanceof FatalError) throw error;
    throw new FatalError(readProblem(error), path);
  }
}

/**
 * A resolution input as read: the name messages use, its Markdown text (for a Word document, its
 * Markdown reading) and, for a Word document, where each line of that text came from.
 */
export interface SourceInput {
  name: string;
  text: string;
  origin?: NonNullable<Resolution["origin"]>;
}

/**
 * Reads a resolution file: Markdown (see `readSourceFile`), or a Word document when the name ends in
 * .docx or the bytes are a Word package (a .docx under another name). An old .doc file is refused.
 */
export async function readInputFile(path: string, cwd: string = process.cwd()): Promise<SourceInput> {
  return decodeInput(await readBytes(path, cwd), path);
}

/** The bytes of an input as Markdown or, for a Word document, as its Markdown reading. */
export async function decodeInput(bytes: Uint8Array, name: string): Promise<SourceInput> {
  const extension = /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase();
  // The Word reader (and its zip and XML libraries) loads only for what may be Word: a .doc or
  // .docx name, or the first bytes of a zip ("PK") or of an old .doc (D0 CF); docx.wordContainer
  // then tells.
  const mayBeWord =
    extension === "doc" ||
    extension === "docx" ||
    (bytes[0] === 0x50 && bytes[1] === 0x4b) ||
    (bytes[0] === 0xd0 && bytes[1] === 0xcf);
  if (!mayBeWord) return { name, text: decodeSource(bytes, name) };
  const docx = await import("./docx/index.js");
  const container = docx.wordContainer(bytes);
  if (extension === "doc" && container !== "zip") {
    throw new FatalError(
      "is an old Word .doc file, which is not supported; save it as a Word document (.docx) and use that",
      name,
    );
  }
  if (extension === "docx" || container !== null) {
    const reading = await docx.readDocx(bytes, name);
    return {
      name,
      text: reading.markdown,
      origin: { format: "docx", paragraphOfLine: reading.paragraphOfLine },
    };
  }
  return { name, text: decodeSource(bytes, name) };
}

/**
 * A parse result for `input`: for a Word document, the resolution records its origin and each
 * diagnostic the paragraph it is in.
 */
export function withOrigin<T extends ParseResult & { resolution: Resolution }>(
  result: T,
  input: SourceInput,
): T {
  if (!input.origin) return result;
  const resolution = { ...result.resolution, origin: input.origin };
  return { ...result, resolution, diagnostics: locateDiagnostics(result.diagnostics, [resolution]) };
}

/** What messages call standard input, read for the file name `-`. */
export const STDIN_NAME = "<stdin>";

/**
 * The text of `-` (standard input, as Unix tools read it) or of a file; see `readSourceFile`. Standard
 * input that is a terminal is refused rather than waited on.
 */
export async function readSourceInput(
  path: string,
  cwd: string,
  stdin: AsyncIterable<Uint8Array | string> | undefined,
): Promise<SourceInput> {
  if (path !== "-") return readInputFile(path, cwd);
  if (!stdin || (stdin as { isTTY?: boolean }).isTTY) {
    throw new FatalError(
      "nothing to read: pipe a resolution in (cat draft.md | ...) or name a file",
      STDIN_NAME,
    );
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of stdin) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    size += bytes.length;
    checkInputSize(size, STDIN_NAME, true);
    chunks.push(bytes);
  }
  return decodeInput(Buffer.concat(chunks), STDIN_NAME);
}

/** Checks and decodes the bytes of a resolution file; see `readSourceFile`. */
export function decodeSource(bytes: Uint8Array, file: string): string {
  if (bytes.length === 0)
    throw new FatalError("the file is empty; expected an ITU resolution in Markdown", file);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new FatalError("is UTF-16 text; save it as UTF-8", file);
  }
  if (bytes.includes(0))
    throw new FatalError("is a binary file (it contains NUL bytes), not Markdown text", file);
  try {
    // The BOM is kept here and recorded by the parser, so output written for this file keeps it.
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw new FatalError(
      `is not valid UTF-8 text (line ${at.line}, byte offset ${at.offset}); save it as UTF-8`,
      file,
      at.line,
    );
  }
}

/** Why a file could not be read, as the end of a one-line error ("no such file"). */
export function readProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOENT":
      return "no such file";
    case "EACCES":
    case "EPERM":
      return "cannot be read (permission denied)";
    case "EISDIR":
      return "is a directory, not a file";
    case "ELOOP":
      return "cannot be read (a symbolic link that leads back to itself)";
    case "ENOTDIR":
      return "no such file (part of the path is a file, not a folder)";
    case "ENAMETOOLONG":
      return "cannot be read (the path is too long)";
    default:
      return `cannot be read (${code ?? (error instanceof Error ? error.message : String(error))})`;
  }
}

/** Where the first byte that is not UTF-8 stands: its offset and line (an editor's "go to line"). */
function firstInvalidUtf8(bytes: Uint8Array): { offset: number; line: number } {
  let line = 1;
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] as number;
    if (lead === 0x0a) line++;
    const length =
      lead < 0x80
        ? 1
        : lead >= 0xc2 && lead <= 0xdf
          ? 2
          : lead >= 0xe0 && lead <= 0xef
            ? 3
            : lead >= 0xf0 && lead <= 0xf4
              ? 4
              : 0;
    if (length === 0) return { offset: i, line };
    const second = bytes[i + 1] ?? 0;
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8 either.
    if (
      (lead === 0xe0 && second < 0xa0) ||
      (lead === 0xed && second > 0x9f) ||
      (lead === 0xf0 && second < 0x90) ||
      (lead === 0xf4 && second > 0x8f)
    ) {
      return { offset: i, line };
    }
    for (let k = 1; k < length; k++) {
      if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return { offset: i, line };
    }
    i += length;
  }
  return { offset: bytes.length, line };
}

/** `RoleFiles`: the files named for a role (`--pp`, `--itu-r` ...); these win over detection. */
export interface LoadOptions extends RoleFiles {
  /** Files given as positional arguments; their roles are detected. */
  files?: readonly string[];
  /** Directory relative paths are resolved against (the CLI's working directory). */
  cwd?: string;
  /**
   * Read for the file name `-` (`check`), as `parse` does; named `<stdin>` in messages. Without it
   * (`analyze`, `propose`), `-` is refused: they need four files, and write files named after them.
   */
  stdin?: { stream: AsyncIterable<Uint8Array | string> | undefined };
}

export interface LoadedResolutions {
  byRole: Record<Role, Resolution>;
  /** Parser warnings for all files, in file order. */
  diagnostics: Diagnostic[];
}

/**
 * Reads, parses and assigns the four resolutions for the multi-file commands. Files may be positional,
 * named by flag, or both (a file given both ways is read once, with the flag's role). Every unreadable
 * file is reported, in one line, before anything is parsed.
 */
export async function loadResolutions(options: LoadOptions): Promise<LoadedResolutions> {
  const loaded = await loadSomeResolutions(options);
  return {
    byRole: allRoles(loaded.byRole, loaded.files),
    diagnostics: loaded.diagnostics,
  };
}

/**
 * As `loadResolutions`, for one to four files (`check`): the roles the files fill, and which role
 * each flag named.
 */
export async function loadSomeResolutions(options: LoadOptions): Promise<{
  byRole: Partial<Record<Role, Resolution>>;
  diagnostics: Diagnostic[];
  explicit: Partial<Record<Role, string>>;
  /** The files read, in order. */
  files: string[];
}> {
  const cwd = options.cwd ?? process.cwd();
  const flagged = ROLE_FILE_OPTIONS.map((o): [Role, string | undefined] => [o.role, options[o.attribute]]);
  const names: string[] = [];
  const byPath = new Map<string, string>();
  const add = (file: string) => {
    const full = resolve(cwd, file);
    const existing = byPath.get(full);
    if (existing !== undefined) return existing;
    byPath.set(full, file);
    names.push(file);
    return file;
  };
  const explicit: Partial<Record<Role, string>> = {};
  for (const [role, file] of flagged) if (file !== undefined) explicit[role] = add(file);
  for (const file of options.files ?? []) add(file);
  if (names.length === 0) {
    throw new FatalError(
      "no resolution files given; pass the four files, or name them with --pp --itu-r --itu-t --itu-d",
    );
  }

  const stdin = options.stdin;
  if (!stdin && names.includes("-")) {
    throw new FatalError(
      "standard input is read by parse and check only; name the file (./- for a file called -)",
      STDIN_NAME,
    );
  }
  const texts = await Promise.allSettled(
    names.map((file) =>
      stdin && file === "-" ? readSourceInput(file, cwd, stdin.stream) : readInputFile(file, cwd),
    ),
  );
  const problems = texts.flatMap((result) =>
    result.status === "rejected" ? [result.reason as unknown] : [],
  );
  if (problems.length === 1) throw problems[0];
  if (problems.length > 1) {
    const lines = problems.map((problem) =>
      problem instanceof FatalError && problem.file ? `${problem.file}: ${problem.message}` : String(problem),
    );
    throw new FatalError(`${problems.length} files cannot be used: ${lines.join("; ")}`);
  }

  // Standard input is named <stdin> from here on, in messages and in the roles the flags give.
  const shown = (file: string) => (stdin && file === "-" ? STDIN_NAME : file);
  for (const role of Object.keys(explicit) as Role[]) explicit[role] = shown(explicit[role] as string);
  const diagnostics: Diagnostic[] = [];
  const resolutions = texts.map((text) => {
    const input = (text as PromiseFulfilledResult<SourceInput>).value;
    const result = withOrigin(parseDocument(input.text, { file: input.name }), input);
    diagnostics.push(...result.diagnostics);
    return result.resolution;
  });
  const byRole = assignSomeRoles(resolutions, explicit);
  for (const resolution of Object.values(byRole)) {
    const mismatch = roleMismatch(resolution, options.rolesNamedBy?.[resolution.role as Role]);
    if (mismatch) diagnostics.push(mismatch);
  }
  return {
    byRole,
    diagnostics: locateDiagnostics(diagnostics, Object.values(byRole)),
    explicit,
    files: names.map(shown),
  };
}

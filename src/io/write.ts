/**
 * Writes a set of output files all or none. Everything is checked first (no output may be an input;
 * existing outputs are kept unless `force`), then each file is written to a temporary file beside its
 * target, and only when all are written are they renamed into place. Should a rename fail, the files
 * already renamed are put back as they were (restored from a backup, or removed if they were new),
 * so a failure leaves no half-written output. An interruption (SIGINT, SIGTERM, SIGHUP) while writing
 * undoes the same way before the process ends.
 */
import { renameSync, unlinkSync } from "node:fs";
import * as nodeFs from "node:fs/promises";
import { basename, dirname, isAbsolute, join, relative, resolve } from "node:path";
import { FatalError } from "../diagnostics/index.js";

/** The file operations used, so tests can make one of them fail. */
export interface WriteFs {
  mkdir(path: string): Promise<unknown>;
  writeFile(path: string, data: string | Uint8Array, options: { flag: "wx" }): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  link(existing: string, newPath: string): Promise<void>;
  copyFile(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  realpath(path: string): Promise<string>;
  stat(path: string): Promise<{ isDirectory(): boolean }>;
}

export interface WriteOptions {
  /** Replace existing outputs (default false: an existing output stops the run before anything is written). */
  force?: boolean;
  /** The input files: never written to, whatever the output names. */
  inputs?: readonly string[];
  /** Resolves relative paths (default: the process's working directory). */
  cwd?: string;
  fs?: WriteFs;
  /** Undo and end the process on SIGINT/SIGTERM/SIGHUP while writing (default true). */
  handleSignals?: boolean;
}

export interface FileToWrite {
  path: string;
  /** Text is written as UTF-8; bytes (a .docx) as they are. */
  content: string | Uint8Array;
}

/** What a write has done so far, so that it can be undone: temporaries, backups, renamed targets. */
interface Progress {
  temps: string[];
  backups: Map<string, string>;
  renamed: string[];
}

/** Undoes `progress` with the injected file operations (after an error). */
async function undo(fs: WriteFs, progress: Progress): Promise<void> {
  for (const path of [...progress.renamed].reverse()) {
    const backup = progress.backups.get(path);
    if (!backup) {
      await quietly(() => fs.unlink(path));
      continue;
    }
    // When the rename being undone never happened, the backup is a second name of the original
    // (rename of two links to one file does nothing) or the restore fails: either way, drop the name.
    await quietly(() => fs.rename(backup, path));
    await quietly(() => fs.unlink(backup));
  }
  for (const temp of progress.temps) await quietly(() => fs.unlink(temp));
  for (const [path, backup] of progress.backups) {
    if (!progress.renamed.includes(path)) await quietly(() => fs.unlink(backup));
  }
}

/** Undoes `progress` synchronously: a signal handler has no time for promises. */
function undoNow(progress: Progress): void {
  const attempt = (action: () => void): boolean => {
    try {
      action();
      return true;
    } catch {
      return false; // best effort: the process is ending
    }
  };
  for (const path of [...progress.renamed].reverse()) {
    const backup = progress.backups.get(path);
    if (!backup) attempt(() => unlinkSync(path));
    else {
      attempt(() => renameSync(backup, path));
      attempt(() => unlinkSync(backup)); // see undo()
    }
  }
  for (const temp of progress.temps) attempt(() => unlinkSync(temp));
  for (const [path, backup] of progress.backups) {
    if (!progress.renamed.includes(path)) attempt(() => unlinkSync(backup));
  }
}

const SIGNALS = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;

/** Runs `work` with handlers that undo `progress` and end the process if a signal arrives meanwhile. */
async function undoneOnSignal<T>(progress: Progress, enabled: boolean, work: () => Promise<T>): Promise<T> {
  if (!enabled) return work();
  const handlers = Object.entries(SIGNALS).map(([signal, code]) => {
    const handler = () => {
      undoNow(progress);
      process.exit(code);
    };
    process.once(signal, handler);
    return [signal, handler] as const;
  });
  try {
    return await work();
  } finally {
    for (const [signal, handler] of handlers) process.removeListener(signal, handler);
  }
}

async function exists(fs: WriteFs, path: string): Promise<boolean> {
  try {
    await fs.stat(path);
    return true;
  } catch {
    return false;
  }
}

/** The real path of a file, or of its folder joined with its name when it does not exist yet. */
async function canonical(fs: WriteFs, path: string): Promise<string> {
  try {
    return await fs.realpath(path);
  } catch {
    try {
      return join(await fs.realpath(dirname(path)), basename(path));
    } catch {
      return path;
    }
  }
}

/**
 * Creates `dir` and its missing parents, one level at a time. Node's `mkdir(..., {recursive: true})`
 * never returns on some file systems (on /proc it retries forever); this walk is bounded by the
 * depth of the path, and fails with the folder that cannot be made.
 */
async function makeFolders(fs: WriteFs, dir: string, cwd: string): Promise<void> {
  const missing: string[] = [];
  let at = dir;
  while (!(await exists(fs, at))) {
    missing.push(at);
    const parent = dirname(at);
    if (parent === at) break;
    at = parent;
  }
  if ((await exists(fs, at)) && !(await fs.stat(at)).isDirectory()) {
    throw new FatalError(
      "is a file, so the output folder cannot be made in it; choose another --out",
      shown(at, cwd),
    );
  }
  for (const folder of missing.reverse()) {
    try {
      await fs.mkdir(folder);
    } catch (error) {
      throw new FatalError(
        `cannot create this output folder (${reason(error)}); choose another --out`,
        shown(folder, cwd),
      );
    }
  }
}

/** A path as messages name it: relative to the working folder when it is under it, else absolute. */
function shown(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel === "" ? "." : rel.startsWith("..") || isAbsolute(rel) ? path : rel;
}

let counter = 0;
function tempName(target: string, kind: "tmp" | "bak"): string {
  counter += 1;
  return join(dirname(target), `.${basename(target)}.${process.pid}.${counter}.${kind}`);
}

async function quietly(action: () => Promise<unknown>): Promise<void> {
  try {
    await action();
  } catch {
    // Best effort while cleaning up after a failure that is reported anyway.
  }
}

/** Writes all files or none; see the module comment. Throws FatalError (exit 2) when it cannot. */
export async function writeOutputs(files: readonly FileToWrite[], options: WriteOptions = {}): Promise<void> {
  const fs: WriteFs = options.fs ?? (nodeFs as unknown as WriteFs);
  const cwd = options.cwd ?? process.cwd();
  const targets = files.map((f) => ({ ...f, given: f.path, path: resolve(cwd, f.path) }));

  // 1. Check everything before writing anything.
  const inputs = new Map<string, string>();
  for (const input of options.inputs ?? []) inputs.set(await canonical(fs, resolve(cwd, input)), input);
  const seen = new Set<string>();
  for (const t of targets) {
    const real = await canonical(fs, t.path);
    const input = inputs.get(real);
    if (input !== undefined) {
      throw new FatalError(
        `refusing to overwrite an input file with an output; choose another --out folder`,
        input,
      );
    }
    if (seen.has(real)) throw new FatalError("two outputs have the same name", t.given);
    seen.add(real);
  }
  const existing = new Set<string>();
  let firstExisting = "";
  for (const t of targets) {
    if (!(await exists(fs, t.path))) continue;
    if ((await fs.stat(t.path)).isDirectory()) throw new FatalError("an output is a folder", t.given);
    if (existing.size === 0) firstExisting = t.given;
    existing.add(t.path);
  }
  if (existing.size > 0 && !options.force) {
    const first = firstExisting;
    throw new FatalError(
      `output exists${existing.size > 1 ? ` (and ${existing.size - 1} more)` : ""}; use --force to replace the outputs`,
      first,
    );
  }

  // 2. Write every file to a temporary file beside its target; 3. keep a backup of outputs being
  // replaced, then rename all into place. Undone on an error or a signal.
  for (const dir of new Set(targets.map((t) => dirname(t.path)))) await makeFolders(fs, dir, cwd);
  const progress: Progress = { temps: [], backups: new Map(), renamed: [] };
  const folder = shown(dirname(targets[0]?.path ?? cwd), cwd);
  await undoneOnSignal(progress, options.handleSignals ?? true, async () => {
    try {
      for (const t of targets) {
        const temp = tempName(t.path, "tmp");
        progress.temps.push(temp);
        await fs.writeFile(temp, t.content, { flag: "wx" });
      }
    } catch (error) {
      await undo(fs, progress);
      throw new FatalError(`could not write the outputs: ${reason(error)}`, folder);
    }
    try {
      for (const t of targets) {
        if (!existing.has(t.path)) continue;
        const backup = tempName(t.path, "bak");
        try {
          await fs.link(t.path, backup);
        } catch {
          await fs.copyFile(t.path, backup);
        }
        progress.backups.set(t.path, backup);
      }
      for (const [k, t] of targets.entries()) {
        // Recorded before it happens, so that a signal during the rename still undoes it.
        progress.renamed.push(t.path);
        await fs.rename(progress.temps[k] as string, t.path);
      }
    } catch (error) {
      await undo(fs, progress);
      throw new FatalError(`could not write the outputs (nothing was changed): ${reason(error)}`, folder);
    }
    for (const backup of progress.backups.values()) await quietly(() => fs.unlink(backup));
  });
}

function reason(error: unknown): string {
  if (error && typeof error === "object" && "code" in error && "message" in error) {
    return String((error as { message: string }).message).split("\n")[0] as string;
  }
  return error instanceof Error ? error.message : String(error);
}

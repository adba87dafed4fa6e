/**
 * Builds small `Resolution` objects for the plan and render tests from Markdown written in the test,
 * with the project's parser, so those stages are tested on exactly what they get in real runs.
 */
import type { Resolution, Role } from "../../src/model.js";
import { parseResolution } from "../../src/parse/index.js";

export interface BuildOptions {
  file?: string;
  /** The document's role; `null` leaves it unset even where the text would tell it. */
  role?: Role | null;
}

export function buildResolution(markdown: string, options: BuildOptions = {}): Resolution {
  const file = options.file ?? "doc.md";
  if (markdown.trim() === "") return emptyResolution(file, options.role ?? null);
  const { resolution } = parseResolution(markdown, options.role ? { file, role: options.role } : { file });
  if (!resolution) throw new Error(`no resolution in ${file}`);
  if (options.role === null) {
    resolution.role = null;
    resolution.roleSource = null;
  }
  return resolution;
}

/** A document with nothing in it (the parser refuses one), for a role a test leaves empty. */
function emptyResolution(file: string, role: Role | null): Resolution {
  return {
    file,
    role,
    roleSource: role ? "flag" : null,
    number: null,
    revision: null,
    heading: null,
    title: null,
    preamble: null,
    frontMatter: null,
    spans: {
      heading: null,
      headingRevision: null,
      title: null,
      preamble: null,
      preambleMeeting: null,
      frontMatter: null,
      frontMatterRevision: null,
    },
    sections: [],
    extras: [],
    source: "",
    eol: "\n",
    bom: false,
  };
}

/** Four small resolutions in the shape of the real ones, keyed by role. */
export function docs(parts: Partial<Record<Role, string>>): Record<Role, Resolution> {
  const files: Record<Role, string> = { pp: "res-140.md", "ITU-R": "r.md", "ITU-T": "t.md", "ITU-D": "d.md" };
  const out = {} as Record<Role, Resolution>;
  for (const role of ["pp", "ITU-R", "ITU-T", "ITU-D"] as Role[]) {
    out[role] = buildResolution(parts[role] ?? "", { file: files[role], role });
  }
  return out;
}

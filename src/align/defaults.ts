/** Defaults of the alignment, in a module without imports so the CLI can show them without loading align. */

/** Minimum similarity of every two members of a variant group, and of a Resolution 140 link. */
export const DEFAULT_THRESHOLD = 0.6;

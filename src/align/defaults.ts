/** Defaults of the alignment, in a module without imports so the CLI can show them without loading align. */

/** Minimum similarity of every two members of a variant group. */
export const DEFAULT_THRESHOLD = 0.65;

/**
 * Minimum similarity of a Resolution 140 item to a group for a link: "already says the same thing" is a
 * stronger claim than "a variant of the same provision", so it is higher than DEFAULT_THRESHOLD.
 */
export const DEFAULT_LINK_THRESHOLD = 0.7;
